#pragma once

#include "pvi/reports/roi_ledger.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace pvi {

/// The personalization ledger as a table: one row per month, then the selected period in bold.
class RoiLedgerModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        PeriodLabel,
        PersonalizationCost,
        Reached,
        CostPerCustomer,
        IncrementalRevenue,
        IncrementalInterval,
        Roi,
        Payback,
        AcquisitionCost,
        NewCustomers,
        Cac,
        ColumnCount
    };
    /// The unformatted value of a cell (for sorting and tests).
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit RoiLedgerModel(QObject* parent = nullptr);
    /// Shows the ledger's months and total; money written in `currency`.
    void setLedger(const RoiLedger& ledger, const QString& currency);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<RoiLedgerRow> m_rows;
    QString m_currency;
};

} // namespace pvi
