#include "pages/overview_page.h"

#include "charts/cohort_heatmap.h"
#include "charts/segment_bar_chart.h"
#include "charts/trend_chart.h"
#include "charts/zoom.h"
#include "pages/overview_loader.h"
#include "shell/background_load.h"
#include "widgets/alerts_panel.h"
#include "widgets/flow_layout.h"
#include "widgets/pvi_tile.h"
#include "widgets/tile_grid_layout.h"
#include "widgets/value_format.h"

#include <QFrame>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// Four tiles side by side beside the navigation at 1440 px and 100%; fewer when the window is
/// narrower or the type larger.
constexpr int kTileColumns = 4;
constexpr int kTileMinWidth = 260;
/// Tiles made per event-loop turn: each takes about a millisecond (labels, rich text, style),
/// so a turn stays far below the 50 ms a user notices.
constexpr int kTilesPerTurn = 8;

} // namespace

OverviewPage::OverviewPage(const QString& id, const QString& title, QWidget* parent)
    : Page(id, title, parent)
    , m_heading(new QLabel(title, this))
    , m_period(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_alerts(new AlertsPanel(this))
    , m_tileArea(new QWidget(this))
    , m_tileGrid(new TileGridLayout(m_tileArea, kTileMinWidth, kTileColumns))
    , m_webHeading(new QLabel(this))
    , m_webArea(new QWidget(this))
    , m_webGrid(new TileGridLayout(m_webArea, kTileMinWidth, kTileColumns))
    , m_note(new QLabel(this))
    , m_missingHeading(new QLabel(tr("Not available yet"), this))
    , m_missingArea(new QWidget(this))
    , m_missingGrid(new TileGridLayout(m_missingArea, kTileMinWidth, kTileColumns))
    , m_trend(new TrendChart(this))
    , m_segments(new SegmentBarChart(this))
    , m_cohorts(new CohortHeatmap(this)) {
    m_heading->setObjectName(u"pageHeading"_s);
    m_period->setObjectName(u"periodLabel"_s);
    m_period->setWordWrap(true);
    m_busy->setObjectName(u"busyIndicator"_s);
    m_busy->setRange(0, 0); // indeterminate while computing
    zoom::fixWidth(m_busy, 140);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_message->setObjectName(u"pageMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    m_note->setObjectName(u"selfSelectionNote"_s);
    m_note->setWordWrap(true);
    m_note->setText(
        tr("† Personalized and generic groups are self-selected (no randomized experiment): a "
           "difference is not proof of cause; the tile \"Revenue effect, adjusted for selection\" "
           "and each † tile's tooltip take out who tends to get personalized. ★ marks a lift with "
           "p < 0.05; hover a tile for its formula, n and 95% interval."));
    m_tileGrid->setContentsMargins(0, 0, 0, 0);
    m_tileGrid->setSpacing(12);
    m_webHeading->setObjectName(u"sectionHeading"_s);
    m_webHeading->setWordWrap(true);
    m_webHeading->hide();
    m_webArea->hide();
    m_webGrid->setContentsMargins(0, 0, 0, 0);
    m_webGrid->setSpacing(12);
    m_missingGrid->setContentsMargins(0, 0, 0, 0);
    m_missingGrid->setSpacing(12);
    m_missingHeading->setObjectName(u"sectionHeading"_s);
    m_cohorts->setLimits(12, 12);

    // The period goes under the heading when both do not fit on one line (large zoom).
    auto* header = new FlowLayout;
    header->setGaps(12, 2);
    header->addWidget(m_heading);
    header->addWidget(m_period);
    header->addWidget(m_busy);

    // Three charts side by side at 1440 px and 100%, wrapping when they do not fit.
    auto* charts = new TileGridLayout(nullptr, 360, 3);
    charts->setSpacing(12);
    charts->addWidget(card(m_trend));
    charts->addWidget(card(m_segments));
    charts->addWidget(card(m_cohorts));

    auto* content = new QWidget(this);
    content->setObjectName(u"pageContent"_s);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(m_alerts);
    layout->addWidget(m_tileArea);
    layout->addWidget(m_webHeading);
    layout->addWidget(m_webArea);
    layout->addWidget(m_note);
    layout->addLayout(charts, 1);
    layout->addSpacing(8);
    layout->addWidget(m_missingHeading);
    layout->addWidget(m_missingArea);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

QWidget* OverviewPage::card(QWidget* content) {
    auto* frame = new QFrame(this);
    frame->setProperty("card", true);
    frame->setAttribute(Qt::WA_StyledBackground);
    zoom::fixHeight(frame, 350); // the whole chart row fits under the tiles at 1440×900
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->addWidget(content);
    return frame;
}

void OverviewPage::reload() {
    m_alerts->setWorkspacePath(workspacePath(), filter());
    loadData<OverviewData>(
        tr("No workspace is open. Use File › New Workspace… or Open…, then import an orders "
           "export."),
        [](const QString& path, const PeriodFilter& f) { return loadOverview(path, f); },
        [this](const OverviewData& data) { showData(data); });
}

void OverviewPage::busyChanged(bool busy) {
    m_busy->setVisible(busy);
    m_tileArea->setEnabled(!busy);
    if (busy)
        Q_EMIT statusMessage(tr("Computing PVIs…"));
}

void OverviewPage::showData(const OverviewData& data) {
    m_data = data;
    if (!data.error.isEmpty() || data.empty) {
        m_message->setText(!data.error.isEmpty()
                               ? data.error
                               : tr("This workspace has no orders yet: drop a Shopify orders "
                                    "export onto the window or use File › Import…"));
        m_message->show();
    } else {
        m_message->hide();
    }
    if (data.period.isValid()) {
        m_period->setText(tr("%1  ·  compared with %2")
                              .arg(formatDayRange(data.period.from, data.period.to),
                                   formatDayRange(data.comparison.from, data.comparison.to)));
    } else {
        m_period->clear();
    }
    if (data.period.isValid())
        Q_EMIT periodResolved(data.period, data.comparison);
    qDeleteAll(m_tiles);
    m_tiles.clear();
    m_webTiles.clear();
    m_shownCount = m_missingCount = m_webCount = 0;

    // PVIs with a value first; those whose data is missing in a compact section below the
    // charts, each saying what to import. A few tiles per turn, then each chart in a turn.
    QList<std::function<void()>> steps;
    const qsizetype tileCount = data.tiles.size() + data.webTiles.size();
    for (qsizetype first = 0; first < tileCount; first += kTilesPerTurn)
        steps.append([this, first, tileCount] {
            for (qsizetype i = first; i < std::min(tileCount, first + kTilesPerTurn); ++i) {
                const bool web = i >= m_data.tiles.size();
                addTile(web ? m_data.webTiles.at(i - m_data.tiles.size()) : m_data.tiles.at(i),
                        web);
            }
        });
    steps.append([this] { showSections(); });
    steps.append([this] { m_trend->setData(m_data.months, m_data.currency); });
    steps.append([this] { m_segments->setData(m_data.segments); });
    steps.append([this] {
        m_cohorts->setData(m_data.cohorts);
        if (m_data.error.isEmpty() && !m_data.empty)
            Q_EMIT statusMessage(tr("PVIs computed for %1.")
                                     .arg(formatDayRange(m_data.period.from, m_data.period.to)));
    });
    showInSteps(std::move(steps));
}

void OverviewPage::addTile(const PviTileData& tileData, bool web) {
    const bool available = tileData.result.available && tileData.result.value;
    auto* tile = new PviTile(available ? (web ? m_webArea : m_tileArea) : m_missingArea);
    tile->setData(tileData);
    if (!available) {
        m_missingGrid->addWidget(tile);
        ++m_missingCount;
    } else if (web) {
        m_webGrid->addWidget(tile);
        m_webTiles.append(tile);
        ++m_webCount;
    } else {
        m_tileGrid->addWidget(tile);
        ++m_shownCount;
    }
    m_tiles.append(tile);
}

void OverviewPage::showSections() {
    const OverviewData& data = m_data;
    const bool web = m_webCount > 0;
    m_webHeading->setVisible(web);
    m_webArea->setVisible(web);
    if (web)
        m_webHeading->setText(
            data.webPeriodIsSelected
                ? tr("Web engagement  ·  %1")
                      .arg(formatDayRange(data.webPeriod.from, data.webPeriod.to))
                : tr("Web engagement  ·  %1 (the latest analytics report; none lies inside the "
                     "selected period)")
                      .arg(formatDayRange(data.webPeriod.from, data.webPeriod.to)));
    m_missingHeading->setVisible(m_missingCount > 0);
    m_missingArea->setVisible(m_missingCount > 0);
    m_note->setVisible(!data.randomized && !data.tiles.isEmpty());
}

} // namespace pvi
