#pragma once

#include "pages/lifetime_value_data.h"
#include "pages/page.h"

class QLabel;
class QProgressBar;
class QTableView;

namespace pvi {

class BacktestChart;
class BarChart;
class ChurnRiskModel;
class ClvParameterModel;

/// The Lifetime value page: the distribution of predicted 12-month CLV, the customers worth a
/// personal touch (valuable and slipping away), the backtest (predicted vs actual repeat
/// purchases in the holdout, graded in words), CLV and churn risk (personalized vs generic) by RFM
/// segment and the fitted parameters with their standard errors. The fits run off the GUI thread
/// with a busy state.
class LifetimeValuePage : public Page {
    Q_OBJECT
public:
    LifetimeValuePage(const QString& id, const QString& title, QWidget* parent = nullptr);

    const LifetimeValueData& data() const { return m_data; }
    BarChart* histogram() const { return m_histogram; }
    BarChart* segmentChart() const { return m_segments; }
    BarChart* churnSegmentChart() const { return m_churnSegments; }
    BacktestChart* backtestChart() const { return m_backtest; }
    QLabel* gradeLabel() const { return m_grade; }
    QLabel* summaryLabel() const { return m_summary; }
    ChurnRiskModel* churnModel() const { return m_churnModel; }
    ClvParameterModel* parameterModel() const { return m_parameterModel; }

protected:
    void reload() override;
    void busyChanged(bool busy) override;

private:
    /// Shows `data` one chart per event-loop turn; `loaded()` follows the last.
    void showData(const LifetimeValueData& data);
    void showChurnSegments(const LifetimeValueData& data);
    /// The parameter table and the summary line (`ok`: the models were fitted).
    void showSummary(bool ok);

    LifetimeValueData m_data;
    QProgressBar* m_busy;
    QLabel* m_message;
    QLabel* m_summary;
    BarChart* m_histogram;
    BacktestChart* m_backtest;
    QLabel* m_grade;
    ChurnRiskModel* m_churnModel;
    QTableView* m_churnTable;
    BarChart* m_segments;
    BarChart* m_churnSegments;
    ClvParameterModel* m_parameterModel;
    QTableView* m_parameterTable;
    QWidget* m_content;
};

} // namespace pvi
