#include "pages/portfolio_model.h"

#include "widgets/value_format.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

QString signedLift(double percent) {
    const QString number = displayLocale().toString(std::abs(percent), 'f', 1);
    return (percent >= 0 ? u"+"_s : u"−"_s) + withPercentSign(number);
}

QString pText(double p) {
    return p < 0.0001 ? u"< 0.0001"_s : displayLocale().toString(p, 'f', 4);
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
    case Lift:
        return raw ? QVariant(t.liftPercent) : QVariant(signedLift(t.liftPercent));
    case ShrunkLift:
        if (!t.shrunkLiftPercent)
            return raw ? QVariant() : QVariant(tr("n/a"));
        if (raw)
            return *t.shrunkLiftPercent;
        return tr("%1 (%2 to %3)")
            .arg(signedLift(*t.shrunkLiftPercent), signedLift(*t.shrunkLowPercent),
                 signedLift(*t.shrunkHighPercent));
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
        return tr("Experiment");
    case Arm:
        return tr("Arm");
    case Lift:
        return tr("Lift");
    case ShrunkLift:
        return tr("Shrunk lift (95%)");
    case PValue:
        return u"p"_s;
    case Holm:
        return tr("p (Holm)");
    case BenjaminiHochberg:
        return tr("p (BH)");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pvi
