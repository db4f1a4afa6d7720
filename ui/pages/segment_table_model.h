#pragma once

#include "pvi/reports/segment_report.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace pvi {

/// The RFM segments of a period as a table, one row per segment in display order: customers at
/// the period's end (all, personalized, generic), their share, members at the start and growth,
/// then retention, repeat purchase rate, revenue per customer, average order value and mean
/// clv_simple, each for all, personalized and generic customers.
class SegmentTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Segment,
        Customers,
        CustomersPersonalized,
        CustomersGeneric,
        Share,
        CustomersAtStart,
        Growth,
        Retention,
        RetentionPersonalized,
        RetentionGeneric,
        RepeatPurchase,
        RepeatPurchasePersonalized,
        RepeatPurchaseGeneric,
        RevenuePerCustomer,
        RevenuePerCustomerPersonalized,
        RevenuePerCustomerGeneric,
        AverageOrderValue,
        AverageOrderValuePersonalized,
        AverageOrderValueGeneric,
        Clv,
        ClvPersonalized,
        ClvGeneric,
        ColumnCount
    };
    /// Which customers a column describes.
    enum class Group { All, Personalized, Generic };
    /// The unformatted value of a cell (for sorting and tests); none for a missing value. The
    /// segment column's raw value is its display-order index.
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit SegmentTableModel(QObject* parent = nullptr);
    /// Shows the report's rows; money written in `currency`.
    void setReport(const SegmentReport& report, const QString& currency);

    /// The customers column `column` describes (Segment, Share, growth: All).
    static Group columnGroup(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const SegmentReportRow& row, int column) const;
    QVariant raw(const SegmentReportRow& row, int column) const;
    QString toolTip(const SegmentReportRow& row, int column) const;

    std::vector<SegmentReportRow> m_rows;
    QString m_currency;
};

} // namespace pvi
