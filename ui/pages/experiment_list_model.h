#pragma once

#include "pages/experiment_summary.h"
#include "pages/experiments_data.h"

#include <QAbstractTableModel>

namespace pvi {

/// The experiments of a workspace, one row each: name, verdict chip, lift of the first
/// treatment arm, its headline p-value and the visitors in all arms.
class ExperimentListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Verdict, Lift, PValue, Visitors, ColumnCount };
    /// The unformatted value of a cell (for sorting and tests); QVariant() when undefined.
    static constexpr int RawValueRole = Qt::UserRole + 1;
    /// The VerdictChip of the row, as an int.
    static constexpr int ChipRole = Qt::UserRole + 2;

    explicit ExperimentListModel(QObject* parent = nullptr);

    void setData(const ExperimentsData& data);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<ExperimentAnalysis> m_analyses;
    std::vector<std::int64_t> m_visitors;
    QDate m_asOf; ///< experiments not ended by then are running
};

} // namespace pvi
