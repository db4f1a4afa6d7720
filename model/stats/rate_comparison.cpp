#include "stats/rate_comparison.h"

#include "stats/ab_verdict.h"
#include "stats/lift.h"
#include "stats/probability_to_beat.h"
#include "stats/proportion_intervals.h"
#include "stats/proportion_tests.h"

namespace pvi {

namespace {

void collect(QStringList& into, const QString& what, const QStringList& reasons) {
    for (const QString& reason : reasons) {
        const QString line = what + QStringLiteral(": ") + reason;
        if (!into.contains(line))
            into << line;
    }
}

} // namespace

RateComparison compareRates(const ProportionSummary& control, const ProportionSummary& treatment,
                            double plannedControlShare) {
    RateComparison c;
    c.control = control;
    c.treatment = treatment;
    c.controlWilson = wilsonInterval(control);
    c.treatmentWilson = wilsonInterval(treatment);
    c.liftPercent = rateLift(control, treatment);
    c.difference = newcombeDifferenceInterval(control, treatment);
    c.z = twoProportionZTest(control, treatment);
    c.chiSquare = chiSquareTest(control, treatment, false);
    c.chiSquareYates = chiSquareTest(control, treatment, true);
    c.fisherExact = fisherExactTest(control, treatment);
    const TestResult headline = headlineRateTest(control, treatment, &c.pValueFromFisher);
    c.pValue = headline.pValue;
    c.probabilityToBeat = probabilityToBeat(control, treatment);
    c.srm = sampleRatioMismatch(control.n, treatment.n, plannedControlShare);

    collect(c.reasons, QStringLiteral("control interval"), c.controlWilson.reasons);
    collect(c.reasons, QStringLiteral("treatment interval"), c.treatmentWilson.reasons);
    collect(c.reasons, QStringLiteral("lift"), c.liftPercent.reasons);
    collect(c.reasons, QStringLiteral("difference"), c.difference.reasons);
    collect(c.reasons, QStringLiteral("z-test"), c.z.reasons);
    collect(c.reasons, QStringLiteral("chi-square"), c.chiSquare.reasons);
    collect(c.reasons, QStringLiteral("chi-square (Yates)"), c.chiSquareYates.reasons);
    collect(c.reasons, QStringLiteral("Fisher's exact test"), c.fisherExact.reasons);
    collect(c.reasons, QStringLiteral("p-value"), headline.reasons);
    collect(c.reasons, QStringLiteral("probability to beat"), c.probabilityToBeat.reasons);
    collect(c.reasons, QStringLiteral("sample ratio"), c.srm.test.reasons);
    c.verdict = abVerdict(c);
    return c;
}

} // namespace pvi
