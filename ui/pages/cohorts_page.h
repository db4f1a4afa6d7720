#pragma once

#include "pages/cohorts_data.h"
#include "pages/page.h"

class QComboBox;
class QLabel;
class QProgressBar;

namespace pvi {

class CohortHeatmap;
class LineChart;

/// The Cohorts page: monthly acquisition cohorts from every valid order up to the end of the
/// filter's period, as a large heat map of the chosen measure (share active in month k, orders
/// or cumulative net revenue per cohort customer) for the chosen group (all customers, or those
/// with a personalized or generic onboarding), and the same measure as curves over month k, one
/// line per group, averaged over the cohorts weighted by their size.
class CohortsPage : public Page {
    Q_OBJECT
public:
    CohortsPage(const QString& id, const QString& title, QWidget* parent = nullptr);

    /// The last data shown.
    const CohortsData& data() const { return m_data; }
    QLabel* messageLabel() const { return m_message; }
    /// How cohorts are formed and what the curves average.
    QLabel* noteLabel() const { return m_note; }
    CohortHeatmap* heatmap() const { return m_heatmap; }
    LineChart* curveChart() const { return m_curves; }
    /// Chooses the measure (items' data: CohortMeasure).
    QComboBox* measureSelector() const { return m_measure; }
    /// Chooses the heat map's group (items' data: CohortGroup).
    QComboBox* groupSelector() const { return m_group; }
    /// The measure and group shown.
    CohortMeasure measure() const;
    CohortGroup group() const;

protected:
    void reload() override;
    void busyChanged(bool busy) override;

private:
    void showData(const CohortsData& data);
    /// Draws the heat map and the curves for the selected measure and group.
    void showSelection();

    CohortsData m_data;
    QProgressBar* m_busy;
    QLabel* m_message;
    QComboBox* m_measure;
    QComboBox* m_group;
    CohortHeatmap* m_heatmap;
    LineChart* m_curves;
    QLabel* m_note;
    QWidget* m_content;
};

} // namespace pvi
