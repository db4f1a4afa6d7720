#include "shell/filter_bar.h"

#include "widgets/flow_layout.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

QDateEdit* makeDateEdit(QWidget* parent, const QString& name) {
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    edit->setDate(QDate(2025, 1, 1));
    return edit;
}

} // namespace

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_from(makeDateEdit(this, u"filterFrom"_s))
    , m_to(makeDateEdit(this, u"filterTo"_s))
    , m_comparison(new QComboBox(this))
    , m_scopeNote(new QLabel(tr("This page uses all of the workspace's data."), this)) {
    setObjectName(u"filterBar"_s);
    m_preset->setObjectName(u"filterPreset"_s);
    m_comparison->setObjectName(u"filterComparison"_s);
    using P = PeriodFilter::Preset;
    m_preset->addItem(tr("Last 30 days of data"),
                      QVariant::fromValue(static_cast<int>(P::Last30Days)));
    m_preset->addItem(tr("Last 90 days of data"),
                      QVariant::fromValue(static_cast<int>(P::Last90Days)));
    m_preset->addItem(tr("Last 365 days of data"),
                      QVariant::fromValue(static_cast<int>(P::Last365Days)));
    m_preset->addItem(tr("Year to date"), QVariant::fromValue(static_cast<int>(P::YearToDate)));
    m_preset->addItem(tr("Custom…"), QVariant::fromValue(static_cast<int>(P::Custom)));
    using C = PeriodFilter::Comparison;
    m_comparison->addItem(tr("Previous period"),
                          QVariant::fromValue(static_cast<int>(C::PreviousPeriod)));
    m_comparison->addItem(tr("Same period last year"),
                          QVariant::fromValue(static_cast<int>(C::SamePeriodLastYear)));
    m_to->setDate(QDate(2025, 12, 31));
    setAccessibleName(tr("Filter"));
    m_preset->setAccessibleName(tr("Period"));
    m_from->setAccessibleName(tr("Period from"));
    m_to->setAccessibleName(tr("Period to"));
    m_comparison->setAccessibleName(tr("Compared with"));

    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(16, 8, 16, 8);
    outer->setSpacing(0);
    // The period, its dates and the comparison side by side when they fit, else wrapped onto
    // more lines (large zoom, long French labels, narrow window): the bar never makes the window
    // wider than its widest group.
    m_controls = new QWidget(this);
    auto* controlsLayout = new FlowLayout(m_controls);
    controlsLayout->setGaps(16, 6);
    auto* periodLabel = new QLabel(tr("Period"), this);
    periodLabel->setBuddy(m_preset);
    auto* comparisonLabel = new QLabel(tr("Compared with"), this);
    comparisonLabel->setBuddy(m_comparison);
    QWidget* periodGroup = keptTogether(m_controls, {periodLabel, m_preset});
    controlsLayout->addWidget(periodGroup);
    controlsLayout->addWidget(keptTogether(m_controls, {m_from, new QLabel(tr("to"), this), m_to}));
    controlsLayout->addWidget(keptTogether(m_controls, {comparisonLabel, m_comparison}));
    outer->addWidget(m_controls, 1);
    m_scopeNote->setObjectName(u"filterScopeNote"_s);
    m_scopeNote->setVisible(false);
    // As tall as the controls, so the pages below do not move when the note replaces them.
    m_scopeNote->setMinimumHeight(periodGroup->sizeHint().height());
    m_scopeNote->setWordWrap(true);
    outer->addWidget(m_scopeNote, 1);

    setFilter(PeriodFilter{});
    connect(m_preset, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
    connect(m_comparison, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &FilterBar::emitChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &FilterBar::emitChanged);
}

PeriodFilter FilterBar::filter() const {
    PeriodFilter f;
    f.preset = static_cast<PeriodFilter::Preset>(m_preset->currentData().toInt());
    f.comparison = static_cast<PeriodFilter::Comparison>(m_comparison->currentData().toInt());
    f.customFrom = m_from->date();
    f.customTo = m_to->date();
    return f;
}

void FilterBar::setFilter(const PeriodFilter& filter) {
    m_updating = true;
    m_preset->setCurrentIndex(m_preset->findData(static_cast<int>(filter.preset)));
    m_comparison->setCurrentIndex(m_comparison->findData(static_cast<int>(filter.comparison)));
    if (filter.customFrom.isValid())
        m_from->setDate(filter.customFrom);
    if (filter.customTo.isValid())
        m_to->setDate(filter.customTo);
    m_updating = false;
    updateEnabled();
}

void FilterBar::showResolvedPeriod(const Period& period) {
    if (m_preset->currentData().toInt() == static_cast<int>(PeriodFilter::Preset::Custom))
        return;
    m_updating = true;
    m_from->setDate(period.from);
    m_to->setDate(period.to);
    m_updating = false;
}

void FilterBar::setPageFollowsFilter(bool follows) {
    // Hide before showing: a child shown in a visible window lays the bar out at once, and with
    // both shown for that moment the window would grow to hold them side by side.
    QWidget* shown = follows ? m_controls : static_cast<QWidget*>(m_scopeNote);
    QWidget* hidden = follows ? static_cast<QWidget*>(m_scopeNote) : m_controls;
    hidden->hide();
    shown->show();
}

void FilterBar::updateEnabled() {
    const bool custom =
        m_preset->currentData().toInt() == static_cast<int>(PeriodFilter::Preset::Custom);
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
}

void FilterBar::emitChanged() {
    if (m_updating)
        return;
    const PeriodFilter f = filter();
    updateEnabled();
    if (f.preset == PeriodFilter::Preset::Custom && f.customFrom > f.customTo)
        return; // wait until the range is valid
    Q_EMIT filterChanged(f);
}

} // namespace pvi
