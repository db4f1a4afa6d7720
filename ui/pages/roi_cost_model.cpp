#include "pages/roi_cost_model.h"

#include "widgets/value_format.h"

using namespace Qt::StringLiterals;

namespace pvi {

RoiCostModel::RoiCostModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void RoiCostModel::setLines(const std::vector<RoiCostLine>& lines, const QString& currency) {
    beginResetModel();
    m_lines = lines;
    m_total = 0;
    for (const RoiCostLine& line : lines)
        m_total += line.amount;
    m_currency = currency;
    endResetModel();
}

int RoiCostModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int RoiCostModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoiCostModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const RoiCostLine& line = m_lines[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() >= Amount)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    const double share = m_total > 0 ? line.amount / m_total * 100.0 : 0.0;
    switch (static_cast<Column>(index.column())) {
    case Channel:
        return line.channel;
    case Category:
        return line.category;
    case Amount:
        return raw ? QVariant(line.amount) : QVariant(formatMoney(line.amount, m_currency));
    case Share:
        return raw ? QVariant(share) : QVariant(formatValue(share, ValueKind::Percent));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RoiCostModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Channel:
        return tr("Channel");
    case Category:
        return tr("Category");
    case Amount:
        return tr("Cost in the period");
    case Share:
        return tr("Share");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pvi
