// pvi report: runs pvi-report (app/report_main.cpp), the program that paints the report, in this
// process's place with the same arguments, so that pvi itself links no GUI library.
#include "cli/command.h"
#include "cli/report_usage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace pvi::cli {

namespace {

/// Where pvi-report is: beside pvi in a build, in PVI_REPORT_HELPER_DIR (relative to pvi's
/// folder) once installed.
QStringList helperCandidates() {
    const QDir here(QCoreApplication::applicationDirPath());
    return {here.filePath(QStringLiteral("pvi-report")),
            QDir::cleanPath(here.filePath(QStringLiteral(PVI_REPORT_HELPER_DIR "/pvi-report")))};
}

int run(const QStringList& args, Io& io) {
    const QStringList candidates = helperCandidates();
    QString helper;
    for (const QString& candidate : candidates) {
        if (QFileInfo(candidate).isExecutable()) {
            helper = candidate;
            break;
        }
    }
    if (helper.isEmpty()) {
        io.err << "pvi report: pvi-report, the program that paints the report, is not installed "
                  "(looked for "
               << candidates.join(QStringLiteral(" and ")) << ")\n";
        return 1;
    }
    std::vector<QByteArray> encoded{QFile::encodeName(helper), QByteArrayLiteral("report")};
    for (const QString& arg : args)
        encoded.push_back(arg.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& arg : encoded)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    io.out.flush();
    io.err.flush();
    ::execv(argv.front(), argv.data());
    io.err << "pvi report: could not run " << helper << ": " << std::strerror(errno) << "\n";
    return 1;
}

const CommandRegistration reg{{"report", kReportSummary, &run}};

} // namespace

} // namespace pvi::cli
