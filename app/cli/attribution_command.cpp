// pvi attribution: credit per channel under the rule-based models and the exact first-order
// Markov model, from touchpoint/conversion CSVs or a workspace. See docs/cli-attribution.md.
#include "analytics/attribution/attribution_engine.h"
#include "analytics/attribution/journey_csv_loader.h"
#include "cli/command.h"
#include "pvi/reports/attribution_journeys.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;

namespace pvi::cli {
namespace {

constexpr const char* kUsage =
    "attribution (--touchpoints FILE.csv --conversions FILE.csv | WS.pvi "
    "[--source auto|touchpoints|ga4-paths|orders]) [--json]";

struct AttributionArgs {
    QString touchpointsPath;
    QString conversionsPath;
    QString workspacePath;
    AttributionSource source = AttributionSource::Automatic;
    bool sourceGiven = false;
    bool json = false;
};

/// Parses the arguments; returns an error message or nothing.
std::optional<QString> parseArgs(const QStringList& args, AttributionArgs& out) {
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == u"--json") {
            out.json = true;
        } else if (a == u"--source" && i + 1 < args.size()) {
            const auto source = attributionSourceFromId(args[++i]);
            if (!source)
                return u"unknown source '%1': use auto, touchpoints, ga4-paths or orders"_s.arg(
                    args[i]);
            out.source = *source;
            out.sourceGiven = true;
        } else if ((a == u"--touchpoints" || a == u"--conversions") && i + 1 < args.size()) {
            (a == u"--touchpoints" ? out.touchpointsPath : out.conversionsPath) = args[++i];
        } else if (!a.startsWith(u"--") && out.workspacePath.isEmpty()) {
            out.workspacePath = a;
        } else {
            return u"unexpected argument '%1'"_s.arg(a);
        }
    }
    const bool files = !out.touchpointsPath.isEmpty() || !out.conversionsPath.isEmpty();
    if (files == !out.workspacePath.isEmpty())
        return u"give either --touchpoints FILE --conversions FILE or a workspace WS.pvi"_s;
    if (files && (out.touchpointsPath.isEmpty() || out.conversionsPath.isEmpty()))
        return u"--touchpoints and --conversions go together"_s;
    if (files && out.sourceGiven)
        return u"--source chooses among a workspace's data: give a workspace WS.pvi"_s;
    return std::nullopt;
}

QJsonObject creditJson(const ChannelCredit& credit) {
    QJsonObject object;
    for (const auto& [channel, value] : credit)
        object.insert(channel, value);
    return object;
}

QJsonObject splitJson(const CreditSplit& split) {
    return {{u"conversions"_s, creditJson(split.conversions)},
            {u"value"_s, creditJson(split.value)}};
}

QJsonObject reportJson(const AttributionReport& report, const QStringList& notes) {
    QJsonObject models;
    for (const ModelCredit& m : report.models) {
        QJsonObject model{{u"conversions"_s, creditJson(m.overall.conversions)},
                          {u"value"_s, creditJson(m.overall.value)},
                          {u"personalized"_s, splitJson(m.personalized)},
                          {u"generic"_s, splitJson(m.generic)}};
        if (m.model == u"markov") {
            model.insert(u"removal_effect"_s, creditJson(m.removalEffect));
            model.insert(u"conversion_probability"_s, report.markovConversionProbability);
        }
        models.insert(m.model, model);
    }
    QJsonArray channels;
    for (const QString& c : report.channels)
        channels.append(c);
    return {{u"models"_s, models},
            {u"channels"_s, channels},
            {u"journeys"_s, report.journeys},
            {u"conversions"_s, report.conversions},
            {u"conversion_value"_s, report.conversionValue},
            {u"unattributed_conversions"_s, report.unattributedConversions},
            {u"unattributed_value"_s, report.unattributedValue},
            {u"notes"_s, QJsonArray::fromStringList(notes)}};
}

void printText(const AttributionReport& report, const QStringList& notes, QTextStream& out) {
    for (const QString& note : notes)
        out << "note: " << note << "\n";
    out << "journeys " << report.journeys << ", attributed conversions " << report.conversions
        << " (value " << QString::number(report.conversionValue, 'f', 2) << ")";
    if (report.unattributedConversions > 0)
        out << ", conversions without touches " << report.unattributedConversions;
    out << "\n\nconversions credited per channel\n";
    out << QStringLiteral("%1").arg(u"channel"_s, -20);
    for (const ModelCredit& m : report.models)
        out << QStringLiteral("%1").arg(m.model, 15);
    out << QStringLiteral("%1").arg(u"removal_eff"_s, 13) << "\n";
    for (const QString& channel : report.channels) {
        out << QStringLiteral("%1").arg(channel.left(19), -20);
        for (const ModelCredit& m : report.models)
            out << QStringLiteral("%1").arg(m.overall.conversions.at(channel), 15, 'f', 3);
        out << QStringLiteral("%1").arg(report.models.back().removalEffect.at(channel), 13, 'f', 4)
            << "\n";
    }
}

int run(const QStringList& args, Io& io) {
    AttributionArgs parsed;
    if (const auto error = parseArgs(args, parsed)) {
        io.err << "pvi attribution: " << *error << "\nusage: pvi " << kUsage << "\n";
        return 2;
    }
    JourneyLoadResult loaded;
    if (parsed.workspacePath.isEmpty()) {
        loaded = loadJourneysFromCsv(parsed.touchpointsPath, parsed.conversionsPath);
    } else {
        auto opened = Workspace::open(parsed.workspacePath, Workspace::Mode::OpenExisting);
        if (!opened.workspace) {
            io.err << "pvi attribution: " << opened.error << "\n";
            return 1;
        }
        loaded = loadAttributionJourneys(*opened.workspace, parsed.source);
    }
    if (!loaded.ok()) {
        io.err << "pvi attribution: " << loaded.error << "\n";
        return 1;
    }
    const AttributionReport report = runAttribution(loaded.journeys);
    if (parsed.json)
        io.out << QJsonDocument(reportJson(report, loaded.notes)).toJson(QJsonDocument::Indented);
    else
        printText(report, loaded.notes, io.out);
    return 0;
}

const CommandRegistration registration{{"attribution", kUsage, &run}};

} // namespace
} // namespace pvi::cli
