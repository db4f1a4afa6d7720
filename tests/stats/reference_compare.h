#pragma once
// Comparison helpers for the statistics suites: an actual optional value against a JSON
// reference value (null = undefined), with the tolerance named and both numbers printed.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace pvi::test {

/// How close an actual value must be: |a − e| ≤ absolute + relative·|e|.
struct Tolerance {
    double relative = 0;
    double absolute = 0;
};

/// The tolerances of the A/B references (scipy/statsmodels values stored as JSON): p-values to
/// 1e-6 relative, test statistics to 1e-9, posterior probabilities to 1e-6 absolute.
inline constexpr Tolerance kPValue{1e-6, 1e-300};
inline constexpr Tolerance kStatistic{1e-9, 1e-12};
inline constexpr Tolerance kProbability{0, 1e-6};

/// Empty string when `actual` matches `expected` (both undefined, or both defined and within
/// tolerance); otherwise a message naming `what`, the source and both values.
QString mismatch(const QString& what, const std::optional<double>& actual,
                 const QJsonValue& expected, Tolerance tolerance);

/// The reference document tests/reference/stats/ab_cases.json.
QJsonObject loadAbReference();

/// The reference document tests/reference/stats/experiment_methods.json (planner for uneven
/// splits, always-valid test, CUPED, portfolio shrinkage).
QJsonObject loadExperimentMethodsReference();

/// Collects every mismatch of a test function, so one run reports all of them.
struct MismatchList {
    QStringList failures;
    void check(const QString& what, const std::optional<double>& actual, const QJsonValue& expected,
               Tolerance tolerance) {
        if (QString m = mismatch(what, actual, expected, tolerance); !m.isEmpty())
            failures << m;
    }
    QByteArray report() const { return failures.join(u'\n').toUtf8(); }
};

} // namespace pvi::test
