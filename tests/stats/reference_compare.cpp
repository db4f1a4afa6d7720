#include "reference_compare.h"

#include "test_paths.h"

#include <QFile>

#include <cmath>

namespace pvi::test {

QString mismatch(const QString& what, const std::optional<double>& actual,
                 const QJsonValue& expected, Tolerance tolerance) {
    const auto show = [](const std::optional<double>& v) {
        return v ? QString::number(*v, 'g', 17) : QStringLiteral("undefined");
    };
    if (expected.isNull() || expected.isUndefined()) {
        return actual ? what + QStringLiteral(": expected undefined, got ") + show(actual)
                      : QString();
    }
    const double e = expected.toDouble();
    if (!actual)
        return what + QStringLiteral(": expected ") + show(e) + QStringLiteral(", got undefined");
    const double allowed = tolerance.absolute + tolerance.relative * std::fabs(e);
    if (std::fabs(*actual - e) <= allowed)
        return {};
    return what + QStringLiteral(": expected %1, got %2 (|diff| %3 > %4)")
                      .arg(show(e), show(actual), QString::number(std::fabs(*actual - e), 'g', 3),
                           QString::number(allowed, 'g', 3));
}

namespace {

QJsonObject loadStatsReference(const QString& fileName) {
    QFile file(QStringLiteral(PVI_REFERENCE_DIR "/stats/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

QJsonObject loadAbReference() {
    return loadStatsReference(QStringLiteral("ab_cases.json"));
}

QJsonObject loadExperimentMethodsReference() {
    return loadStatsReference(QStringLiteral("experiment_methods.json"));
}

} // namespace pvi::test
