#pragma once

#include "pages/attribution_data.h"
#include "pages/page.h"
#include "pvi/reports/attribution_journeys.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QTableView;

namespace pvi {

class AttributionCreditModel;
class BarChart;
class IntervalChart;

/// The Attribution page: conversions credited to each channel under every model side by side,
/// the range of a channel's credit across models (min–max, with the mean), the Markov removal
/// effects and the personalized vs generic split of the Markov credit. Computed off the GUI
/// thread. A *Journeys from* selector picks the journeys' source (automatic: imported
/// touchpoints, else GA4 conversion paths, else orders and email clicks).
class AttributionPage : public Page {
    Q_OBJECT
public:
    AttributionPage(const QString& id, const QString& title, QWidget* parent = nullptr);

    /// Uses all of the workspace's data, whatever the filter's period.
    bool followsFilter() const override { return false; }

    const AttributionData& data() const { return m_data; }
    BarChart* creditChart() const { return m_credit; }
    IntervalChart* rangeChart() const { return m_range; }
    BarChart* removalChart() const { return m_removal; }
    BarChart* splitChart() const { return m_split; }
    AttributionCreditModel* creditModel() const { return m_creditModel; }
    QLabel* summaryLabel() const { return m_summary; }
    /// The *Journeys from* selector; its items hold the AttributionSource as int data.
    QComboBox* sourceSelector() const { return m_source; }

protected:
    void reload() override;
    void busyChanged(bool busy) override;

private:
    void showData(const AttributionData& data);

    AttributionData m_data;
    AttributionSource m_sourceChoice = AttributionSource::Automatic;
    QProgressBar* m_busy;
    QComboBox* m_source;
    QLabel* m_message;
    QLabel* m_summary;
    BarChart* m_credit;
    IntervalChart* m_range;
    BarChart* m_removal;
    BarChart* m_split;
    AttributionCreditModel* m_creditModel;
    QTableView* m_table;
    QWidget* m_content;
};

} // namespace pvi
