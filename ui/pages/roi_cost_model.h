#pragma once

#include "pvi/reports/roi_ledger.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace pvi {

/// The selected period's costs per channel and category with their share of the total.
class RoiCostModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Channel, Category, Amount, Share, ColumnCount };
    /// The unformatted value of a cell (for sorting and tests).
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit RoiCostModel(QObject* parent = nullptr);
    /// Shows the lines; money written in `currency`.
    void setLines(const std::vector<RoiCostLine>& lines, const QString& currency);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<RoiCostLine> m_lines;
    double m_total = 0;
    QString m_currency;
};

} // namespace pvi
