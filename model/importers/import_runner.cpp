#include "importers/import_runner.h"

#include "importers/generic_orders_importer.h"
#include "importers/header_map.h"
#include "importers/import_context.h"
#include "importers/importer_registry.h"
#include "importers/web_report_layout.h"
#include "io/containers/container_path.h"
#include "io/csv_reader.h"
#include "io/file_sha256.h"
#include "store/db_error.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <future>

namespace pvi {

namespace {

// Progress is reported at most every this many rows.
constexpr int kProgressEveryRows = 2048;

/// Sets its flag when it goes out of scope (see the hashing in importFile).
struct HashingStop {
    std::atomic<bool>& flag;
    ~HashingStop() { flag.store(true, std::memory_order_relaxed); }
};

// The page cache used during an import, in KiB (bounded: the import must stay well under
// 150 MB of memory on any file).
constexpr int kImportCacheKiB = 64 * 1024;

/// Sets the connection's page cache size for a scope and puts the previous one back.
class CacheSizeScope {
public:
    CacheSizeScope(Database& db, int kib)
        : m_db(db)
        , m_previous(db.queryInt("PRAGMA cache_size")) {
        m_db.exec("PRAGMA cache_size = -" + std::to_string(kib));
    }
    ~CacheSizeScope() {
        try {
            m_db.exec("PRAGMA cache_size = " + std::to_string(m_previous));
        } catch (...) {
            // Only a tuning value: a failure to restore it changes no data.
        }
    }
    CacheSizeScope(const CacheSizeScope&) = delete;
    CacheSizeScope& operator=(const CacheSizeScope&) = delete;

private:
    Database& m_db;
    std::int64_t m_previous;
};

/// A rejected or cancelled file wrote nothing: its counts go back to zero.
void clearCounts(ImportReport& report) {
    report.batchId = -1;
    report.recordsAdded = report.recordsUpdated = report.recordsUnchanged = 0;
    report.customersAdded = report.customersMatched = 0;
}

bool isBlank(const QStringList& fields) {
    return std::all_of(fields.begin(), fields.end(),
                       [](const QString& field) { return field.trimmed().isEmpty(); });
}

void reject(ImportReport& report, const QString& code, const QString& message, qint64 line = 0,
            int column = 0) {
    report.ok = false;
    report.error = message;
    ImportIssue issue;
    issue.file = report.file;
    issue.line = static_cast<int>(line);
    issue.column = column;
    issue.code = code;
    issue.message = message;
    report.issues.append(issue);
}

std::int64_t insertBatch(Workspace& workspace, const ImportReport& report, const QString& sha,
                         const QDateTime& importedAt) {
    const QFileInfo info(report.file);
    workspace.db()
        .prepare("INSERT INTO import_batches(file_name, file_path, sha256, source, imported_at) "
                 "VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, info.fileName())
        .bind(2, report.file.startsWith(u':') ? report.file : info.absoluteFilePath())
        .bind(3, sha)
        .bind(4, report.source)
        .bind(5, importedAt.toUTC().toString(Qt::ISODate))
        .run();
    return workspace.db().lastInsertRowId();
}

void finishBatch(Workspace& workspace, const ImportReport& report, qint64 issueCount,
                 const QString& sha) {
    Database& db = workspace.db();
    db.prepare("UPDATE import_batches SET rows_read = ?2, records_added = ?3, "
               "records_updated = ?4, records_unchanged = ?5, customers_added = ?6, "
               "customers_matched = ?7, issue_count = ?8, sha256 = ?9 WHERE id = ?1")
        .bind(1, report.batchId)
        .bind(2, report.rowsRead)
        .bind(3, report.recordsAdded)
        .bind(4, report.recordsUpdated)
        .bind(5, report.recordsUnchanged)
        .bind(6, report.customersAdded)
        .bind(7, report.customersMatched)
        .bind(8, static_cast<std::int64_t>(issueCount))
        .bind(9, sha)
        .run();
    Statement insert = db.prepare("INSERT INTO import_issues(batch_id, file, line, col, severity, "
                                  "code, message) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (const ImportIssue& issue : report.issues) {
        insert.bind(1, report.batchId)
            .bind(2, issue.file)
            .bind(3, issue.line)
            .bind(4, issue.column)
            .bind(5, issue.severity == ImportIssue::Severity::Error ? QStringLiteral("error")
                                                                    : QStringLiteral("warning"))
            .bind(6, issue.code)
            .bind(7, issue.message);
        insert.run();
    }
}

/// Reads the rows into the open transaction; false when the file must be rejected or the
/// import was cancelled (the report says which).
bool readRows(CsvReader& reader, Importer& importer, ImportContext& context,
              const ImportProgress& progress) {
    ImportReport& report = context.report();
    CsvRow row;
    qint64 sinceProgress = 0;
    while (reader.readRow(row)) {
        if (isBlank(row.fields))
            continue;
        ++report.rowsRead;
        importer.addRow(context, row);
        if (progress && ++sinceProgress >= kProgressEveryRows) {
            sinceProgress = 0;
            if (!progress(reader.bytesRead(), reader.fileSize())) {
                report.cancelled = true;
                report.error = QCoreApplication::translate("pvi::ImportText",
                                                           "import cancelled: nothing was written");
                return false;
            }
        }
    }
    if (reader.hasError()) {
        const CsvError& e = reader.error();
        reject(report, QStringLiteral("bad-csv"), e.toString(), e.line, e.column);
        return false;
    }
    importer.finish(context);
    if (progress && !progress(reader.fileSize(), reader.fileSize())) {
        report.cancelled = true;
        report.error =
            QCoreApplication::translate("pvi::ImportText", "import cancelled: nothing was written");
        return false;
    }
    return true;
}

/// The importer chosen for a file, and the column mapping when it is the generic one.
struct SourceChoice {
    const ImporterSpec* spec = nullptr;
    std::optional<ColumnMapping> mapping;
    bool saveMapping = false; ///< a mapping given with the options is remembered for the header
    QString mappingOrigin;    ///< "saved mapping" or "guessed mapping" when not given
};

/// For an analytics download (a `#` comment block) no importer reads: says which report to
/// download instead, naming the tables the file holds (a GA4 Reports snapshot holds many).
QString notALandingPageReport(const QString& file, const QStringList& firstHeader) {
    QStringList tables{firstHeader.join(QStringLiteral(", "))};
    for (const QString& header : WebReportLayout::read(file).otherTables)
        tables.append(header.split(u',').join(QStringLiteral(", ")));
    constexpr qsizetype kShown = 6;
    QStringList shown = tables.mid(0, kShown);
    for (QString& t : shown)
        t = QStringLiteral("'%1'").arg(t);
    if (tables.size() > kShown)
        shown.append(QStringLiteral("%1 more").arg(tables.size() - kShown));
    return QCoreApplication::translate(
               "pvi::ImportText",
               "%1 is an analytics report download, but none of its %2 table(s) is a landing-page "
               "report, the report PVI Studio reads (its tables: %3). In Google Analytics 4 open "
               "Reports › Engagement › Landing page, then Share this report › Download File › "
               "Download CSV; in Universal Analytics, Behaviour › Site Content › Landing Pages › "
               "Export › CSV.")
        .arg(file)
        .arg(tables.size())
        .arg(shown.join(QStringLiteral("; ")));
}

/// Picks the importer: the options' column mapping (generic importer), a forced source, the
/// header's detected source, or else a mapping saved for this header. False (the report says
/// why) when none fits.
bool chooseSource(Workspace& workspace, const ImportOptions& options, const CsvRow& headerRow,
                  ImportReport& report, SourceChoice& choice) {
    const ImporterRegistry& registry = ImporterRegistry::instance();
    const ImporterSpec& generic = GenericOrdersImporter::staticSpec();
    const QString forced = options.forcedSource == u"generic" ? generic.id : options.forcedSource;
    auto saved = [&]() -> std::optional<ColumnMapping> {
        try {
            return savedMapping(workspace, headerSignature(headerRow.fields));
        } catch (const DbError&) {
            return std::nullopt; // a workspace that cannot be read fails again on import
        }
    };
    if (options.columnMapping) {
        if (!forced.isEmpty() && forced != generic.id) {
            reject(report, QStringLiteral("unknown-source"),
                   QCoreApplication::translate(
                       "pvi::ImportText",
                       "a column mapping is read by the generic importer (source "
                       "'generic'), not by '%1'")
                       .arg(options.forcedSource));
            return false;
        }
        choice.spec = &generic;
        choice.mapping = options.columnMapping;
        choice.saveMapping = true;
        return true;
    }
    if (!forced.isEmpty()) {
        choice.spec = registry.find(forced);
        if (!choice.spec) {
            QStringList ids;
            for (const ImporterSpec* known : registry.specs())
                ids.append(known->id);
            reject(report, QStringLiteral("unknown-source"),
                   QCoreApplication::translate("pvi::ImportText", "unknown source '%1' (known: %2)")
                       .arg(options.forcedSource, ids.join(QStringLiteral(", "))));
            return false;
        }
        if (choice.spec == &generic) {
            choice.mapping = saved();
            choice.mappingOrigin = QStringLiteral("saved mapping");
            if (!choice.mapping) {
                choice.mapping = guessMapping(headerRow.fields);
                choice.mappingOrigin = QStringLiteral("guessed mapping");
            }
        }
        return true;
    }
    choice.spec = registry.detect(headerRow.fields).spec;
    if (choice.spec)
        return true;
    choice.mapping = saved();
    if (choice.mapping) {
        choice.spec = &generic;
        choice.mappingOrigin = QStringLiteral("saved mapping");
        return true;
    }
    reject(report, QStringLiteral("unknown-format"),
           WebReportLayout::startsWithComment(report.file)
               ? notALandingPageReport(report.file, headerRow.fields)
               : registry.noMatchMessage(report.file),
           headerRow.line);
    return false;
}

} // namespace

ImportReport importFile(Workspace& workspace, const QString& path, const ImportOptions& options,
                        const ImportProgress& progress) {
    ImportReport report;
    report.file = path;
    if (workspace.isReadOnly()) {
        reject(report, QStringLiteral("read-only-workspace"),
               QCoreApplication::translate("pvi::ImportText",
                                           "%1 cannot be changed (%2): nothing was imported")
                   .arg(workspace.path(), workspace.readOnlyReason()));
        return report;
    }
    CsvReader reader;
    CsvReader::Options readOptions; // analytics downloads open with a `#` comment block
    readOptions.commentPrefix = WebReportLayout::startsWithComment(path) ? QChar(u'#') : QChar();
    if (!reader.open(path, readOptions)) { // a broken sheet's error has its row and column
        reject(report, QStringLiteral("unreadable"), reader.error().toString(), reader.error().line,
               reader.error().column);
        return report;
    }
    CsvRow headerRow;
    if (!reader.readRow(headerRow)) {
        if (reader.hasError())
            reject(report, QStringLiteral("bad-csv"), reader.error().toString(),
                   reader.error().line, reader.error().column);
        else
            reject(report, QStringLiteral("empty-file"),
                   QCoreApplication::translate("pvi::ImportText",
                                               "%1 is empty: there is nothing to import")
                       .arg(path));
        return report;
    }
    const HeaderMap header(headerRow.fields);
    SourceChoice choice;
    if (!chooseSource(workspace, options, headerRow, report, choice))
        return report;
    const ImporterSpec* spec = choice.spec;
    report.source = spec->id;
    report.sourceTitle = spec->title;
    if (!choice.mappingOrigin.isEmpty())
        report.sourceTitle += QStringLiteral(" (%1)").arg(choice.mappingOrigin);
    const QStringList missing = choice.mapping ? mappingProblems(*choice.mapping, headerRow.fields)
                                               : ImporterRegistry::missingColumns(*spec, header);
    if (!missing.isEmpty()) {
        if (choice.mapping)
            reject(report, QStringLiteral("bad-mapping"),
                   QCoreApplication::translate("pvi::ImportText",
                                               "%1: the column mapping cannot be used: %2")
                       .arg(path, missing.join(QStringLiteral("; "))),
                   headerRow.line);
        else
            reject(report, QStringLiteral("missing-column"),
                   QCoreApplication::translate(
                       "pvi::ImportText", "%1: not a complete %2: missing required column%3 %4")
                       .arg(path, spec->title, missing.size() > 1 ? QStringLiteral("s") : QString(),
                            missing.join(QStringLiteral(", "))),
                   headerRow.line);
        return report;
    }

    try {
        // The file's SHA-256 (of the workbook or archive, for one of its sheets or members) is
        // computed on a second thread while the rows are imported; the batch row gets it at the
        // end, inside the same transaction.
        // Every way out of this block but the commit (a cancel, a rejection, a failure) stops
        // the hashing first: the future's destructor waits for it, and a large file's whole
        // hash would hold a Cancel for a second or more.
        std::atomic<bool> stopHashing{false};
        std::future<QString> sha =
            std::async(std::launch::async, [&stopHashing, file = ContainerPath::parse(path).file] {
                return fileSha256Hex(file, &stopHashing);
            });
        const HashingStop stopOnExit{stopHashing};
        // A bigger page cache for the one long transaction (SQLite's default is 2 MB, which
        // makes a large import spill and re-read pages); restored when the import ends.
        CacheSizeScope cache(workspace.db(), kImportCacheKiB);
        Transaction transaction(workspace.db());
        const QDateTime importedAt =
            options.importedAt.isValid() ? options.importedAt : QDateTime::currentDateTimeUtc();
        report.batchId = insertBatch(workspace, report, QStringLiteral(""), importedAt);
        ImportContext context(workspace, report, report.batchId);
        std::unique_ptr<Importer> importer =
            choice.mapping ? std::make_unique<GenericOrdersImporter>(*choice.mapping)
                           : ImporterRegistry::instance().create(spec->id);
        importer->begin(context, header);
        const bool complete = readRows(reader, *importer, context, progress);
        context.finishIssues();
        report.customersAdded = context.customers().added();
        report.customersMatched = context.customers().matched();
        if (!complete) {
            clearCounts(report);
            return report; // the transaction rolls back
        }
        if (report.rowsRead == 0) {
            clearCounts(report);
            reject(report, QStringLiteral("no-rows"),
                   QCoreApplication::translate(
                       "pvi::ImportText", "%1 has a header but no rows: there is nothing to import")
                       .arg(path));
            return report;
        }
        if (context.hasErrors()) {
            clearCounts(report);
            report.ok = false;
            report.error =
                QCoreApplication::translate("pvi::ImportText",
                                            "%1 was rejected: %2 of its values cannot be read (see "
                                            "the issues); nothing was imported")
                    .arg(path)
                    .arg(std::count_if(report.issues.begin(), report.issues.end(),
                                       [](const ImportIssue& issue) {
                                           return issue.severity == ImportIssue::Severity::Error;
                                       }));
            return report;
        }
        finishBatch(workspace, report, context.issueCount(), sha.get());
        refreshEmailFacts(workspace.db(), context.emailCampaigns());
        if (choice.saveMapping)
            saveMapping(workspace, headerSignature(headerRow.fields), *choice.mapping, importedAt);
        transaction.commit();
        report.ok = true;
    } catch (const DbError& e) {
        clearCounts(report);
        report.ok = false;
        report.error =
            QCoreApplication::translate("pvi::ImportText",
                                        "%1: the workspace could not be written (%2); nothing was "
                                        "imported")
                .arg(path, e.message());
    }
    return report;
}

} // namespace pvi
