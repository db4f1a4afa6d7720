#include "stats/ab_verdict.h"

#include "stats/rate_comparison.h"
#include "stats/sample_size_planner.h"

#include <cmath>

namespace pvi {

namespace {

QString percent(double rate) {
    return QString::number(rate * 100.0, 'f', 2) + QStringLiteral("%");
}

QString signedPercent(double value) {
    return (value >= 0 ? QStringLiteral("+") : QString()) + QString::number(value, 'f', 1) +
           QStringLiteral("%");
}

QString pText(double p) {
    return p < 0.0001 ? QStringLiteral("p < 0.0001")
                      : QStringLiteral("p = ") + QString::number(p, 'g', 2);
}

QString chanceText(const RateComparison& c) {
    if (!c.probabilityToBeat.value)
        return {};
    return QStringLiteral(" The chance that the treatment is truly better is %1.")
        .arg(QString::number(*c.probabilityToBeat.value * 100.0, 'f', 1) + QStringLiteral("%"));
}

QString liftText(const RateComparison& c) {
    if (!c.liftPercent.estimate)
        return {};
    QString text = QStringLiteral(" (lift ") + signedPercent(*c.liftPercent.estimate);
    if (c.liftPercent.defined())
        text += QStringLiteral(", 95% interval %1 to %2")
                    .arg(signedPercent(*c.liftPercent.low), signedPercent(*c.liftPercent.high));
    return text + QStringLiteral(")");
}

} // namespace

QString abVerdict(const RateComparison& c, double alpha) {
    if (c.srm.mismatch) {
        return QStringLiteral("Broken test: the visitors did not split as planned (%1 control vs "
                              "%2 treatment, sample-ratio check %3). Fix the assignment and "
                              "restart before trusting any result.")
            .arg(c.control.n)
            .arg(c.treatment.n)
            .arg(pText(c.srm.test.pValue.value_or(0.0)));
    }
    if (c.control.n <= 0 || c.treatment.n <= 0)
        return QStringLiteral("No verdict yet: each arm needs visitors.");
    const double rc = c.control.rate();
    const double rt = c.treatment.rate();
    const QString rates =
        QStringLiteral("treatment converts at %1 vs %2 for control").arg(percent(rt), percent(rc));
    if (!c.pValue) {
        return QStringLiteral("No verdict yet: %1, and with %2 there is no variation to test. "
                              "Keep the test running.")
            .arg(rates, c.control.conversions + c.treatment.conversions == 0
                            ? QStringLiteral("no conversion in either arm")
                            : QStringLiteral("every visitor converting"));
    }
    const double p = *c.pValue;
    if (p < alpha && rt != rc) {
        const QString winner =
            rt > rc ? QStringLiteral("The treatment wins") : QStringLiteral("The control wins");
        return QStringLiteral("%1: %2%3. A gap this large would arise by chance less than %4 of "
                              "the time if both versions converted equally (%5).%6")
            .arg(winner, rates, liftText(c),
                 QString::number(std::max(p, 1e-4) * 100.0, 'g', 2) + QStringLiteral("%"), pText(p),
                 chanceText(c));
    }
    const double gap = rt - rc;
    if (gap == 0.0) {
        return QStringLiteral("No difference so far: both arms convert at %1 (%2).%3 More visitors "
                              "would only narrow the interval around a zero lift.")
            .arg(percent(rc), pText(p), chanceText(c));
    }
    QString text = QStringLiteral("Not settled: %1%2, but a gap this size could be chance (%3).%4")
                       .arg(rates, liftText(c), pText(p), chanceText(c));
    const SamplePlan plan = requiredSamplePerArm(rc, gap);
    const qint64 current = std::min(c.control.n, c.treatment.n);
    if (plan.perArm && *plan.perArm > current) {
        text +=
            QStringLiteral(" Confirming a gap of %1 points would take about %2 visitors per arm "
                           "(the smaller arm has %3).")
                .arg(QString::number(std::fabs(gap) * 100.0, 'f', 2))
                .arg(*plan.perArm)
                .arg(current);
    }
    return text;
}

} // namespace pvi
