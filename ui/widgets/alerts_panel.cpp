#include "widgets/alerts_panel.h"

#include "shell/background_load.h"
#include "widgets/tone.h"
#include "widgets/value_format.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// Rows shown; the heading says how many more there are.
constexpr int kMaxRows = 6;

} // namespace

AlertsPanel::AlertsPanel(QWidget* parent)
    : QFrame(parent)
    , m_heading(new QLabel(tr("Alerts"), this))
    , m_status(new QLabel(this))
    , m_list(new QVBoxLayout) {
    setObjectName(u"alertsPanel"_s);
    setProperty("card", true);
    setAttribute(Qt::WA_StyledBackground);
    m_heading->setObjectName(u"sectionHeading"_s);
    m_status->setObjectName(u"alertsStatus"_s);
    m_status->setWordWrap(true);
    setTone(m_status, Tone::Muted);
    m_list->setContentsMargins(0, 0, 0, 0);
    m_list->setSpacing(6);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    layout->addWidget(m_heading);
    layout->addWidget(m_status);
    layout->addLayout(m_list);
}

void AlertsPanel::setWorkspacePath(const QString& path, const PeriodFilter& filter) {
    m_path = path;
    m_filter = filter;
    refresh();
}

void AlertsPanel::refresh() {
    const quint64 generation = ++m_generation;
    if (m_path.isEmpty()) {
        showData({});
        Q_EMIT loaded();
        return;
    }
    m_status->setText(tr("Checking the latest days and the targets…"));
    loadInBackground(
        this, [path = m_path, filter = m_filter] { return loadAlerts(path, filter); },
        [this, generation](const AlertsData& data) {
            if (generation != m_generation)
                return;
            showData(data);
            Q_EMIT loaded();
        });
}

void AlertsPanel::showData(const AlertsData& data) {
    m_data = data;
    qDeleteAll(m_rows);
    m_rows.clear();
    if (!data.error.isEmpty()) {
        m_status->setText(data.error);
        return;
    }
    if (!data.lastDay.isValid() && data.targets == 0) {
        m_status->setText(tr("No orders yet: alerts appear once orders are imported."));
        return;
    }
    const QString scope = tr("Daily revenue and orders of the 4 weeks to %1 against the same "
                             "weekdays before; %n target(s) set.",
                             nullptr, data.targets)
                              .arg(formatDay(data.lastDay));
    m_status->setText(data.alerts.isEmpty()
                          ? tr("All clear. %1").arg(scope)
                          : tr("%n alert(s). %1", nullptr, int(data.alerts.size())).arg(scope));
    for (int i = 0; i < int(data.alerts.size()) && i < kMaxRows; ++i) {
        const AlertItem& a = data.alerts[i];
        const bool alert = a.level == AlertItem::Level::Alert;
        auto* row = new QLabel(this);
        row->setObjectName(u"alertRow"_s);
        row->setWordWrap(true);
        row->setText(u"<b>%1 %2</b> — %3"_s.arg(alert ? u"●"_s : u"○"_s, a.title.toHtmlEscaped(),
                                                a.detail.toHtmlEscaped()));
        setTone(row, alert ? Tone::Alert : Tone::Warning);
        m_list->addWidget(row);
        m_rows.append(row);
    }
    if (data.alerts.size() > kMaxRows) {
        auto* more =
            new QLabel(tr("… and %n more.", nullptr, int(data.alerts.size()) - kMaxRows), this);
        more->setObjectName(u"alertRow"_s);
        m_list->addWidget(more);
        m_rows.append(more);
    }
}

} // namespace pvi
