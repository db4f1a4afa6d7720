#include "stats/ab_verdict.h"

#include "stats/rate_comparison.h"
#include "stats/sample_size_planner.h"

#include <QCoreApplication>

#include <cmath>

namespace pvi {

namespace {

/// `number` followed by a percent sign, spaced as French writes it.
QString withPercent(const QString& number, const QLocale& locale) {
    return number +
           (locale.language() == QLocale::French ? QStringLiteral("\u00A0%") : QStringLiteral("%"));
}

QString percent(double rate, const QLocale& locale) {
    return withPercent(locale.toString(rate * 100.0, 'f', 2), locale);
}

QString signedPercent(double value, const QLocale& locale) {
    return (value >= 0 ? QStringLiteral("+") : QString()) +
           withPercent(locale.toString(value, 'f', 1), locale);
}

QString pText(double p, const QLocale& locale) {
    return p < 0.0001 ? QStringLiteral("p < ") + locale.toString(0.0001, 'f', 4)
                      : QStringLiteral("p = ") + locale.toString(p, 'g', 2);
}

QString chanceText(const RateComparison& c, const QLocale& locale) {
    if (!c.probabilityToBeat.value)
        return {};
    return QCoreApplication::translate("pvi::AbVerdict",
                                       " The chance that the treatment is truly better is %1.")
        .arg(withPercent(locale.toString(*c.probabilityToBeat.value * 100.0, 'f', 1), locale));
}

QString liftText(const RateComparison& c, const QLocale& locale) {
    if (!c.liftPercent.estimate)
        return {};
    const QString lift = signedPercent(*c.liftPercent.estimate, locale);
    if (!c.liftPercent.defined())
        return QCoreApplication::translate("pvi::AbVerdict", " (lift %1)").arg(lift);
    return QCoreApplication::translate("pvi::AbVerdict", " (lift %1, 95% interval %2 to %3)")
        .arg(lift, signedPercent(*c.liftPercent.low, locale),
             signedPercent(*c.liftPercent.high, locale));
}

} // namespace

QString abVerdict(const RateComparison& c, double alpha, const QLocale& locale) {
    if (c.srm.mismatch) {
        return QCoreApplication::translate(
                   "pvi::AbVerdict",
                   "Broken test: the visitors did not split as planned (%1 control vs "
                   "%2 treatment, sample-ratio check %3). Fix the assignment and "
                   "restart before trusting any result.")
            .arg(locale.toString(c.control.n), locale.toString(c.treatment.n),
                 pText(c.srm.test.pValue.value_or(0.0), locale));
    }
    if (c.control.n <= 0 || c.treatment.n <= 0)
        return QCoreApplication::translate("pvi::AbVerdict",
                                           "No verdict yet: each arm needs visitors.");
    const double rc = c.control.rate();
    const double rt = c.treatment.rate();
    const QString rates =
        QCoreApplication::translate("pvi::AbVerdict", "treatment converts at %1 vs %2 for control")
            .arg(percent(rt, locale), percent(rc, locale));
    if (!c.pValue) {
        return QCoreApplication::translate(
                   "pvi::AbVerdict", "No verdict yet: %1, and with %2 there is no variation to "
                                     "test. Keep the test running.")
            .arg(rates,
                 c.control.conversions + c.treatment.conversions == 0
                     ? QCoreApplication::translate("pvi::AbVerdict", "no conversion in either arm")
                     : QCoreApplication::translate("pvi::AbVerdict", "every visitor converting"));
    }
    const double p = *c.pValue;
    if (p < alpha && rt != rc) {
        const QString winner =
            rt > rc ? QCoreApplication::translate("pvi::AbVerdict", "The treatment wins")
                    : QCoreApplication::translate("pvi::AbVerdict", "The control wins");
        return QCoreApplication::translate(
                   "pvi::AbVerdict", "%1: %2%3. A gap this large would arise by chance less than "
                                     "%4 of the time if both versions converted equally (%5).%6")
            .arg(winner, rates, liftText(c, locale),
                 withPercent(locale.toString(std::max(p, 1e-4) * 100.0, 'g', 2), locale),
                 pText(p, locale), chanceText(c, locale));
    }
    const double gap = rt - rc;
    if (gap == 0.0) {
        return QCoreApplication::translate(
                   "pvi::AbVerdict", "No difference so far: both arms convert at %1 (%2).%3 More "
                                     "visitors would only narrow the interval around a zero lift.")
            .arg(percent(rc, locale), pText(p, locale), chanceText(c, locale));
    }
    QString text =
        QCoreApplication::translate(
            "pvi::AbVerdict", "Not settled: %1%2, but a gap this size could be chance (%3).%4")
            .arg(rates, liftText(c, locale), pText(p, locale), chanceText(c, locale));
    const SamplePlan plan = requiredSamplePerArm(rc, gap);
    const qint64 current = std::min(c.control.n, c.treatment.n);
    if (plan.perArm && *plan.perArm > current) {
        text += QCoreApplication::translate("pvi::AbVerdict",
                                            " Confirming a gap of %1 points would take about %2 "
                                            "visitors per arm (the smaller arm has %3).")
                    .arg(locale.toString(std::fabs(gap) * 100.0, 'f', 2),
                         locale.toString(*plan.perArm), locale.toString(current));
    }
    return text;
}

} // namespace pvi
