#include "pages/roi_ledger_model.h"

#include "widgets/value_format.h"

#include <QDate>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

QVariant optionalRaw(const std::optional<double>& v) {
    return v ? QVariant(*v) : QVariant();
}

} // namespace

RoiLedgerModel::RoiLedgerModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void RoiLedgerModel::setLedger(const RoiLedger& ledger, const QString& currency) {
    beginResetModel();
    m_rows = ledger.months;
    if (ledger.anyCosts && ledger.total.period.isValid())
        m_rows.push_back(ledger.total);
    m_currency = currency;
    endResetModel();
}

int RoiLedgerModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RoiLedgerModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoiLedgerModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const RoiLedgerRow& r = m_rows[static_cast<std::size_t>(index.row())];
    const bool total = index.row() == rowCount() - 1 && r.label == u"Selected period"_s;
    if (role == Qt::FontRole && total) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole)
        return r.note.isEmpty() ? QVariant() : QVariant(r.note);
    if (role == Qt::TextAlignmentRole && index.column() != PeriodLabel)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    const QLocale en = displayLocale();
    const QString dash = u"—"_s;
    const auto money = [&](const std::optional<double>& v) -> QVariant {
        if (raw)
            return optionalRaw(v);
        return v ? formatMoney(*v, m_currency) : dash;
    };
    switch (static_cast<Column>(index.column())) {
    case PeriodLabel:
        // The selected period sorts after every month (before them, newest first).
        if (raw)
            return total ? QVariant(QDate(9999, 12, 31)) : QVariant(r.period.from);
        return total ? tr("Selected period") : en.toString(r.period.from, u"MMM yyyy"_s);
    case PersonalizationCost:
        return money(r.personalizationCost);
    case Reached:
        return raw ? QVariant(r.reachedCustomers) : QVariant(en.toString(r.reachedCustomers));
    case CostPerCustomer:
        return money(r.costPerCustomer);
    case IncrementalRevenue:
        return money(r.incrementalRevenue);
    case IncrementalInterval:
        if (raw)
            return r.incrementalCi95 ? QVariant(r.incrementalCi95->first) : QVariant();
        return r.incrementalCi95 ? tr("%1 to %2")
                                       .arg(formatMoney(r.incrementalCi95->first, m_currency),
                                            formatMoney(r.incrementalCi95->second, m_currency))
                                 : dash;
    case Roi:
        if (raw)
            return optionalRaw(r.roiPercent);
        return r.roiPercent ? formatSignedPercent(*r.roiPercent) : dash;
    case Payback:
        if (raw)
            return optionalRaw(r.paybackMonths);
        return r.paybackMonths ? tr("%1 months").arg(en.toString(*r.paybackMonths, 'f', 1)) : dash;
    case AcquisitionCost:
        return money(r.acquisitionCost);
    case NewCustomers:
        return raw ? QVariant(r.newCustomers) : QVariant(en.toString(r.newCustomers));
    case Cac:
        return money(r.customerAcquisitionCost);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RoiLedgerModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case PeriodLabel:
        return tr("Period");
    case PersonalizationCost:
        return tr("Personalization cost");
    case Reached:
        return tr("Customers reached");
    case CostPerCustomer:
        return tr("Cost per customer");
    case IncrementalRevenue:
        return tr("Incremental revenue");
    case IncrementalInterval:
        return tr("95% interval");
    case Roi:
        return tr("ROI");
    case Payback:
        return tr("Payback");
    case AcquisitionCost:
        return tr("Acquisition cost");
    case NewCustomers:
        return tr("New customers");
    case Cac:
        return tr("CAC");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pvi
