#include "importers/experiment_row_reader.h"

#include "io/csv_row.h"
#include "io/value_parsers.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace pvi {

namespace {

QString normalizedHeader(const QString& name) {
    QString out = name.trimmed().toLower();
    out.replace(QLatin1Char(' '), QLatin1Char('_'));
    out.replace(QLatin1Char('-'), QLatin1Char('_'));
    return out;
}

/// Reads a number from `column` into `target`; a message when it is not one. An absent column,
/// or an empty optional value, leaves `target` as it is.
std::optional<QString> readNumber(const CsvRow& row, int column, const char* what, double& target,
                                  bool required) {
    if (column < 0)
        return std::nullopt;
    const ParsedNumber parsed = parseNumber(row.value(column), DecimalSeparator::Dot);
    if (parsed.status == ParsedNumber::Status::Empty && !required)
        return std::nullopt;
    if (!parsed.ok())
        return QCoreApplication::translate("pvi::ImportText", "%1 is not a number: '%2'")
            .arg(QLatin1String(what), row.value(column));
    target = parsed.value;
    return std::nullopt;
}

void markControls(ExperimentImport& result) {
    for (Experiment& e : result.experiments) {
        int marked = 0;
        for (const auto& arm : e.arms)
            marked += arm.isControl ? 1 : 0;
        if (marked == 0) {
            for (auto& arm : e.arms) {
                if (arm.name.compare(QStringLiteral("control"), Qt::CaseInsensitive) == 0) {
                    arm.isControl = true;
                    marked = 1;
                    break;
                }
            }
        }
        if (marked == 0 && !e.arms.empty()) {
            e.arms.front().isControl = true;
            result.warnings << QCoreApplication::translate(
                                   "pvi::ImportText", "%1: no arm marked as control; using '%2'")
                                   .arg(e.name, e.arms.front().name);
        } else if (marked > 1) {
            result.errors << QCoreApplication::translate(
                                 "pvi::ImportText", "%1: more than one arm is marked as control")
                                 .arg(e.name);
        }
        if (e.arms.size() < 2)
            result.errors << QCoreApplication::translate(
                                 "pvi::ImportText", "%1: an experiment needs at least two arms")
                                 .arg(e.name);
    }
}

} // namespace

ExperimentRowReader::Columns ExperimentRowReader::findColumns(const QStringList& header) {
    Columns c;
    const std::map<QString, int Columns::*> names{
        {QStringLiteral("experiment"), &Columns::experiment},
        {QStringLiteral("experiment_name"), &Columns::experiment},
        {QStringLiteral("test"), &Columns::experiment},
        {QStringLiteral("arm"), &Columns::arm},
        {QStringLiteral("variant"), &Columns::arm},
        {QStringLiteral("variation"), &Columns::arm},
        {QStringLiteral("visitor_id"), &Columns::unit},
        {QStringLiteral("visitor"), &Columns::unit},
        {QStringLiteral("customer_id"), &Columns::unit},
        {QStringLiteral("unit"), &Columns::unit},
        {QStringLiteral("user_id"), &Columns::unit},
        {QStringLiteral("converted"), &Columns::converted},
        {QStringLiteral("revenue"), &Columns::revenue},
        {QStringLiteral("visitors"), &Columns::visitors},
        {QStringLiteral("conversions"), &Columns::conversions},
        {QStringLiteral("revenue_sum"), &Columns::revenueSum},
        {QStringLiteral("revenue_sum_sq"), &Columns::revenueSumSq},
        {QStringLiteral("revenue_sum_of_squares"), &Columns::revenueSumSq},
        {QStringLiteral("is_control"), &Columns::isControl},
        {QStringLiteral("planned_share"), &Columns::plannedShare},
        {QStringLiteral("started_on"), &Columns::startedOn},
        {QStringLiteral("ended_on"), &Columns::endedOn},
    };
    for (int i = 0; i < header.size(); ++i) {
        const auto found = names.find(normalizedHeader(header[i]));
        if (found != names.end() && c.*(found->second) < 0)
            c.*(found->second) = i;
    }
    return c;
}

ExperimentRowReader::Layout ExperimentRowReader::layoutOf(const QStringList& header) {
    const Columns c = findColumns(header);
    if (c.experiment < 0 || c.arm < 0)
        return Layout::Unknown;
    if (c.perVisitor())
        return Layout::PerVisitor;
    return c.totals() ? Layout::ArmTotals : Layout::Unknown;
}

QString ExperimentRowReader::expectedColumns() {
    return QCoreApplication::translate(
        "pvi::ImportText", "expected columns experiment, arm and either visitor_id, converted[, "
                           "revenue] or visitors, conversions[, revenue_sum, revenue_sum_sq]");
}

bool ExperimentRowReader::begin(const QStringList& header) {
    m_columns = findColumns(header);
    m_result = {};
    m_experimentIndex.clear();
    return layoutOf(header) != Layout::Unknown;
}

std::optional<QString> ExperimentRowReader::readCommon(const CsvRow& row, Experiment& e,
                                                       ExperimentArm& arm) const {
    const Columns& c = m_columns;
    if (c.isControl >= 0 && !row.value(c.isControl).trimmed().isEmpty()) {
        const auto flag = parseBool(row.value(c.isControl));
        if (!flag)
            return QCoreApplication::translate("pvi::ImportText",
                                               "is_control must be yes/no, not '%1'")
                .arg(row.value(c.isControl));
        arm.isControl = arm.isControl || *flag;
    }
    if (c.plannedShare >= 0 && !row.value(c.plannedShare).trimmed().isEmpty()) {
        double share = 0;
        if (auto error = readNumber(row, c.plannedShare, "planned_share", share, true))
            return error;
        if (!(share > 0 && share < 1))
            return QCoreApplication::translate("pvi::ImportText",
                                               "planned_share must be between 0 and 1");
        arm.plannedShare = share;
    }
    for (const auto& [column, date] :
         {std::pair{c.startedOn, &e.startedOn}, std::pair{c.endedOn, &e.endedOn}}) {
        if (column < 0 || row.value(column).trimmed().isEmpty())
            continue;
        const QDate parsed = QDate::fromString(row.value(column).trimmed(), Qt::ISODate);
        if (!parsed.isValid())
            return QCoreApplication::translate("pvi::ImportText",
                                               "dates must be YYYY-MM-DD, not '%1'")
                .arg(row.value(column));
        *date = parsed;
    }
    return std::nullopt;
}

std::optional<QString> ExperimentRowReader::readUnit(const CsvRow& row, ExperimentArm& arm) const {
    const Columns& c = m_columns;
    const auto converted = parseBool(row.value(c.converted));
    if (!converted)
        return QCoreApplication::translate("pvi::ImportText",
                                           "converted must be 1/0 or yes/no, not '%1'")
            .arg(row.value(c.converted));
    double revenue = 0;
    if (auto error = readNumber(row, c.revenue, "revenue", revenue, false))
        return error;
    arm.units.push_back({row.value(c.unit).trimmed(), *converted, revenue});
    arm.conversions = arm.conversions + ProportionSummary{1, *converted ? 1 : 0};
    arm.revenue.add(revenue);
    return std::nullopt;
}

std::optional<QString> ExperimentRowReader::readTotals(const CsvRow& row,
                                                       ExperimentArm& arm) const {
    const Columns& c = m_columns;
    double visitors = 0, conversions = 0, sum = 0, sumSq = 0;
    for (const auto& [column, what, target, required] :
         {std::tuple{c.visitors, "visitors", &visitors, true},
          std::tuple{c.conversions, "conversions", &conversions, true},
          std::tuple{c.revenueSum, "revenue_sum", &sum, false},
          std::tuple{c.revenueSumSq, "revenue_sum_sq", &sumSq, false}}) {
        if (auto error = readNumber(row, column, what, *target, required))
            return error;
    }
    if (visitors < 0 || conversions < 0 || conversions > visitors ||
        visitors != std::floor(visitors) || conversions != std::floor(conversions))
        return QCoreApplication::translate(
            "pvi::ImportText",
            "visitors and conversions must be whole numbers with 0 <= conversions <= visitors");
    const auto n = static_cast<std::int64_t>(visitors);
    arm.conversions =
        arm.conversions + ProportionSummary{n, static_cast<std::int64_t>(conversions)};
    arm.revenue = arm.revenue + MeanSummary{n, sum, sumSq};
    return std::nullopt;
}

std::optional<QString> ExperimentRowReader::addRow(const CsvRow& row) {
    const QString experimentName = row.value(m_columns.experiment).trimmed();
    const QString armName = row.value(m_columns.arm).trimmed();
    if (experimentName.isEmpty() || armName.isEmpty())
        return QCoreApplication::translate("pvi::ImportText",
                                           "experiment and arm must not be empty");
    auto [it, added] = m_experimentIndex.try_emplace(experimentName, m_result.experiments.size());
    if (added)
        m_result.experiments.push_back(
            Experiment{0, experimentName, QStringLiteral("conversion"), {}, {}, {}});
    Experiment& e = m_result.experiments[it->second];
    auto armIt = std::find_if(e.arms.begin(), e.arms.end(),
                              [&](const auto& a) { return a.name == armName; });
    if (armIt == e.arms.end()) {
        e.arms.push_back(ExperimentArm{armName, false, std::nullopt, {}, {}, {}});
        armIt = std::prev(e.arms.end());
    }
    if (auto error = readCommon(row, e, *armIt))
        return error;
    return m_columns.perVisitor() ? readUnit(row, *armIt) : readTotals(row, *armIt);
}

ExperimentImport ExperimentRowReader::finish() {
    ExperimentImport result = std::move(m_result);
    m_result = {};
    m_experimentIndex.clear();
    markControls(result);
    return result;
}

} // namespace pvi
