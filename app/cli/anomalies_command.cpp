// pvi anomalies: unusual days (or weeks) of a PVI's series against a robust seasonal baseline.
// See docs/cli.md.
#include "cli/command.h"
#include "cli/json_values.h"
#include "cli/period_option.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/monitoring/pvi_anomalies.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace pvi::cli {
namespace {

constexpr const char* kUsage = "anomalies WS.pvi [--pvi ID] [--weekly] [--threshold Z] "
                               "[--from YYYY-MM-DD --to YYYY-MM-DD] [--json]";

struct AnomaliesArgs {
    QString workspacePath;
    QString id = u"revenue"_s;
    bool weekly = false;
    std::optional<double> threshold;
    PeriodOption period;
    bool json = false;
};

std::optional<QString> parseArgs(QStringList args, AnomaliesArgs& out) {
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == u"--json") {
            out.json = true;
        } else if (a == u"--weekly") {
            out.weekly = true;
        } else if (a == u"--pvi" && !args.isEmpty()) {
            out.id = args.takeFirst();
        } else if (a == u"--threshold" && !args.isEmpty()) {
            bool ok = false;
            const double z = args.takeFirst().toDouble(&ok);
            if (!ok || !(z > 0))
                return u"--threshold takes a positive number"_s;
            out.threshold = z;
        } else if (out.period.take(a, args)) {
        } else if (!a.startsWith(u"--") && out.workspacePath.isEmpty()) {
            out.workspacePath = a;
        } else {
            return u"unexpected argument '%1'"_s.arg(a);
        }
    }
    if (out.workspacePath.isEmpty())
        return u"give a workspace WS.pvi"_s;
    return std::nullopt;
}

QJsonObject anomalyJson(const Anomaly& a) {
    QJsonObject o{{u"date"_s, a.date.toString(Qt::ISODate)},
                  {u"value"_s, jsonNumber(a.value)},
                  {u"expected"_s, jsonNumber(a.expected)},
                  {u"score"_s, jsonNumber(a.score)},
                  {u"direction"_s, a.value >= a.expected ? u"up"_s : u"down"_s},
                  {u"severity"_s, anomalySeverityId(a.severity)}};
    o.insert(u"segment"_s, a.segment.isEmpty() ? QJsonValue() : QJsonValue(a.segment));
    o.insert(u"segment_deviation"_s,
             a.segment.isEmpty() ? QJsonValue() : jsonNumber(a.segmentDeviation));
    o.insert(u"note"_s, a.note.isEmpty() ? QJsonValue() : QJsonValue(a.note));
    return o;
}

QJsonObject reportJson(const PviAnomalies& r) {
    QJsonArray anomalies;
    for (const Anomaly& a : r.report.anomalies)
        anomalies.append(anomalyJson(a));
    QJsonArray skipped;
    for (const SkippedPoint& s : r.report.skipped)
        skipped.append(
            QJsonObject{{u"date"_s, s.date.toString(Qt::ISODate)}, {u"reason"_s, s.reason}});
    QJsonArray segments;
    for (const auto& entry : r.series.segments)
        segments.append(entry.first);
    return {{u"pvi"_s, r.series.id},
            {u"granularity"_s,
             r.series.granularity == SeriesGranularity::Weekly ? u"weekly"_s : u"daily"_s},
            {u"period"_s, QJsonObject{{u"from"_s, r.period.from.toString(Qt::ISODate)},
                                      {u"to"_s, r.period.to.toString(Qt::ISODate)}}},
            {u"threshold"_s, r.settings.threshold},
            {u"alert_threshold"_s, r.settings.alertThreshold},
            {u"window"_s, r.settings.window},
            {u"min_history"_s, r.settings.minHistory},
            {u"checked"_s, r.report.checked},
            {u"segments"_s, segments},
            {u"anomalies"_s, anomalies},
            {u"skipped"_s, skipped}};
}

void printText(const PviAnomalies& r, QTextStream& out) {
    out << r.series.id << " "
        << (r.series.granularity == SeriesGranularity::Weekly ? "weekly" : "daily") << ", "
        << r.period.from.toString(Qt::ISODate) << " .. " << r.period.to.toString(Qt::ISODate)
        << ": " << r.report.checked << " points judged, " << r.report.anomalies.size()
        << " anomalies (|robust z| >= " << r.settings.threshold << ")\n";
    for (const Anomaly& a : r.report.anomalies) {
        out << a.date.toString(Qt::ISODate) << "  " << anomalySeverityId(a.severity) << "  value "
            << QString::number(a.value, 'g', 8) << ", expected "
            << QString::number(a.expected, 'g', 8) << ", z " << QString::number(a.score, 'f', 2);
        if (!a.segment.isEmpty())
            out << ", moved most: " << a.segment << " ("
                << QString::number(a.segmentDeviation, 'g', 6) << ")";
        out << "\n";
    }
}

int run(const QStringList& args, Io& io) {
    AnomaliesArgs parsed;
    if (const auto error = parseArgs(args, parsed)) {
        io.err << "pvi anomalies: " << *error << "\nusage: pvi " << kUsage << "\n";
        return 2;
    }
    auto opened = Workspace::open(parsed.workspacePath, Workspace::Mode::OpenExisting);
    if (!opened.workspace) {
        io.err << "pvi anomalies: " << opened.error << "\n";
        return 1;
    }
    const std::optional<Period> asked =
        parsed.period.resolve(defaultMetricsQuery(*opened.workspace).period, "anomalies", io);
    if (!asked)
        return 2;
    const Period period = *asked;
    if (!period.isValid()) {
        io.err << "pvi anomalies: the workspace has no data to take a period from\n";
        return 1;
    }
    AnomalySettings settings = loadAnomalySettings(*opened.workspace);
    if (parsed.threshold)
        settings.threshold = *parsed.threshold;
    const PviAnomalies result = findPviAnomalies(
        *opened.workspace, parsed.id, period,
        parsed.weekly ? SeriesGranularity::Weekly : SeriesGranularity::Daily, settings);
    if (!result.ok()) {
        io.err << "pvi anomalies: " << result.reason << "\n";
        return 1;
    }
    if (parsed.json)
        io.out << QJsonDocument(reportJson(result)).toJson(QJsonDocument::Indented);
    else
        printText(result, io.out);
    return 0;
}

const CommandRegistration registration{{"anomalies", kUsage, &run}};

} // namespace
} // namespace pvi::cli
