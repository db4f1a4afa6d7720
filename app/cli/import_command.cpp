// pvi import: imports export files into a workspace and prints each file's import report.
// See docs/cli-import.md.
#include "cli/command.h"
#include "importers/import_report_json.h"
#include "importers/import_runner.h"
#include "io/containers/container_reader.h"
#include "store/workspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pvi::cli {
namespace {

constexpr const char* kUsage =
    "usage: pvi import WS.pvi FILE... [--source ID] [--map FIELD=COLUMN]... [--json]\n";

int run(const QStringList& args, Io& io) {
    QStringList positional;
    ImportOptions options;
    bool json = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (arg == u"--json") {
            json = true;
        } else if (arg == u"--source" && i + 1 < args.size()) {
            options.forcedSource = args[++i];
        } else if (arg == u"--map" && i + 1 < args.size()) {
            const QString pair = args[++i];
            const qsizetype equals = pair.indexOf(u'=');
            if (equals <= 0) {
                io.err << "pvi import: --map takes FIELD=COLUMN (e.g. order_id=\"Order #\"), not "
                       << pair << "\n";
                return 2;
            }
            if (!options.columnMapping)
                options.columnMapping = ColumnMapping{};
            options.columnMapping->insert(pair.left(equals).trimmed(), pair.mid(equals + 1));
        } else if (arg.startsWith(u"--")) {
            io.err << "pvi import: unknown option " << arg << "\n" << kUsage;
            return 2;
        } else {
            positional.append(arg);
        }
    }
    if (positional.size() < 2) {
        io.err << kUsage;
        return 2;
    }
    const QString workspacePath = positional.takeFirst();
    auto opened = Workspace::open(workspacePath, Workspace::Mode::OpenExisting);
    if (!opened.workspace) {
        io.err << "pvi import: " << opened.error;
        if (!QFileInfo::exists(workspacePath))
            io.err << " (create one with 'pvi init')";
        io.err << "\n";
        return 1;
    }
    if (opened.workspace->isReadOnly()) {
        io.err << "pvi import: " << workspacePath
               << " cannot be changed: " << opened.workspace->readOnlyReason()
               << ". Nothing was imported.\n";
        return 1;
    }
    bool allOk = true;
    QJsonArray reports;
    QStringList files; // a workbook imports sheet by sheet, a zip archive member by member
    for (const QString& given : std::as_const(positional))
        files.append(importPathsOf(given));
    for (const QString& file : std::as_const(files)) {
        const ImportReport report = importFile(*opened.workspace, file, options);
        allOk = allOk && report.ok;
        if (json) {
            reports.append(importReportToJson(report));
        } else {
            io.out << importReportToText(report);
            if (!report.ok)
                io.err << "pvi import: " << file << " was rejected: " << report.error << "\n";
        }
    }
    if (json)
        io.out << QString::fromUtf8(QJsonDocument(reports).toJson(QJsonDocument::Indented));
    return allOk ? 0 : 1;
}

const CommandRegistration reg{{"import",
                               "import WS.pvi FILE... [--source ID] [--map FIELD=COLUMN]... "
                               "[--json]  import exports and print the import report",
                               &run}};

} // namespace
} // namespace pvi::cli
