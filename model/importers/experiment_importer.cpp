#include "importers/experiment_importer.h"

#include "analytics/experiments/experiment_store.h"
#include "importers/header_map.h"
#include "importers/import_context.h"
#include "io/csv_row.h"
#include "store/database.h"
#include "store/statement.h"

#include <QCoreApplication>

namespace pvi {

namespace {

const QStringList& experimentColumn() {
    static const QStringList column =
        columnNames({"experiment", "experiment_name", "experiment name", "test"});
    return column;
}

const QStringList& armColumn() {
    static const QStringList column = columnNames({"arm", "variant", "variation"});
    return column;
}

} // namespace

const ImporterSpec& ExperimentImporter::visitorsSpec() {
    static const ImporterSpec spec{
        QStringLiteral("experiment-visitors"),
        QStringLiteral("A/B test, one row per visitor (experiment, arm, visitor id, converted)"),
        QString(),
        {columnNames({"experiment", "arm", "visitor_id", "converted"}),
         columnNames({"experiment", "arm", "visitor id", "converted"}),
         columnNames({"experiment", "variant", "visitor_id", "converted"}),
         columnNames({"experiment", "variant", "visitor id", "converted"}),
         columnNames({"experiment", "arm", "customer_id", "converted"}),
         columnNames({"experiment", "arm", "customer id", "converted"}),
         columnNames({"experiment", "arm", "user_id", "converted"})},
        {experimentColumn(), armColumn(),
         columnNames({"visitor_id", "visitor id", "visitor", "customer_id", "customer id", "unit",
                      "user_id", "user id"}),
         columnNames({"converted"})},
        columnNames({"experiment", "arm", "visitor_id", "converted", "revenue"}),
        ImportRecords::Experiments,
    };
    return spec;
}

const ImporterSpec& ExperimentImporter::totalsSpec() {
    static const ImporterSpec spec{
        QStringLiteral("experiment-totals"),
        QStringLiteral("A/B test, arm totals (experiment, arm, visitors, conversions)"),
        QString(),
        {columnNames({"experiment", "arm", "visitors", "conversions"}),
         columnNames({"experiment", "variant", "visitors", "conversions"})},
        {experimentColumn(), armColumn(), columnNames({"visitors"}), columnNames({"conversions"})},
        columnNames(
            {"experiment", "arm", "visitors", "conversions", "revenue_sum", "revenue_sum_sq"}),
        ImportRecords::Experiments,
    };
    return spec;
}

ExperimentImporter::ExperimentImporter(const ImporterSpec& spec)
    : m_spec(spec) {}

void ExperimentImporter::begin(ImportContext& context, const HeaderMap& header) {
    m_readable = m_rows.begin(header.names());
    if (!m_readable)
        context.error(1, 0, QStringLiteral("missing-column"),
                      QCoreApplication::translate("pvi::ImportText", "not an experiment file: ") +
                          ExperimentRowReader::expectedColumns());
}

void ExperimentImporter::addRow(ImportContext& context, const CsvRow& row) {
    if (!m_readable)
        return;
    if (auto error = m_rows.addRow(row))
        context.error(row.line, 0, QStringLiteral("bad-experiment-row"), *error);
}

void ExperimentImporter::finish(ImportContext& context) {
    if (!m_readable)
        return;
    const ExperimentImport read = m_rows.finish();
    for (const QString& error : read.errors)
        context.error(0, 0, QStringLiteral("bad-experiment"), error);
    for (const QString& warning : read.warnings)
        context.warning(0, 0, QStringLiteral("no-control-arm"), warning);
    if (context.hasErrors())
        return; // the runner rejects the file: nothing is stored
    ExperimentStore store(context.db());
    for (const Experiment& experiment : read.experiments) {
        const bool replaces = store.contains(experiment.name);
        const std::int64_t id = store.save(experiment, context.batchId());
        ++(replaces ? context.report().recordsUpdated : context.report().recordsAdded);
        linkCustomers(context, experiment, id);
    }
}

void ExperimentImporter::linkCustomers(ImportContext& context, const Experiment& experiment,
                                       std::int64_t experimentId) {
    Database& db = context.db();
    Statement byEmail = db.prepare("SELECT id FROM customers WHERE email = ?1");
    Statement byExternalId = db.prepare("SELECT id FROM customers WHERE external_id = ?1");
    Statement link =
        db.prepare("UPDATE experiment_units SET customer_id = ?1 WHERE unit_key = ?2 AND arm_id IN "
                   "(SELECT id FROM experiment_arms WHERE experiment_id = ?3 AND name = ?4)");
    for (const ExperimentArm& arm : experiment.arms) {
        for (const ExperimentUnit& unit : arm.units) {
            // Emails are looked up under the key the workspace stores them by (normalized, or
            // pseudonymized); anything else may be a customer's id in the shop.
            Statement& find = unit.key.contains(u'@') ? byEmail : byExternalId;
            find.reset();
            find.bind(1, unit.key.contains(u'@')
                             ? context.customers().identity(unit.key.trimmed().toLower())
                             : unit.key);
            if (!find.step())
                continue;
            link.reset();
            link.bind(1, find.columnInt64(0))
                .bind(2, unit.key)
                .bind(3, experimentId)
                .bind(4, arm.name);
            link.run();
        }
    }
}

} // namespace pvi
