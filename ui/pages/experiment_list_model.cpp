#include "pages/experiment_list_model.h"

#include "charts/chart_palette.h"
#include "widgets/value_format.h"

#include <QBrush>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace pvi {

ExperimentListModel::ExperimentListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ExperimentListModel::setData(const ExperimentsData& data) {
    beginResetModel();
    m_analyses = data.analyses;
    m_asOf = data.asOf;
    m_visitors.clear();
    for (const Experiment& e : data.experiments) {
        std::int64_t visitors = 0;
        for (const ExperimentArm& arm : e.arms)
            visitors += arm.conversions.n;
        m_visitors.push_back(visitors);
    }
    endResetModel();
}

int ExperimentListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_analyses.size());
}

int ExperimentListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExperimentListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const ExperimentAnalysis& a = m_analyses[std::size_t(index.row())];
    const ArmComparison* first = a.comparisons.empty() ? nullptr : &a.comparisons.front();
    const VerdictChip chip = verdictChip(a, m_asOf);
    const QLocale en = displayLocale();
    if (role == ChipRole)
        return int(chip);
    if (role == Qt::ForegroundRole && index.column() == Verdict) {
        switch (chip) {
        case VerdictChip::Won:
            return QBrush(palette::good());
        case VerdictChip::Lost:
        case VerdictChip::BrokenSplit:
            return QBrush(palette::bad());
        case VerdictChip::Inconclusive:
        case VerdictChip::Running:
        case VerdictChip::MayStop:
            return QBrush(palette::mutedText());
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Lift)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    const bool running = chip == VerdictChip::Running || chip == VerdictChip::MayStop;
    if (role == Qt::ToolTipRole && running &&
        (index.column() == PValue || index.column() == Verdict))
        return tr("Still running: this fixed-horizon p-value is not valid for peeking. The verdict "
                  "comes from the always-valid test (see the detail).");
    const bool hasLift = first != nullptr && first->rates.liftPercent.estimate.has_value();
    const double lift = hasLift ? *first->rates.liftPercent.estimate : 0.0;
    const bool hasP = first != nullptr && first->rates.pValue.has_value();
    const double p = hasP ? *first->rates.pValue : 1.0;
    if (role == RawValueRole) {
        switch (Column(index.column())) {
        case Name:
            return a.name;
        case Verdict:
            return int(chip);
        case Lift:
            return hasLift ? QVariant(lift) : QVariant();
        case PValue:
            return hasP ? QVariant(p) : QVariant();
        case Visitors:
            return qlonglong(m_visitors[std::size_t(index.row())]);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return a.name;
    case Verdict:
        return verdictChipText(chip);
    case Lift:
        return hasLift ? liftText(Interval{lift, std::nullopt, std::nullopt, {}}) : u"—"_s;
    case PValue:
        return hasP ? (p < 0.0001 ? u"< 0.0001"_s : en.toString(p, 'f', 4)) : u"—"_s;
    case Visitors:
        return en.toString(qlonglong(m_visitors[std::size_t(index.row())]));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ExperimentListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Experiment");
    case Verdict:
        return tr("Verdict");
    case Lift:
        return tr("Lift");
    case PValue:
        return tr("p-value");
    case Visitors:
        return tr("Visitors");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pvi
