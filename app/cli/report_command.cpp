// pvi report: the client-ready PDF report of a workspace (and, with --slides, its 16:9 deck), the
// same document File › Export report… makes in the window (ui/report/). Built into pvi-report,
// which `pvi report` runs (report_forward.cpp).
#include "cli/command.h"
#include "cli/period_option.h"
#include "cli/report_usage.h"
#include "report/report_content.h"
#include "report/report_writer.h"
#include "store/workspace.h"

#include <QFileInfo>

namespace pvi::cli {

namespace {

constexpr const char* kUsage =
    "usage: pvi report WS.pvi --out REPORT.pdf [--from YYYY-MM-DD --to YYYY-MM-DD]\n"
    "       [--compare previous|last-year] [--sections ID,ID,...] [--page-size A4|Letter]\n"
    "       [--landscape] [--client NAME] [--consultant NAME] [--logo FILE]...\n"
    "       [--slides DECK.pdf] [--note SECTION=TEXT]... [--made-on YYYY-MM-DD]\n"
    "sections: summary overview segments cohorts email experience roi experiments lifetime\n"
    "          attribution appendix-experiments appendix-methods glossary data-quality\n";

struct Arguments {
    QString workspace;
    QString out;
    QString slides;
    PeriodOption period;
    report::ReportOptions options;
    QStringList notes; ///< SECTION=TEXT
};

bool parse(QStringList args, Arguments& a, Io& io) {
    auto value = [&](const QString& option, QString& into) {
        if (args.isEmpty()) {
            io.err << "pvi report: " << option << " needs a value\n" << kUsage;
            return false;
        }
        into = args.takeFirst();
        return true;
    };
    while (!args.isEmpty()) {
        const QString option = args.takeFirst();
        QString v;
        if (a.period.take(option, args))
            continue;
        if (option == u"--out") {
            if (!value(option, a.out))
                return false;
        } else if (option == u"--slides") {
            if (!value(option, a.slides))
                return false;
        } else if (option == u"--compare") {
            if (!value(option, v))
                return false;
            if (v != u"previous" && v != u"last-year") {
                io.err << "pvi report: --compare takes previous or last-year, not '" << v << "'\n";
                return false;
            }
            a.options.filter.comparison = v == u"previous"
                                              ? PeriodFilter::Comparison::PreviousPeriod
                                              : PeriodFilter::Comparison::SamePeriodLastYear;
        } else if (option == u"--sections") {
            if (!value(option, v))
                return false;
            for (const QString& id : v.split(u',', Qt::SkipEmptyParts)) {
                if (!report::reportSectionIds().contains(id.trimmed())) {
                    io.err << "pvi report: unknown section '" << id << "'\n" << kUsage;
                    return false;
                }
                a.options.sections.append(id.trimmed());
            }
        } else if (option == u"--page-size") {
            if (!value(option, v))
                return false;
            if (v.compare(u"A4", Qt::CaseInsensitive) == 0)
                a.options.pageSize = QPageSize::A4;
            else if (v.compare(u"Letter", Qt::CaseInsensitive) == 0)
                a.options.pageSize = QPageSize::Letter;
            else {
                io.err << "pvi report: --page-size takes A4 or Letter, not '" << v << "'\n";
                return false;
            }
        } else if (option == u"--landscape") {
            a.options.landscape = true;
        } else if (option == u"--client") {
            if (!value(option, a.options.client))
                return false;
        } else if (option == u"--consultant") {
            if (!value(option, a.options.consultant))
                return false;
        } else if (option == u"--logo") {
            if (!value(option, v))
                return false;
            if (!QFileInfo(v).isReadable()) {
                io.err << "pvi report: cannot read the logo " << v << "\n";
                return false;
            }
            a.options.logoFiles.append(v);
        } else if (option == u"--note") {
            if (!value(option, v))
                return false;
            a.notes.append(v);
        } else if (option == u"--made-on") {
            if (!value(option, v))
                return false;
            a.options.madeOn = QDate::fromString(v, Qt::ISODate);
            if (!a.options.madeOn.isValid()) {
                io.err << "pvi report: --made-on takes a date YYYY-MM-DD, not '" << v << "'\n";
                return false;
            }
        } else if (option.startsWith(u"--") || !a.workspace.isEmpty()) {
            io.err << "pvi report: unexpected argument '" << option << "'\n" << kUsage;
            return false;
        } else {
            a.workspace = option;
        }
    }
    if (a.workspace.isEmpty() || (a.out.isEmpty() && a.slides.isEmpty())) {
        io.err << kUsage;
        return false;
    }
    return true;
}

/// Stores the --note SECTION=TEXT notes in the workspace.
bool storeNotes(const Arguments& a, Io& io) {
    if (a.notes.isEmpty())
        return true;
    auto opened = Workspace::open(a.workspace, Workspace::Mode::OpenExisting);
    if (!opened.workspace) {
        io.err << "pvi report: " << opened.error << "\n";
        return false;
    }
    for (const QString& note : a.notes) {
        const qsizetype eq = note.indexOf(u'=');
        QString error;
        if (eq <= 0 ||
            !report::writeReportNote(*opened.workspace, note.left(eq), note.mid(eq + 1), &error)) {
            io.err << "pvi report: --note " << note.left(40) << ": "
                   << (eq <= 0 ? QStringLiteral("write SECTION=TEXT") : error) << "\n";
            return false;
        }
    }
    return true;
}

int run(const QStringList& args, Io& io) {
    Arguments a;
    if (!parse(args, a, io) || !storeNotes(a, io))
        return 2;
    if (!a.period.from.isEmpty() || !a.period.to.isEmpty()) {
        const std::optional<Period> period = a.period.resolve({}, "report", io);
        if (!period)
            return 2;
        a.options.filter.preset = PeriodFilter::Preset::Custom;
        a.options.filter.customFrom = period->from;
        a.options.filter.customTo = period->to;
    }
    const report::BuiltReport built = report::buildReport(a.workspace, a.options);
    if (!built.error.isEmpty()) {
        io.err << "pvi report: " << built.error << "\n";
        return 1;
    }
    QString error;
    if (!a.out.isEmpty()) {
        const report::PdfFormat format =
            report::PdfFormat::report(a.options.pageSize, a.options.landscape);
        const int pages = report::writePdf(built.document, format, a.out, &error);
        if (pages == 0) {
            io.err << "pvi report: " << error << "\n";
            return 1;
        }
        io.out << "Wrote " << a.out << ": " << pages << " pages\n";
    }
    if (!a.slides.isEmpty()) {
        const int slides = report::writePdf(report::slidesOf(built.document),
                                            report::PdfFormat::slides(), a.slides, &error);
        if (slides == 0) {
            io.err << "pvi report: " << error << "\n";
            return 1;
        }
        io.out << "Wrote " << a.slides << ": " << slides << " slides\n";
    }
    return 0;
}

const CommandRegistration reg{{"report", kReportSummary, &run}};

} // namespace

} // namespace pvi::cli
