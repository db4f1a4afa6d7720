#pragma once

#include "pages/page.h"
#include "pages/roi_data.h"

#include <QList>

class QCheckBox;
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
/// table and the period's costs per channel and category; personalization's effect adjusted for
/// selection, which the headline figures may use instead of the self-selected comparison.
/// "Not available — why" without costs.
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
    /// "Incremental revenue, adjusted for selection": the verdict, the three estimates and the
    /// experiment that would settle it.
    QLabel* adjustedLabel() const { return m_adjusted; }
    /// Whether the headline figures take their incremental revenue from the adjusted estimate.
    QCheckBox* useAdjustedBox() const { return m_useAdjusted; }

protected:
    void reload() override;
    void busyChanged(bool busy) override;

private:
    void showData(const RoiData& data);
    void showFigures(const RoiData& data);
    void showCharts(const RoiData& data);
    void showAdjusted(const RoiData& data);

    RoiData m_data;
    QProgressBar* m_busy;
    QLabel* m_message;
    QLabel* m_summary;
    QList<QLabel*> m_figures;
    QLabel* m_adjusted;
    QCheckBox* m_useAdjusted;
    BarChart* m_costChart;
    IntervalChart* m_intervalChart;
    RoiLedgerModel* m_ledgerModel;
    QTableView* m_ledgerTable;
    RoiCostModel* m_costModel;
    QTableView* m_costTable;
    QWidget* m_content;
};

} // namespace pvi
