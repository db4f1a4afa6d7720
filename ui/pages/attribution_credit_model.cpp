#include "pages/attribution_credit_model.h"

#include "pages/attribution_data.h"
#include "widgets/value_format.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pvi {

AttributionCreditModel::AttributionCreditModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void AttributionCreditModel::setData(const AttributionReport& report) {
    beginResetModel();
    m_report = report;
    endResetModel();
}

double AttributionCreditModel::credit(int row, int model) const {
    const auto& credits = m_report.models[std::size_t(model)].overall.conversions;
    const auto it = credits.find(m_report.channels[std::size_t(row)]);
    return it == credits.end() ? 0.0 : it->second;
}

int AttributionCreditModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_report.channels.size());
}

int AttributionCreditModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : FirstModel + int(m_report.models.size());
}

QVariant AttributionCreditModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    if (role == Qt::TextAlignmentRole && index.column() != Channel)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const int row = index.row();
    const QString& channel = m_report.channels[std::size_t(row)];
    if (index.column() == Channel)
        return channel;
    double value = 0;
    if (index.column() == Min || index.column() == Max) {
        double low = credit(row, 0);
        double high = low;
        for (int m = 1; m < int(m_report.models.size()); ++m) {
            low = std::min(low, credit(row, m));
            high = std::max(high, credit(row, m));
        }
        value = index.column() == Min ? low : high;
    } else if (index.column() == RemovalEffect) {
        const auto markov =
            std::find_if(m_report.models.begin(), m_report.models.end(),
                         [](const ModelCredit& m) { return m.model == u"markov"_s; });
        if (markov == m_report.models.end() || !markov->removalEffect.contains(channel))
            return {};
        value = markov->removalEffect.at(channel);
        if (role == Qt::DisplayRole)
            return withPercentSign(displayLocale().toString(value * 100, 'f', 1));
    } else {
        value = credit(row, index.column() - FirstModel);
    }
    if (role == RawValueRole)
        return value;
    return displayLocale().toString(value, 'f', 1);
}

QVariant AttributionCreditModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Channel:
        return tr("Channel");
    case Min:
        return tr("Min");
    case Max:
        return tr("Max");
    case RemovalEffect:
        return tr("Removal effect");
    default:
        break;
    }
    const int model = section - FirstModel;
    if (model < 0 || model >= int(m_report.models.size()))
        return {};
    return attributionModelName(m_report.models[std::size_t(model)].model);
}

} // namespace pvi
