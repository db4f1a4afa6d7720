#include "pages/portfolio_model.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

QString pText(double p) {
    return p < 0.0001 ? u"< 0.0001"_s
                      : QLocale(QLocale::English, QLocale::UnitedStates).toString(p, 'f', 4);
}

} // namespace

PortfolioModel::PortfolioModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void PortfolioModel::setData(const PortfolioAnalysis& portfolio) {
    beginResetModel();
    m_tests = portfolio.tests;
    endResetModel();
}

int PortfolioModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_tests.size());
}

int PortfolioModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PortfolioModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const PortfolioAnalysis::Entry& t = m_tests[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() >= Lift)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (Column(index.column())) {
    case Experiment:
        return t.experiment;
    case Arm:
        return t.treatmentArm;
    case Lift: {
        if (raw)
            return t.liftPercent;
        const QString number = QLocale(QLocale::English, QLocale::UnitedStates)
                                   .toString(std::abs(t.liftPercent), 'f', 1);
        return (t.liftPercent >= 0 ? u"+"_s : u"−"_s) + number + u'%';
    }
    case PValue:
        return raw ? QVariant(t.pValue) : QVariant(pText(t.pValue));
    case Holm:
        return raw ? QVariant(t.holm) : QVariant(pText(t.holm));
    case BenjaminiHochberg:
        return raw ? QVariant(t.benjaminiHochberg) : QVariant(pText(t.benjaminiHochberg));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PortfolioModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Experiment:
        return u"Experiment"_s;
    case Arm:
        return u"Arm"_s;
    case Lift:
        return u"Lift"_s;
    case PValue:
        return u"p"_s;
    case Holm:
        return u"p (Holm)"_s;
    case BenjaminiHochberg:
        return u"p (BH)"_s;
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pvi
