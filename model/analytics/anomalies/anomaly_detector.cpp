#include "analytics/anomalies/anomaly_detector.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pvi {

namespace {

constexpr double kMadToSigma = 1.4826;    // 1/Φ⁻¹(3/4): MAD of a normal sample → σ
constexpr double kMeanAdToSigma = 1.2533; // √(π/2): mean absolute deviation → σ

/// The history dates of the point at position `it` in the series.
std::vector<QDate> historyDates(const DatedSeries& series, DatedSeries::const_iterator it,
                                SeriesGranularity granularity, int window) {
    std::vector<QDate> dates;
    if (granularity == SeriesGranularity::Daily) {
        for (int k = 1; k <= window; ++k) {
            const QDate d = it->first.addDays(-7 * k);
            if (series.count(d))
                dates.push_back(d);
        }
        return dates;
    }
    for (auto back = it; back != series.begin() && static_cast<int>(dates.size()) < window;) {
        --back;
        dates.push_back(back->first);
    }
    return dates;
}

struct Scale {
    double value = 0.0;
    QString note;
};

Scale robustScale(const std::vector<double>& history, double median) {
    std::vector<double> deviations;
    deviations.reserve(history.size());
    double meanAbs = 0.0;
    for (double v : history) {
        deviations.push_back(std::abs(v - median));
        meanAbs += std::abs(v - median);
    }
    meanAbs /= static_cast<double>(history.size());
    const double mad = medianOf(deviations);
    if (mad > 0.0)
        return {kMadToSigma * mad, {}};
    if (meanAbs > 0.0) {
        return {kMeanAdToSigma * meanAbs,
                QStringLiteral("MAD is 0: scale from the mean absolute deviation")};
    }
    return {0.0, QStringLiteral("the history is constant: any change is flagged")};
}

void nameSegment(Anomaly& anomaly, const std::vector<QDate>& dates,
                 const std::map<QString, DatedSeries>& segments) {
    const double direction = anomaly.score < 0.0 ? -1.0 : 1.0;
    bool found = false;
    double best = 0.0;
    for (const auto& [name, segment] : segments) {
        // An init-capture: clang 14 (the fuzz build) cannot capture a structured binding.
        const auto valueAt = [&series = segment](const QDate& d) {
            const auto at = series.find(d);
            return at == series.end() ? 0.0 : at->second;
        };
        std::vector<double> history;
        for (const QDate& d : dates)
            history.push_back(valueAt(d));
        const double deviation = valueAt(anomaly.date) - medianOf(history);
        if (!found || direction * deviation > best) {
            found = true;
            best = direction * deviation;
            anomaly.segment = name;
            anomaly.segmentDeviation = deviation;
        }
    }
}

} // namespace

QString anomalySeverityId(AnomalySeverity severity) {
    return severity == AnomalySeverity::Alert ? QStringLiteral("alert") : QStringLiteral("watch");
}

double medianOf(std::vector<double> values) {
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

AnomalyReport detectAnomalies(const DatedSeries& series, SeriesGranularity granularity,
                              const AnomalySettings& settings,
                              const std::map<QString, DatedSeries>& segments) {
    AnomalyReport report;
    for (auto it = series.begin(); it != series.end(); ++it) {
        const std::vector<QDate> dates = historyDates(series, it, granularity, settings.window);
        if (static_cast<int>(dates.size()) < settings.minHistory) {
            report.skipped.push_back(
                {it->first, QStringLiteral("history too short: %1 of the %2 values needed")
                                .arg(dates.size())
                                .arg(settings.minHistory)});
            continue;
        }
        std::vector<double> history;
        for (const QDate& d : dates)
            history.push_back(series.at(d));
        ++report.checked;
        const double median = medianOf(history);
        const Scale scale = robustScale(history, median);
        const double deviation = it->second - median;
        double score = 0.0;
        if (scale.value > 0.0)
            score = deviation / scale.value;
        else if (deviation != 0.0)
            score = std::copysign(std::numeric_limits<double>::infinity(), deviation);
        if (std::abs(score) < settings.threshold)
            continue;
        Anomaly anomaly;
        anomaly.date = it->first;
        anomaly.value = it->second;
        anomaly.expected = median;
        anomaly.score = score;
        anomaly.severity = std::abs(score) >= settings.alertThreshold ? AnomalySeverity::Alert
                                                                      : AnomalySeverity::Watch;
        anomaly.note = scale.note;
        if (!segments.empty())
            nameSegment(anomaly, dates, segments);
        report.anomalies.push_back(anomaly);
    }
    return report;
}

} // namespace pvi
