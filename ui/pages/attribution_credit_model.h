#pragma once

#include "analytics/attribution/attribution_result.h"

#include <QAbstractTableModel>

namespace pvi {

/// Conversions credited to each channel (one row per channel) under every model, with the
/// range across models and the Markov removal effect. The model columns follow the named ones.
class AttributionCreditModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Channel, Min, Max, RemovalEffect, FirstModel };
    /// The unformatted value of a cell (for sorting and tests).
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit AttributionCreditModel(QObject* parent = nullptr);

    void setData(const AttributionReport& report);
    /// The conversions credited to channel `row` by model `model` (index into report.models).
    double credit(int row, int model) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    AttributionReport m_report;
};

} // namespace pvi
