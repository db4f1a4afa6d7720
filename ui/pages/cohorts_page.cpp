#include "pages/cohorts_page.h"

#include "charts/chart_palette.h"
#include "charts/cohort_heatmap.h"
#include "charts/line_chart.h"
#include "charts/zoom.h"
#include "pages/cohort_grid.h"
#include "pages/cohorts_loader.h"
#include "pages/page_scaffold.h"
#include "shell/background_load.h"
#include "widgets/flow_layout.h"
#include "widgets/tile_grid_layout.h"
#include "widgets/tone.h"
#include "widgets/value_format.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// Cohorts and month offsets the heat map draws (two years of monthly cohorts).
constexpr int kHeatmapMonths = 24;
/// Height of a heat map row, and of its title, month numbers and scale together.
constexpr int kHeatmapRowHeight = 24;
constexpr int kHeatmapFrameHeight = 84;

QString groupName(CohortGroup group) {
    switch (group) {
    case CohortGroup::Personalized:
        return CohortsPage::tr("Personalized onboarding");
    case CohortGroup::Generic:
        return CohortsPage::tr("Generic onboarding");
    case CohortGroup::All:
        break;
    }
    return CohortsPage::tr("All customers");
}

QColor groupColour(CohortGroup group) {
    switch (group) {
    case CohortGroup::Personalized:
        return palette::audience(palette::Audience::Personalized);
    case CohortGroup::Generic:
        return palette::audience(palette::Audience::Generic);
    case CohortGroup::All:
        break;
    }
    return palette::audience(palette::Audience::AllCustomers);
}

CohortHeatmap::CellFormat cellFormat(CohortMeasure measure, CohortGroup group,
                                     const QString& currency) {
    CohortHeatmap::CellFormat format;
    const QString who = groupName(group).toLower();
    switch (measure) {
    case CohortMeasure::ActivePercent:
        format.title = CohortsPage::tr("Share of the cohort ordering in month k · %1").arg(who);
        break;
    case CohortMeasure::OrdersPerCustomer:
        format.title = CohortsPage::tr("Orders per cohort customer up to month k · %1").arg(who);
        format.share = false;
        format.decimals = 1;
        format.meaning = CohortsPage::tr("orders per customer up to the end of that month");
        break;
    case CohortMeasure::RevenuePerCustomer:
        format.title =
            currency.isEmpty()
                ? CohortsPage::tr("Net revenue per cohort customer up to month k · %1").arg(who)
                : CohortsPage::tr("Net revenue per cohort customer up to month k, in %1 · %2")
                      .arg(currency, who);
        format.share = false;
        format.prefix = currencySymbol(currency);
        format.meaning = CohortsPage::tr("net revenue per customer up to the end of that month");
        break;
    }
    return format;
}

} // namespace

CohortsPage::CohortsPage(const QString& id, const QString& title, QWidget* parent)
    : Page(id, title, parent)
    , m_busy(scaffold::busyBar(this))
    , m_message(scaffold::messageLabel(this))
    , m_measure(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_heatmap(new CohortHeatmap(this))
    , m_curves(new LineChart(u"cohortCurveChart"_s, this))
    , m_note(scaffold::textLabel(u"cohortNote"_s, this))
    , m_content(new QWidget(this)) {
    m_measure->setObjectName(u"cohortMeasure"_s);
    m_measure->addItem(tr("Share ordering in month k"), int(CohortMeasure::ActivePercent));
    m_measure->addItem(tr("Orders per customer (cumulative)"),
                       int(CohortMeasure::OrdersPerCustomer));
    m_measure->addItem(tr("Net revenue per customer (cumulative)"),
                       int(CohortMeasure::RevenuePerCustomer));
    m_group->setObjectName(u"cohortGroup"_s);
    for (const CohortGroup group :
         {CohortGroup::All, CohortGroup::Personalized, CohortGroup::Generic})
        m_group->addItem(groupName(group), int(group));
    m_heatmap->setLimits(kHeatmapMonths, kHeatmapMonths);
    setTone(m_note, Tone::Muted);
    m_note->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] { showSelection(); });
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] { showSelection(); });

    // Each selector with its label; the second goes under the first when they do not fit.
    auto* selectors = new FlowLayout;
    selectors->setGaps(24, 6);
    selectors->addWidget(scaffold::labelled(tr("Measure:"), m_measure));
    selectors->addWidget(scaffold::labelled(tr("Heat map of:"), m_group));

    auto* bottom = new TileGridLayout(nullptr, 420, 2); // wraps at large zoom
    bottom->setSpacing(12);
    bottom->addWidget(scaffold::card(m_curves, this, 380), 3);
    bottom->addWidget(scaffold::titledCard(tr("How cohorts are formed"), m_note, this, 380), 2);

    QVBoxLayout* layout = scaffold::scrollingContent(this, title, m_busy);
    layout->addWidget(m_message);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(10);
    contentLayout->addLayout(selectors);
    contentLayout->addWidget(scaffold::card(m_heatmap, this));
    contentLayout->addLayout(bottom);
    layout->addWidget(m_content);
    layout->addStretch(1);
}

CohortMeasure CohortsPage::measure() const {
    return CohortMeasure(m_measure->currentData().toInt());
}

CohortGroup CohortsPage::group() const {
    return CohortGroup(m_group->currentData().toInt());
}

void CohortsPage::reload() {
    loadData<CohortsData>(
        tr("No workspace is open. Use File › New Workspace… or Open…, then import an orders "
           "export."),
        [](const QString& path, const PeriodFilter& f) { return loadCohorts(path, f); },
        [this](const CohortsData& data) { showData(data); });
}

void CohortsPage::busyChanged(bool busy) {
    m_busy->setVisible(busy);
    m_content->setEnabled(!busy);
    if (busy)
        Q_EMIT statusMessage(tr("Computing the acquisition cohorts…"));
}

void CohortsPage::showData(const CohortsData& data) {
    m_data = data;
    const bool ok = data.error.isEmpty() && !data.matrix.all.empty();
    QString message = data.error;
    if (message.isEmpty() && data.empty)
        message = tr("This workspace has no orders yet: drop a Shopify orders export onto the "
                     "window or use File › Import…");
    else if (message.isEmpty() && !ok)
        message = tr("Not available — no customer has a valid order up to %1.")
                      .arg(formatDay(data.period.to));
    m_message->setText(message);
    m_message->setVisible(!ok);
    m_content->setVisible(ok);
    if (data.period.isValid())
        Q_EMIT periodResolved(data.period, data.comparison);
    // Without a rule nobody had a personalized onboarding: only all customers are shown.
    if (!data.hasRules)
        m_group->setCurrentIndex(m_group->findData(int(CohortGroup::All)));
    m_group->setEnabled(data.hasRules);
    showSelection();
    if (!ok) {
        Q_EMIT statusMessage(tr("Cohorts are not available."));
        return;
    }
    const QDate end = data.period.to;
    QString note =
        tr("A cohort is the customers whose first valid order is in the same calendar month; the "
           "number after the month is its size. Month k is the k-th calendar month after it (k = 0 "
           "is the first month, so its share is 100%). Every valid order up to %1, the end of the "
           "filter's period, counts; cancelled, voided and fully refunded orders do "
           "not.\n\nPersonalized onboarding: the customer's first valid order was personalized "
           "(matched a personalization rule); every other customer had a generic "
           "onboarding.\n\nThe curves average the cohorts weighted by their size, over the months "
           "that had ended by %1 (a month still running would pull them down); the retention "
           "curves start at month 1.")
            .arg(formatDay(end));
    if (!data.hasRules)
        note += tr("\n\nNo personalization rule yet: every customer counts as generic. Add one on "
                   "the Data page or with `pvi rules add`.");
    m_note->setText(note);
    Q_EMIT statusMessage(tr("Cohorts computed up to %1.").arg(formatDay(end)));
}

void CohortsPage::showSelection() {
    const CohortMeasure shown = measure();
    const CohortGroup heatmapGroup = group();
    m_heatmap->setCellFormat(cellFormat(shown, heatmapGroup, m_data.currency));
    m_heatmap->setData(cohortGrid(m_data.rows(heatmapGroup), shown));
    // As tall as its rows need (a young shop has few cohorts), so no empty card.
    const int rows = std::clamp(int(m_data.rows(heatmapGroup).size()), 4, kHeatmapMonths);
    m_heatmap->setFixedHeight(zoom::px(kHeatmapFrameHeight + rows * kHeatmapRowHeight));

    // Month 0 is 100% by definition: the retention curves start at month 1, so their scale
    // shows the differences that matter. All customers are drawn last, over the two groups.
    const int first = shown == CohortMeasure::ActivePercent ? 1 : 0;
    const CohortGroup drawOrder[] = {CohortGroup::Personalized, CohortGroup::Generic,
                                     CohortGroup::All};
    int longest = 0;
    for (const CohortGroup g : drawOrder)
        longest = std::max(longest, int(m_data.curve(g, shown).size()));
    QStringList months;
    for (int k = first; k < longest; ++k)
        months.append(QString::number(k));
    QList<LineSeriesData> lines;
    for (const CohortGroup g : drawOrder) {
        if (g != CohortGroup::All && !m_data.hasRules)
            continue;
        QList<double> values(months.size(), std::numeric_limits<double>::quiet_NaN());
        for (const CohortCurvePoint& point : m_data.curve(g, shown)) {
            if (point.monthOffset >= first)
                values[point.monthOffset - first] = point.value;
        }
        lines.append({groupName(g), values, groupColour(g)});
    }
    const QString unit = shown == CohortMeasure::ActivePercent       ? tr("% of the cohort")
                         : shown == CohortMeasure::OrdersPerCustomer ? tr("orders per customer")
                         : m_data.currency.isEmpty()
                             ? tr("net revenue per customer")
                             : tr("net revenue per customer (%1)").arg(m_data.currency);
    const QString title =
        shown == CohortMeasure::ActivePercent ? tr("Retention curves: share ordering in month k")
        : shown == CohortMeasure::OrdersPerCustomer ? tr("Orders per customer up to month k")
                                                    : tr("Net revenue per customer up to month k");
    // Shares end at 100%: a scale above it (from rounding up a curve near 100%) would be empty.
    double highest = 0;
    for (const LineSeriesData& l : std::as_const(lines)) {
        for (double v : l.values)
            highest = std::isfinite(v) ? std::max(highest, v) : highest;
    }
    m_curves->setAxisLimits(false, std::nullopt,
                            shown == CohortMeasure::ActivePercent && highest > 60
                                ? std::optional<double>(100.0)
                                : std::nullopt);
    m_curves->setData(title, months, lines, unit);
}

} // namespace pvi
