#include "analytics/attribution/ga4_path_journeys.h"

#include "analytics/attribution/traffic_channel.h"

#include <QRegularExpression>

#include <algorithm>

namespace pvi {

QStringList ga4PathSteps(const QString& path) {
    static const QRegularExpression repeat(QStringLiteral("^(.*\\S)\\s*\u00D7\\s*(\\d+)$"));
    QStringList steps;
    for (const QString& part : path.split(QStringLiteral(" > "))) {
        const QString step = part.trimmed();
        if (step.isEmpty())
            continue;
        const QRegularExpressionMatch m = repeat.match(step);
        const int times = m.hasMatch() ? std::clamp(m.captured(2).toInt(), 1, 1000) : 1;
        for (int i = 0; i < times; ++i)
            steps.append(m.hasMatch() ? m.captured(1) : step);
    }
    return steps;
}

bool ga4StepIsPersonalized(const QString& step, const QStringList& landingPrefixes) {
    if (!step.startsWith(u'/') && !step.contains(QStringLiteral("://")))
        return false;
    return landingUnderPrefix(step, landingPrefixes);
}

std::vector<Journey> ga4PathJourneys(const std::vector<Ga4Path>& paths,
                                     const QStringList& landingPrefixes) {
    std::vector<Journey> journeys;
    for (const Ga4Path& p : paths) {
        const QStringList steps = ga4PathSteps(p.path);
        if (p.conversions <= 0 || steps.isEmpty())
            continue;
        Journey journey;
        journey.key =
            QStringLiteral("ga4:%1..%2:%3:%4")
                .arg(p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate), p.dimension, p.path);
        journey.converted = true;
        journey.convertedAt = QDateTime(p.to, QTime(23, 59, 59), Qt::UTC);
        journey.value = p.revenue;
        journey.weight = p.conversions;
        const double spanSeconds = std::max(0.0, p.daysToConversion.value_or(0.0)) * 86400.0;
        const qsizetype n = steps.size();
        for (qsizetype i = 0; i < n; ++i) {
            const double before = n > 1 ? spanSeconds * double(n - 1 - i) / double(n - 1) : 0.0;
            journey.touches.push_back({steps.at(i),
                                       journey.convertedAt.addMSecs(-qint64(before * 1000.0)),
                                       ga4StepIsPersonalized(steps.at(i), landingPrefixes)});
        }
        journeys.push_back(std::move(journey));
    }
    std::sort(journeys.begin(), journeys.end(),
              [](const Journey& a, const Journey& b) { return a.key < b.key; });
    return journeys;
}

} // namespace pvi
