#pragma once

#include "analytics/experiments/experiment_analysis.h"

#include <QAbstractTableModel>

namespace pvi {

/// The concluded tests of the portfolio, one row per treatment arm: its lift as measured and
/// after empirical-Bayes shrinkage (with its 95% interval), raw p-value and the Holm and
/// Benjamini–Hochberg adjusted p-values.
class PortfolioModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Experiment, Arm, Lift, ShrunkLift, PValue, Holm, BenjaminiHochberg, ColumnCount };
    /// The unformatted value of a cell (for sorting and tests).
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit PortfolioModel(QObject* parent = nullptr);

    void setData(const PortfolioAnalysis& portfolio);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<PortfolioAnalysis::Entry> m_tests;
};

} // namespace pvi
