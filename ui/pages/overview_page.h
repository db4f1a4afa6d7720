#pragma once

#include "pages/overview_data.h"
#include "pages/page.h"

#include <QList>

class QLabel;
class QProgressBar;

namespace pvi {

class TileGridLayout;

class AlertsPanel;
class CohortHeatmap;
class PviTile;
class SegmentBarChart;
class TrendChart;

/// The Overview: a grid of PVI tiles, the monthly revenue-and-orders trend, customers per RFM
/// segment and the cohort retention heat map. Data is computed off the GUI thread.
class OverviewPage : public Page {
    Q_OBJECT
public:
    OverviewPage(const QString& id, const QString& title, QWidget* parent = nullptr);

    /// The last data shown.
    const OverviewData& data() const { return m_data; }
    /// Every tile, available ones first (in registry order), then the unavailable ones.
    QList<PviTile*> tiles() const { return m_tiles; }
    /// The web engagement tiles with a value (family A), in registry order.
    QList<PviTile*> webTiles() const { return m_webTiles; }
    /// The web section's heading ("Web engagement · period"); hidden without web data.
    QLabel* webHeading() const { return m_webHeading; }
    TrendChart* trendChart() const { return m_trend; }
    SegmentBarChart* segmentChart() const { return m_segments; }
    CohortHeatmap* cohortHeatmap() const { return m_cohorts; }

protected:
    void reload() override;
    void busyChanged(bool busy) override;

private:
    /// Shows `data` over several event-loop turns (a few tiles, then each chart, per turn) so
    /// the window keeps painting and answering; `loaded()` follows the last turn.
    void showData(const OverviewData& data);
    void addTile(const PviTileData& tileData, bool web);
    void showSections();
    QWidget* card(QWidget* content);

    int m_shownCount = 0;
    int m_missingCount = 0;
    int m_webCount = 0;

    OverviewData m_data;
    QLabel* m_heading;
    QLabel* m_period;
    QProgressBar* m_busy;
    QLabel* m_message;
    AlertsPanel* m_alerts;
    QWidget* m_tileArea;
    TileGridLayout* m_tileGrid;
    QLabel* m_webHeading;
    QWidget* m_webArea;
    TileGridLayout* m_webGrid;
    QList<PviTile*> m_webTiles;
    QLabel* m_note;
    QLabel* m_missingHeading;
    QWidget* m_missingArea;
    TileGridLayout* m_missingGrid;
    QList<PviTile*> m_tiles;
    TrendChart* m_trend;
    SegmentBarChart* m_segments;
    CohortHeatmap* m_cohorts;
};

} // namespace pvi
