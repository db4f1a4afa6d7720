// import_benchmark: times importFile() on a generated 1,000,000-line Shopify orders export (the
// demo shop generator's 2025 layout, 79 columns) against `sqlite3 NEW.db ".import --csv FILE t"`
// on the same file, and prints both times, their ratio and our peak RSS.
//
//   import_benchmark [--rows N] [--csv FILE] [--keep]
//
// --csv reuses an existing export instead of generating one; --keep leaves the files in place.
// Goals (issue 2): ratio <= 1.5, peak RSS <= 150 MB. Not a test: no thresholds are enforced.
#include "importers/import_runner.h"
#include "io/csv_reader.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

namespace {

/// CPU seconds (user + system) used so far by this process or by its waited-for children.
double cpuSeconds(int who) {
    rusage usage{};
    getrusage(who, &usage);
    auto seconds = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

bool run(const QString& program, const QStringList& args, QTextStream& err) {
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, args);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        err << program << " failed: " << process.errorString() << "\n";
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    qint64 rows = 1'000'000;
    QString csv;
    bool keep = false;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--rows" && i + 1 < args.size())
            rows = args[++i].toLongLong();
        else if (args[i] == u"--csv" && i + 1 < args.size())
            csv = args[++i];
        else if (args[i] == u"--keep")
            keep = true;
        else {
            err << "usage: import_benchmark [--rows N] [--csv FILE] [--keep]\n";
            return 2;
        }
    }
    QTemporaryDir dir;
    dir.setAutoRemove(!keep);
    if (csv.isEmpty()) {
        csv = dir.filePath(QStringLiteral("orders_export.csv"));
        out << "generating " << rows << " rows with the demo shop generator..." << Qt::endl;
        if (!run(QStringLiteral("python3"),
                 {QStringLiteral(PVI_DEMO_GENERATOR), QStringLiteral("--out"), csv,
                  QStringLiteral("--rows"), QString::number(rows)},
                 err))
            return 1;
    }
    const double fileMb = static_cast<double>(QFileInfo(csv).size()) / (1024.0 * 1024.0);
    out << "file: " << csv << " (" << QString::number(fileMb, 'f', 1) << " MiB)" << Qt::endl;

    // sqlite3's own CSV import into a fresh database (one table, every column text).
    const QString sqliteDb = dir.filePath(QStringLiteral("sqlite_import.db"));
    QElapsedTimer timer;
    const double childCpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    timer.start();
    if (!run(QStringLiteral("sqlite3"), {sqliteDb, QStringLiteral(".import --csv %1 t").arg(csv)},
             err))
        return 1;
    const double sqliteSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const double sqliteCpu = cpuSeconds(RUSAGE_CHILDREN) - childCpuBefore;

    // Ours: into a fresh workspace.
    auto opened = pvi::Workspace::open(dir.filePath(QStringLiteral("bench.pvi")),
                                       pvi::Workspace::Mode::CreateOrOpen);
    if (!opened.workspace) {
        err << opened.error << "\n";
        return 1;
    }
    // The CSV engine alone (reading every record), to show where the time goes.
    {
        const double cpu0 = cpuSeconds(RUSAGE_SELF);
        pvi::CsvReader reader;
        pvi::CsvRow row;
        qint64 records = 0;
        if (reader.open(csv))
            while (reader.readRow(row))
                ++records;
        out << "CSV engine alone: " << QString::number(cpuSeconds(RUSAGE_SELF) - cpu0, 'f', 2)
            << " s CPU for " << records << " records\n";
    }
    const double rssBefore = peakRssMb();
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    timer.restart();
    const pvi::ImportReport report = pvi::importFile(*opened.workspace, csv);
    const double oursSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const double oursCpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    if (!report.ok) {
        err << "import failed: " << report.error << "\n";
        return 1;
    }
    out << "rows read:        " << report.rowsRead << " (" << report.recordsAdded << " orders, "
        << report.customersAdded << " customers)\n";
    auto f2 = [](double v) { return QString::number(v, 'f', 2); };
    out << "sqlite3 .import:  " << f2(sqliteSeconds) << " s wall, " << f2(sqliteCpu) << " s CPU\n";
    out << "pvi importFile:   " << f2(oursSeconds) << " s wall, " << f2(oursCpu) << " s CPU ("
        << QString::number(static_cast<double>(report.rowsRead) / oursSeconds, 'f', 0)
        << " rows/s wall)\n";
    // On a shared machine the CPU-time ratio is the steadier figure; both are printed.
    out << "ratio:            " << f2(oursSeconds / sqliteSeconds) << "x wall, "
        << f2(oursCpu / sqliteCpu) << "x CPU (goal <= 1.5)\n";
    out << "peak RSS:         " << QString::number(peakRssMb(), 'f', 1) << " MB (goal <= 150; "
        << QString::number(rssBefore, 'f', 1) << " MB before the import)\n";
    if (keep)
        out << "kept: " << dir.path() << "\n";
    return 0;
}
