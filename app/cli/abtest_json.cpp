#include "cli/abtest_json.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pvi::cli {

namespace {

QJsonObject armJson(const ProportionSummary& arm, const Interval& wilson) {
    return {{u"visitors"_s, static_cast<qint64>(arm.n)},
            {u"conversions"_s, static_cast<qint64>(arm.conversions)},
            {u"rate"_s, jsonNumber(arm.n > 0 ? std::optional<double>(arm.rate()) : std::nullopt)},
            {u"wilson_95"_s, jsonInterval(wilson.low, wilson.high)}};
}

QJsonObject testJson(const TestResult& test, bool withStatistic = true) {
    QJsonObject out{{u"p_value"_s, jsonNumber(test.pValue)}};
    if (withStatistic)
        out.insert(u"statistic"_s, jsonNumber(test.statistic));
    return out;
}

} // namespace

QJsonObject rateComparisonJson(const RateComparison& c, double plannedControlShare) {
    QJsonObject srm = testJson(c.srm.test);
    srm.insert(u"planned_split"_s, plannedControlShare);
    srm.insert(u"mismatch"_s, c.srm.mismatch);
    return {
        {u"control"_s, armJson(c.control, c.controlWilson)},
        {u"treatment"_s, armJson(c.treatment, c.treatmentWilson)},
        {u"lift_percent"_s, jsonNumber(c.liftPercent.estimate)},
        {u"lift_ci_95_percent"_s, jsonInterval(c.liftPercent.low, c.liftPercent.high)},
        {u"difference"_s, jsonNumber(c.difference.estimate)},
        {u"difference_ci_95"_s, jsonInterval(c.difference.low, c.difference.high)},
        {u"tests"_s, QJsonObject{{u"z"_s, testJson(c.z)},
                                 {u"chi_square"_s, testJson(c.chiSquare)},
                                 {u"chi_square_yates"_s, testJson(c.chiSquareYates)},
                                 {u"fisher_exact"_s, testJson(c.fisherExact, false)}}},
        {u"p_value"_s, jsonNumber(c.pValue)},
        {u"p_value_test"_s, c.pValue ? QJsonValue(c.pValueFromFisher ? u"fisher_exact"_s : u"z"_s)
                                     : QJsonValue(QJsonValue::Null)},
        {u"probability_to_beat"_s, jsonNumber(c.probabilityToBeat.value)},
        {u"srm"_s, srm},
        {u"verdict"_s, c.verdict},
        {u"reasons"_s, QJsonArray::fromStringList(c.reasons)},
    };
}

QJsonObject samplePlanJson(const SamplePlan& plan) {
    return {
        {u"required_sample_per_arm"_s, plan.perArm ? QJsonValue(static_cast<qint64>(*plan.perArm))
                                                   : QJsonValue(QJsonValue::Null)},
        {u"exact_sample_per_arm"_s, jsonNumber(plan.exactPerArm)},
        {u"baseline"_s, plan.baseline},
        {u"mde_absolute"_s, plan.mdeAbsolute},
        {u"mde_relative"_s, plan.baseline > 0 ? QJsonValue(plan.mdeAbsolute / plan.baseline)
                                              : QJsonValue(QJsonValue::Null)},
        {u"power"_s, plan.power},
        {u"alpha"_s, plan.alpha},
        {u"reasons"_s, QJsonArray::fromStringList(plan.reasons)},
    };
}

} // namespace pvi::cli
