#include "pages/churn_risk_model.h"

#include "widgets/value_format.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace pvi {

ChurnRiskModel::ChurnRiskModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ChurnRiskModel::setData(const std::vector<CustomerClvPrediction>& customers) {
    beginResetModel();
    m_customers = customers;
    endResetModel();
}

int ChurnRiskModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_customers.size());
}

int ChurnRiskModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChurnRiskModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const CustomerClvPrediction& c = m_customers[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() != Customer)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    const QLocale en = displayLocale();
    switch (Column(index.column())) {
    case Customer:
        return c.id;
    case Clv:
        return raw ? QVariant(c.clv) : QVariant(en.toString(c.clv, 'f', 2));
    case ChurnRisk:
        return raw ? QVariant(1.0 - c.pAlive)
                   : QVariant(withPercentSign(en.toString((1.0 - c.pAlive) * 100.0, 'f', 1)));
    case PAlive:
        return raw ? QVariant(c.pAlive)
                   : QVariant(withPercentSign(en.toString(c.pAlive * 100.0, 'f', 1)));
    case ExpectedPurchases:
        return raw ? QVariant(c.expectedPurchases)
                   : QVariant(en.toString(c.expectedPurchases, 'f', 2));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ChurnRiskModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Customer:
        return tr("Customer");
    case Clv:
        return tr("Predicted CLV (12 m)");
    case ChurnRisk:
        return tr("Churn risk");
    case PAlive:
        return tr("P(alive)");
    case ExpectedPurchases:
        return tr("Expected purchases");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pvi
