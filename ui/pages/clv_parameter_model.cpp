#include "pages/clv_parameter_model.h"

#include "widgets/value_format.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pvi {

ClvParameterModel::ClvParameterModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ClvParameterModel::setData(const ClvAnalysis& analysis) {
    beginResetModel();
    m_rows.clear();
    if (analysis.bgnbd.ok) {
        const auto& p = analysis.bgnbd.params;
        const auto& se = analysis.bgnbd.standardErrors;
        m_rows.push_back({u"BG/NBD"_s, u"r"_s, p.r, se.r});
        m_rows.push_back({u"BG/NBD"_s, u"α"_s, p.alpha, se.alpha});
        m_rows.push_back({u"BG/NBD"_s, u"a"_s, p.a, se.a});
        m_rows.push_back({u"BG/NBD"_s, u"b"_s, p.b, se.b});
    }
    if (analysis.gammaGamma.ok) {
        const auto& p = analysis.gammaGamma.params;
        const auto& se = analysis.gammaGamma.standardErrors;
        m_rows.push_back({u"Gamma-Gamma"_s, u"p"_s, p.p, se.p});
        m_rows.push_back({u"Gamma-Gamma"_s, u"q"_s, p.q, se.q});
        m_rows.push_back({u"Gamma-Gamma"_s, u"γ"_s, p.gamma, se.gamma});
    }
    endResetModel();
}

int ClvParameterModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClvParameterModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClvParameterModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Row& r = m_rows[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() >= Value)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    const QLocale en = displayLocale();
    switch (Column(index.column())) {
    case Model:
        return r.model;
    case Parameter:
        return r.parameter;
    case Value:
        return raw ? QVariant(r.value) : QVariant(en.toString(r.value, 'g', 4));
    case StandardError:
        if (raw)
            return std::isfinite(r.standardError) ? QVariant(r.standardError) : QVariant();
        return std::isfinite(r.standardError) ? en.toString(r.standardError, 'g', 3) : tr("n/a");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ClvParameterModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Model:
        return tr("Model");
    case Parameter:
        return tr("Parameter");
    case Value:
        return tr("Estimate");
    case StandardError:
        return tr("Std. error");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pvi
