#pragma once

#include "analytics/lifetime/clv_predictions.h"

#include <QAbstractTableModel>

#include <vector>

namespace pvi {

/// Customers worth a personal touch, one row each: predicted 12-month CLV, churn risk,
/// P(alive) and expected purchases in the prediction window.
class ChurnRiskModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Customer, Clv, ChurnRisk, PAlive, ExpectedPurchases, ColumnCount };
    /// The unformatted value of a cell (for sorting and tests).
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit ChurnRiskModel(QObject* parent = nullptr);

    void setData(const std::vector<CustomerClvPrediction>& customers);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<CustomerClvPrediction> m_customers;
};

} // namespace pvi
