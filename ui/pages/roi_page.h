#pragma once

#include "pages/page.h"
#include "pages/roi_data.h"

#include <QList>

class QLabel;
class QProgressBar;
class QTableView;

namespace pvi {

class BarChart;
class IntervalChart;
class RoiCostModel;
class RoiLedgerModel;

/// The ROI page: the personalization ledger. Headline figures for the selected period (cost per
/// reached customer, incremental revenue with its 95% interval, ROI, payback, CAC), cost against
/// incremental revenue per month, the monthly incremental revenue with its interval, the ledger
/// table and the period's costs per channel and category. "Not available — why" without costs.
class RoiPage : public Page {
    Q_OBJECT
public:
    RoiPage(const QString& id, const QString& title, QWidget* parent = nullptr);

    /// The last data shown.
    const RoiData& data() const { return m_data; }
    /// The "not available"/error message (hidden when the ledger is shown).
    QLabel* messageLabel() const { return m_message; }
    /// The headline figures, in display order (object names roiFigure_<key>).
    const QList<QLabel*>& figureLabels() const { return m_figures; }
    BarChart* costChart() const { return m_costChart; }
    IntervalChart* intervalChart() const { return m_intervalChart; }
    RoiLedgerModel* ledgerModel() const { return m_ledgerModel; }
    RoiCostModel* costModel() const { return m_costModel; }

protected:
    void reload() override;
    void busyChanged(bool busy) override;

private:
    void showData(const RoiData& data);
    void showFigures(const RoiData& data);
    void showCharts(const RoiData& data);

    RoiData m_data;
    QProgressBar* m_busy;
    QLabel* m_message;
    QLabel* m_summary;
    QList<QLabel*> m_figures;
    BarChart* m_costChart;
    IntervalChart* m_intervalChart;
    RoiLedgerModel* m_ledgerModel;
    QTableView* m_ledgerTable;
    RoiCostModel* m_costModel;
    QTableView* m_costTable;
    QWidget* m_content;
};

} // namespace pvi
