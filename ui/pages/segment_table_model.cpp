#include "pages/segment_table_model.h"

#include "widgets/value_format.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// How a column's value is written.
enum class Kind { Name, Count, Percent, SignedPercent, Money };

/// One column: its header, the figure it shows and for whom.
struct ColumnSpec {
    const char* header;
    Kind kind;
    SegmentTableModel::Group group;
    SegmentValue SegmentReportRow::*figure; ///< null for the name, at-start and growth columns
    const char* unitOfN;                    ///< what the figure's n counts, for the tooltip
};

using G = SegmentTableModel::Group;
constexpr const char* kCustomers = QT_TRANSLATE_NOOP("pvi::SegmentTableModel", "customers");
constexpr const char* kOrders = QT_TRANSLATE_NOOP("pvi::SegmentTableModel", "orders");
constexpr const char* kActiveAtStart =
    QT_TRANSLATE_NOOP("pvi::SegmentTableModel", "customers active at the start");
constexpr const char* kOrdered =
    QT_TRANSLATE_NOOP("pvi::SegmentTableModel", "customers who ordered in the period");
constexpr const char* kOrdered12 =
    QT_TRANSLATE_NOOP("pvi::SegmentTableModel", "customers who ordered in the 12 months");

// (P) and (G) mark the personalized and generic columns; the page says so beside the table.
constexpr ColumnSpec kColumns[SegmentTableModel::ColumnCount] = {
    {QT_TRANSLATE_NOOP("pvi::SegmentTableModel", "Segment"), Kind::Name, G::All, nullptr, ""},
    {QT_TRANSLATE_NOOP("pvi::SegmentTableModel", "Customers"), Kind::Count, G::All,
     &SegmentReportRow::members, kCustomers},
    {QT_TRANSLATE_NOOP("pvi::SegmentTableModel", "Customers\n(P)"), Kind::Count, G::Personalized,
     &SegmentReportRow::members, kCustomers},
    {QT_TRANSLATE_NOOP("pvi::SegmentTableModel", "Customers\n(G)"), Kind::Count, G::Generic,
     &SegmentReportRow::members, kCustomers},
    {QT_TRANSLATE_NOOP("pvi::SegmentTableModel", "Share"), Kind::Percent, G::All,
     &SegmentReportRow::members, kCustomers},
    {QT_TRANSLATE_NOOP("pvi::SegmentTableModel", "At start"), Kind::Count, G::All, nullptr,
     kCustomers},
    {QT_TRANSLATE_NOOP("pvi::SegmentTableModel", "Growth"), Kind::SignedPercent, G::All, nullptr,
     kCustomers},
    {QT_TRANSLATE_NOOP("pvi::SegmentTableModel", "Retention"), Kind::Percent, G::All,
     &SegmentReportRow::retention, kActiveAtStart},
    {QT_TRANSLATE_NOOP("pvi::SegmentTableModel", "Retention\n(P)"), Kind::Percent, G::Personalized,
     &SegmentReportRow::retention, kActiveAtStart},
    {QT_TRANSLATE_NOOP("pvi::SegmentTableModel", "Retention\n(G)"), Kind::Percent, G::Generic,
     &SegmentReportRow::retention, kActiveAtStart},
    {QT_TRANSLATE_NOOP("pvi::SegmentTableModel", "Repeat\nrate"), Kind::Percent, G::All,
     &SegmentReportRow::repeatPurchase, kOrdered},
    {QT_TRANSLATE_NOOP("pvi::SegmentTableModel", "Repeat\nrate (P)"), Kind::Percent,
     G::Personalized, &SegmentReportRow::repeatPurchase, kOrdered},
    {QT_TRANSLATE_NOOP("pvi::SegmentTableModel", "Repeat\nrate (G)"), Kind::Percent, G::Generic,
     &SegmentReportRow::repeatPurchase, kOrdered},
    {QT_TRANSLATE_NOOP("pvi::SegmentTableModel", "Revenue per\ncustomer"), Kind::Money, G::All,
     &SegmentReportRow::revenuePerCustomer, kOrdered},
    {QT_TRANSLATE_NOOP("pvi::SegmentTableModel", "Revenue per\ncustomer (P)"), Kind::Money,
     G::Personalized, &SegmentReportRow::revenuePerCustomer, kOrdered},
    {QT_TRANSLATE_NOOP("pvi::SegmentTableModel", "Revenue per\ncustomer (G)"), Kind::Money,
     G::Generic, &SegmentReportRow::revenuePerCustomer, kOrdered},
    {QT_TRANSLATE_NOOP("pvi::SegmentTableModel", "AOV"), Kind::Money, G::All,
     &SegmentReportRow::averageOrderValue, kOrders},
    {QT_TRANSLATE_NOOP("pvi::SegmentTableModel", "AOV\n(P)"), Kind::Money, G::Personalized,
     &SegmentReportRow::averageOrderValue, kOrders},
    {QT_TRANSLATE_NOOP("pvi::SegmentTableModel", "AOV\n(G)"), Kind::Money, G::Generic,
     &SegmentReportRow::averageOrderValue, kOrders},
    {QT_TRANSLATE_NOOP("pvi::SegmentTableModel", "CLV"), Kind::Money, G::All,
     &SegmentReportRow::clv, kOrdered12},
    {QT_TRANSLATE_NOOP("pvi::SegmentTableModel", "CLV\n(P)"), Kind::Money, G::Personalized,
     &SegmentReportRow::clv, kOrdered12},
    {QT_TRANSLATE_NOOP("pvi::SegmentTableModel", "CLV\n(G)"), Kind::Money, G::Generic,
     &SegmentReportRow::clv, kOrdered12},
};

/// What a column's figure is, for the header's tooltip.
QString headerToolTip(int column) {
    switch (column) {
    case SegmentTableModel::Segment:
        return SegmentTableModel::tr("The segment on the period's last day");
    case SegmentTableModel::Share:
        return SegmentTableModel::tr(
            "The segment's share of the customers with a segment on the period's last day");
    case SegmentTableModel::CustomersAtStart:
        return SegmentTableModel::tr("Customers in the segment the day before the period");
    case SegmentTableModel::Growth:
        return SegmentTableModel::tr(
            "segment_growth_rate: (customers at the end − at the start) / at the start");
    default:
        break;
    }
    const ColumnSpec& spec = kColumns[column];
    QString what;
    if (spec.figure == &SegmentReportRow::members)
        what = SegmentTableModel::tr("Customers in the segment on the period's last day");
    else if (spec.figure == &SegmentReportRow::retention)
        what = SegmentTableModel::tr(
            "segment_retention_rate: of the segment's customers active the day before the period, "
            "the share active on its last day (reactivated customers count)");
    else if (spec.figure == &SegmentReportRow::repeatPurchase)
        what = SegmentTableModel::tr(
            "repeat_purchase_rate: of the segment's customers who ordered in the period, the share "
            "with more than one valid order up to its end");
    else if (spec.figure == &SegmentReportRow::revenuePerCustomer)
        what = SegmentTableModel::tr("revenue_per_customer: the period's net revenue of the "
                                     "segment's customers / those who ordered");
    else if (spec.figure == &SegmentReportRow::averageOrderValue)
        what = SegmentTableModel::tr("average_order_value: net revenue / valid orders of the "
                                     "segment's customers in the period");
    else
        what =
            SegmentTableModel::tr("clv_by_segment: AOV × purchase frequency × lifespan of the "
                                  "segment's customers, from the 12 months ending with the period");
    if (spec.group == G::Personalized)
        what += SegmentTableModel::tr(" — personalized customers (exposed by the period's end)");
    else if (spec.group == G::Generic)
        what += SegmentTableModel::tr(" — generic customers");
    return what;
}

/// The group's part of a figure.
GroupValue part(const SegmentValue& figure, G group) {
    switch (group) {
    case G::Personalized:
        return figure.personalized;
    case G::Generic:
        return figure.control;
    case G::All:
        break;
    }
    return {figure.value, figure.n};
}

} // namespace

SegmentTableModel::SegmentTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void SegmentTableModel::setReport(const SegmentReport& report, const QString& currency) {
    beginResetModel();
    m_rows = report.available ? report.rows : std::vector<SegmentReportRow>{};
    m_currency = currency;
    endResetModel();
}

SegmentTableModel::Group SegmentTableModel::columnGroup(int column) {
    return column >= 0 && column < ColumnCount ? kColumns[column].group : Group::All;
}

int SegmentTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SegmentTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentTableModel::raw(const SegmentReportRow& row, int column) const {
    const ColumnSpec& spec = kColumns[column];
    switch (column) {
    case Segment:
        return static_cast<int>(row.index);
    case CustomersAtStart:
        return row.membersAtStart;
    case Growth:
        return row.growthPercent ? QVariant(*row.growthPercent) : QVariant();
    default:
        break;
    }
    const GroupValue value = part(row.*spec.figure, spec.group);
    if (spec.kind == Kind::Count)
        return value.n;
    return value.value ? QVariant(*value.value) : QVariant();
}

QVariant SegmentTableModel::display(const SegmentReportRow& row, int column) const {
    if (column == Segment)
        return row.name;
    const QVariant value = raw(row, column);
    if (!value.isValid())
        return u"—"_s;
    switch (kColumns[column].kind) {
    case Kind::Count:
        return displayLocale().toString(value.toLongLong());
    case Kind::Percent:
        return withPercentSign(displayLocale().toString(value.toDouble(), 'f', 1));
    case Kind::SignedPercent:
        return formatSignedPercent(value.toDouble());
    case Kind::Money:
        return formatMoney(value.toDouble(), m_currency);
    case Kind::Name:
        break;
    }
    return {};
}

QString SegmentTableModel::toolTip(const SegmentReportRow& row, int column) const {
    const ColumnSpec& spec = kColumns[column];
    const QLocale en = displayLocale();
    if (column == Segment)
        return {};
    if (column == CustomersAtStart || column == Growth)
        return tr("%1 customers at the start, %2 at the end of the period")
            .arg(en.toString(row.membersAtStart), en.toString(row.members.n));
    const GroupValue value = part(row.*spec.figure, spec.group);
    if (spec.kind == Kind::Count || column == Share)
        return {};
    return tr("over %1 %2").arg(en.toString(value.n), tr(spec.unitOfN));
}

QVariant SegmentTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const SegmentReportRow& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case RawValueRole:
        return raw(row, index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        if (index.column() != Segment)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    default:
        return {};
    }
}

QVariant SegmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return tr(kColumns[section].header);
    if (role == Qt::ToolTipRole)
        return headerToolTip(section);
    if (role == Qt::TextAlignmentRole && section != Segment)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

} // namespace pvi
