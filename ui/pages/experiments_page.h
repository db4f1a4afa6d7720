#pragma once

#include "pages/experiments_data.h"
#include "pages/page.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;

namespace pvi {

class ExperimentFormDialog;
class ExperimentListModel;
class IntervalChart;
class PortfolioModel;

/// The Experiments page: the workspace's A/B tests with verdict chips; for the selected one each
/// arm's conversion rate with its 95% Wilson interval (control in the control colour), the lift
/// with its interval, the probability to beat control, a sample-ratio-mismatch banner, the planner
/// and the plain-language verdict; and a portfolio tab (win rate, adjusted p-values, a forest plot
/// of the lifts); the always-valid result of a running test, revenue per visitor sharpened with
/// the customers' pre-period revenue (CUPED), and a "Can I test this?" tab that plans a test
/// from the shop's own traffic. Data is computed off the GUI thread.
class ExperimentsPage : public Page {
    Q_OBJECT
public:
    ExperimentsPage(const QString& id, const QString& title, QWidget* parent = nullptr);

    /// Uses all of the workspace's data, whatever the filter's period.
    bool followsFilter() const override { return false; }

    /// The last data shown.
    const ExperimentsData& data() const { return m_data; }
    /// Shows the experiment at `index` of data().experiments.
    void selectExperiment(int index);
    /// The experiment shown in the detail, or -1.
    int selectedExperiment() const { return m_selected; }
    /// Opens the form for typing an experiment in (window-modal); once saved, the experiment is
    /// stored off the GUI thread, the list reloads and shows it selected. Null without a
    /// workspace.
    ExperimentFormDialog* openExperimentForm();

    ExperimentListModel* listModel() const { return m_listModel; }
    PortfolioModel* portfolioModel() const { return m_portfolioModel; }
    IntervalChart* armChart() const { return m_armChart; }
    IntervalChart* forestPlot() const { return m_forest; }
    IntervalChart* shrunkForestPlot() const { return m_shrunkForest; }
    QLabel* shrinkageLabel() const { return m_shrinkage; }
    QLabel* srmBanner() const { return m_srm; }
    QLabel* liftLabel() const { return m_lift; }
    QLabel* probabilityLabel() const { return m_probability; }
    QLabel* verdictLabel() const { return m_verdict; }
    QLabel* plannerLabel() const { return m_planner; }
    QLabel* winRateLabel() const { return m_winRate; }
    QLabel* sequentialLabel() const { return m_sequential; }
    QLabel* cupedLabel() const { return m_cuped; }
    QComboBox* planMetricBox() const { return m_planMetric; }
    QDoubleSpinBox* planEffectBox() const { return m_planEffect; }
    QDoubleSpinBox* planSplitBox() const { return m_planSplit; }
    QLabel* planResultLabel() const { return m_planResult; }
    /// The plan shown in the "Can I test this?" tab (for the chosen metric, effect and split).
    const TrafficPlan& currentPlan() const { return m_plan; }
    QTabWidget* tabs() const { return m_tabs; }
    QPushButton* addButton() const { return m_add; }

protected:
    void reload() override;
    void busyChanged(bool busy) override;

private:
    void showData(const ExperimentsData& data);
    void showPortfolio();
    void storeTyped(const Experiment& experiment);
    QWidget* buildDetail();
    QWidget* buildPortfolio();
    QWidget* buildPlanner();
    void updatePlan();

    ExperimentsData m_data;
    int m_selected = -1;
    QString m_selectAfterLoad; ///< name of a just-saved experiment to select once reloaded
    QProgressBar* m_busy;
    QLabel* m_message;
    QTabWidget* m_tabs;
    ExperimentListModel* m_listModel;
    QSortFilterProxyModel* m_listProxy;
    QTableView* m_list;
    QPushButton* m_add;
    QLabel* m_name;
    QLabel* m_srm;
    IntervalChart* m_armChart;
    QLabel* m_lift;
    QLabel* m_probability;
    QLabel* m_verdict;
    QLabel* m_planner;
    QLabel* m_winRate;
    QLabel* m_sequential;
    QLabel* m_cuped;
    QComboBox* m_planMetric;
    QDoubleSpinBox* m_planEffect;
    QDoubleSpinBox* m_planSplit;
    QLabel* m_planResult;
    TrafficPlan m_plan;
    IntervalChart* m_forest;
    IntervalChart* m_shrunkForest;
    QLabel* m_shrinkage;
    PortfolioModel* m_portfolioModel;
    QTableView* m_portfolioTable;
};

} // namespace pvi
