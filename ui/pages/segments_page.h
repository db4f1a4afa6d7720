#pragma once

#include "pages/page.h"
#include "pages/segments_data.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QTableView;

namespace pvi {

class BarChart;
class SegmentTableModel;

/// The Segments page: the segments of the chosen dimension ("Segment by": the eleven RFM segments,
/// tags, countries, regions, lists, e-mail groups, survey answers or a saved rule) for the
/// filter's period — customers per segment
/// split personalized vs generic, members at the start vs the end, a few sentences on what grew
/// and shrank, and a sortable table of each segment's customers, share, growth, retention,
/// repeat purchase rate, revenue per customer, order value and lifetime value.
class SegmentsPage : public Page {
    Q_OBJECT
public:
    /// Which columns of the table are shown.
    enum class Columns { All, Split, Everything };

    SegmentsPage(const QString& id, const QString& title, QWidget* parent = nullptr);

    /// The last data shown.
    const SegmentsData& data() const { return m_data; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* summaryLabel() const { return m_summary; }
    SegmentTableModel* segmentModel() const { return m_model; }
    QTableView* segmentTable() const { return m_table; }
    /// Customers per segment at the period's end, personalized vs generic (or all, unsplit).
    BarChart* customersChart() const { return m_customers; }
    /// Customers per segment at the period's start and end.
    BarChart* movementChart() const { return m_movement; }
    /// Chooses the table's columns (all customers, personalized vs generic, everything).
    QComboBox* columnsSelector() const { return m_columns; }
    /// "Segment by": the dimension shown (item data: its id, e.g. "rfm", "tag", "rule:vip").
    QComboBox* dimensionSelector() const { return m_segmentBy; }

protected:
    void reload() override;
    void busyChanged(bool busy) override;

private:
    void showData(const SegmentsData& data);
    /// The two charts of the page, each filled in an event-loop turn of its own.
    enum class Chart { Customers, Movement };
    void showCharts(const SegmentsData& data, Chart chart);
    void showColumns();
    void showDimensions(const SegmentsData& data);
    QString dimensionNote(const SegmentsData& data) const;

    SegmentsData m_data;
    QProgressBar* m_busy;
    QLabel* m_message;
    QLabel* m_summary;
    BarChart* m_customers;
    BarChart* m_movement;
    QComboBox* m_columns;
    QComboBox* m_segmentBy;
    QString m_by = QStringLiteral("rfm"); ///< the dimension asked for
    QLabel* m_groupLegend;
    bool m_columnsChosen = false; ///< the user picked the columns: keep them across reloads
    SegmentTableModel* m_model;
    QTableView* m_table;
    QLabel* m_note;
    QWidget* m_content;
};

} // namespace pvi
