#pragma once

#include "analytics/lifetime/clv_predictions.h"

#include <QAbstractTableModel>

#include <vector>

namespace pvi {

/// The fitted BG/NBD (r, α, a, b) and Gamma-Gamma (p, q, γ) parameters with their standard
/// errors, one row each.
class ClvParameterModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Model, Parameter, Value, StandardError, ColumnCount };
    /// The unformatted value of a cell (for sorting and tests).
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit ClvParameterModel(QObject* parent = nullptr);

    /// Rows for the fits that succeeded.
    void setData(const ClvAnalysis& analysis);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString model;
        QString parameter;
        double value = 0;
        double standardError = 0;
    };
    std::vector<Row> m_rows;
};

} // namespace pvi
