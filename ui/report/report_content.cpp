#include "report/report_content.h"

#include "charts/chart_palette.h"
#include "pages/attribution_loader.h"
#include "pages/cohorts_loader.h"
#include "pages/email_loader.h"
#include "pages/experience_loader.h"
#include "pages/experiments_loader.h"
#include "pages/lifetime_value_loader.h"
#include "pages/overview_loader.h"
#include "pages/roi_loader.h"
#include "pages/segments_loader.h"
#include "report/report_sections.h"
#include "report/report_texts.h"
#include "store/db_error.h"
#include "store/workspace.h"
#include "widgets/value_format.h"

#include <QFileInfo>

#include <functional>

using namespace Qt::StringLiterals;

namespace pvi::report {

namespace {

struct SectionInfo {
    const char* id;
    const char* title;
};

constexpr SectionInfo kSections[] = {
    {"summary", QT_TRANSLATE_NOOP("ReportText", "Executive summary")},
    {"overview", QT_TRANSLATE_NOOP("ReportText", "Overview")},
    {"segments", QT_TRANSLATE_NOOP("ReportText", "Segments")},
    {"cohorts", QT_TRANSLATE_NOOP("ReportText", "Cohorts")},
    {"email", QT_TRANSLATE_NOOP("ReportText", "Email")},
    {"experience", QT_TRANSLATE_NOOP("ReportText", "Customer experience")},
    {"roi", QT_TRANSLATE_NOOP("ReportText", "ROI")},
    {"experiments", QT_TRANSLATE_NOOP("ReportText", "Experiments")},
    {"lifetime", QT_TRANSLATE_NOOP("ReportText", "Lifetime value")},
    {"attribution", QT_TRANSLATE_NOOP("ReportText", "Attribution")},
    {"appendix-experiments", QT_TRANSLATE_NOOP("ReportText", "Appendix A: Experiments")},
    {"appendix-methods", QT_TRANSLATE_NOOP("ReportText", "Appendix B: Methods")},
    {"glossary", QT_TRANSLATE_NOOP("ReportText", "Appendix C: Glossary")},
    {"data-quality", QT_TRANSLATE_NOOP("ReportText", "Appendix D: Data quality")},
};

/// One loading step: what it loads, for which sections, and how.
struct LoadStep {
    QString what;
    QStringList sections; ///< needed when any of these is included; empty: always
    std::function<void(ReportInputs&, const QString& path)> load;
};

QString comparisonText(const ReportInputs& inputs) {
    const Period& c = inputs.overview.comparison;
    if (!c.isValid())
        return {};
    const bool lastYear =
        inputs.options.filter.comparison == PeriodFilter::Comparison::SamePeriodLastYear;
    return (lastYear ? ReportText::tr("compared with %1 (the same period last year)")
                     : ReportText::tr("compared with %1 (the period before)"))
        .arg(formatDayRange(c.from, c.to));
}

/// One line per source: "shopify-orders — orders_export.csv, imported 2 Dec 2026", or for
/// several files of one source "ga4-landing-pages — 12 files, last imported 2 Dec 2026".
QStringList sourceLines(const std::vector<ImportBatchInfo>& batches) {
    QStringList order;
    QMap<QString, QList<const ImportBatchInfo*>> bySource;
    for (const ImportBatchInfo& b : batches) {
        if (!bySource.contains(b.source))
            order.append(b.source);
        bySource[b.source].append(&b);
    }
    QStringList lines;
    for (const QString& source : order) {
        const QList<const ImportBatchInfo*>& files = bySource[source];
        const QString day =
            formatDay(QDate::fromString(files.last()->importedAt.left(10), Qt::ISODate));
        lines.append(
            files.size() == 1
                ? ReportText::tr("%1 — %2, imported %3").arg(source, files.first()->fileName, day)
                : ReportText::tr("%1 — %2 files (%3 … %4), last imported %5")
                      .arg(source)
                      .arg(files.size())
                      .arg(files.first()->fileName, files.last()->fileName, day));
    }
    return lines;
}

} // namespace

const QStringList& reportSectionIds() {
    static const QStringList ids = [] {
        QStringList out;
        for (const SectionInfo& s : kSections)
            out.append(QLatin1String(s.id));
        return out;
    }();
    return ids;
}

QString reportSectionTitle(const QString& id) {
    for (const SectionInfo& s : kSections) {
        if (id == QLatin1String(s.id))
            return ReportText::tr(s.title);
    }
    return {};
}

QString reportNoteKey(const QString& sectionId) {
    return u"report_note."_s + sectionId;
}

QMap<QString, QString> readReportNotes(Workspace& workspace) {
    QMap<QString, QString> notes;
    for (const QString& id : reportSectionIds()) {
        const QString note = workspace.setting(reportNoteKey(id));
        if (!note.isEmpty())
            notes.insert(id, note);
    }
    return notes;
}

bool writeReportNote(Workspace& workspace, const QString& sectionId, const QString& note,
                     QString* error) {
    if (!reportSectionIds().contains(sectionId)) {
        if (error)
            *error = ReportText::tr("unknown report section '%1'").arg(sectionId);
        return false;
    }
    if (workspace.isReadOnly()) {
        if (error)
            *error =
                ReportText::tr("the workspace is read-only: %1").arg(workspace.readOnlyReason());
        return false;
    }
    try {
        workspace.setSetting(reportNoteKey(sectionId), note.left(Workspace::kMaxSettingLength));
    } catch (const DbError& e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

ReportDocument reportDocument(const ReportInputs& inputs) {
    // The report's series are coloured in the light theme whatever the window's theme.
    const palette::ScopedTheme light(palette::Theme::Light);
    ReportDocument doc;
    const OverviewData& o = inputs.overview;
    const QString period = o.period.isValid() ? formatDayRange(o.period.from, o.period.to)
                                              : ReportText::tr("no data yet");
    doc.cover.title = ReportText::tr("Does personalization pay off?");
    doc.cover.client = inputs.options.client;
    doc.cover.consultant = inputs.options.consultant;
    doc.cover.period = ReportText::tr("Period: %1").arg(period);
    doc.cover.comparison = comparisonText(inputs);
    doc.cover.logoFiles = inputs.options.logoFiles;
    doc.cover.sources = sourceLines(inputs.batches);
    doc.madeOn = ReportText::tr("Made on %1").arg(formatDay(inputs.madeOn));
    doc.cover.madeOn = doc.madeOn;
    doc.runningHeader =
        inputs.options.client.isEmpty() ? period : inputs.options.client + u" · "_s + period;
    for (const QString& id : reportSectionIds()) {
        if (inputs.includes(id))
            doc.sections.append(reportSection(id, inputs));
    }
    return doc;
}

BuiltReport buildReport(const QString& path, const ReportOptions& options,
                        const BuildProgress& progress) {
    BuiltReport built;
    ReportInputs inputs;
    inputs.options = options;
    inputs.madeOn = options.madeOn.isValid() ? options.madeOn : QDate::currentDate();
    const PeriodFilter filter = options.filter;
    const std::vector<LoadStep> steps = {
        {ReportText::tr("indicators"),
         {},
         [&](ReportInputs& in, const QString& p) { in.overview = loadOverview(p, filter); }},
        {ReportText::tr("alerts"),
         {u"summary"_s},
         [&](ReportInputs& in, const QString& p) { in.alerts = loadAlerts(p, filter); }},
        {ReportText::tr("segments"),
         {u"segments"_s},
         [&](ReportInputs& in, const QString& p) { in.segments = loadSegments(p, filter); }},
        {ReportText::tr("cohorts"),
         {u"cohorts"_s},
         [&](ReportInputs& in, const QString& p) { in.cohorts = loadCohorts(p, filter); }},
        {ReportText::tr("e-mail"),
         {u"email"_s},
         [&](ReportInputs& in, const QString& p) { in.email = loadEmail(p, filter); }},
        {ReportText::tr("surveys"),
         {u"experience"_s},
         [&](ReportInputs& in, const QString& p) { in.experience = loadExperience(p, filter); }},
        {ReportText::tr("costs"),
         {u"roi"_s, u"summary"_s},
         [&](ReportInputs& in, const QString& p) { in.roi = loadRoi(p, filter); }},
        {ReportText::tr("experiments"),
         {u"summary"_s, u"experiments"_s, u"appendix-experiments"_s},
         [&](ReportInputs& in, const QString& p) {
             in.experiments = loadExperiments(p, in.overview.period.to);
         }},
        {ReportText::tr("lifetime value"),
         {u"lifetime"_s},
         [&](ReportInputs& in, const QString& p) { in.lifetime = loadLifetimeValue(p, filter); }},
        {ReportText::tr("attribution"),
         {u"attribution"_s},
         [&](ReportInputs& in, const QString& p) { in.attribution = loadAttribution(p); }},
    };
    const int count = static_cast<int>(steps.size()) + 1;
    int step = 0;
    for (const LoadStep& s : steps) {
        if (progress && !progress(step, count, s.what)) {
            built.cancelled = true;
            return built;
        }
        ++step;
        const bool needed = s.sections.isEmpty() ||
                            std::any_of(s.sections.begin(), s.sections.end(),
                                        [&](const QString& id) { return inputs.includes(id); });
        if (needed)
            s.load(inputs, path);
        if (step == 1 && !inputs.overview.error.isEmpty()) {
            built.error = inputs.overview.error;
            return built;
        }
    }
    if (progress && !progress(step, count, ReportText::tr("imports and notes"))) {
        built.cancelled = true;
        return built;
    }
    auto opened = Workspace::open(path, Workspace::Mode::OpenExisting);
    if (!opened.workspace) {
        built.error = opened.error;
        return built;
    }
    try {
        inputs.batches = listImportBatches(*opened.workspace);
        for (const ImportBatchInfo& batch : inputs.batches) {
            if (batch.issueCount == 0)
                continue;
            if (inputs.issues.size() >= kReportIssues) {
                inputs.issuesLeftOut += batch.issueCount;
                continue;
            }
            const QList<ImportIssue> issues = importBatchIssues(*opened.workspace, batch.id);
            const qsizetype room = kReportIssues - inputs.issues.size();
            inputs.issues.append(issues.mid(0, room));
            inputs.issuesLeftOut += std::max<qsizetype>(0, issues.size() - room);
        }
        inputs.notes = readReportNotes(*opened.workspace);
    } catch (const std::exception& e) {
        built.error = QString::fromUtf8(e.what());
        return built;
    }
    built.document = reportDocument(inputs);
    return built;
}

} // namespace pvi::report
