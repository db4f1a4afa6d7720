#include "analytics/lifetime/clv_backtest.h"

#include "analytics/lifetime/bgnbd_predictions.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pvi {

int defaultHoldoutWeeks(QDate firstPurchase, QDate asOf) {
    const auto historyWeeks = static_cast<int>(firstPurchase.daysTo(asOf) / 7);
    return std::min(kBacktestMaxHoldoutWeeks, historyWeeks / 4);
}

QString gradeBacktest(double relativeError) {
    if (!std::isfinite(relativeError))
        return QStringLiteral("ungraded");
    const double e = std::abs(relativeError);
    if (e <= kBacktestGoodWithin)
        return QStringLiteral("good");
    if (e <= kBacktestFairWithin)
        return QStringLiteral("fair");
    return QStringLiteral("poor");
}

ClvBacktest runClvBacktest(const std::vector<CustomerPurchaseDays>& customers, QDate asOf,
                           int holdoutWeeks) {
    ClvBacktest bt;
    bt.holdoutEnd = asOf;
    QDate first;
    for (const auto& c : customers) {
        if (!c.days.empty() && c.days.front() <= asOf &&
            (!first.isValid() || c.days.front() < first))
            first = c.days.front();
    }
    if (!first.isValid()) {
        bt.reason = QCoreApplication::translate("pvi::LifetimeText", "no purchases on or before %1")
                        .arg(asOf.toString(Qt::ISODate));
        return bt;
    }
    bt.holdoutWeeks = holdoutWeeks > 0 ? holdoutWeeks : defaultHoldoutWeeks(first, asOf);
    if (bt.holdoutWeeks < 1) {
        bt.reason =
            QCoreApplication::translate(
                "pvi::LifetimeText", "the history (%1 days) is too short for a holdout of at least "
                                     "one week (a quarter of the history)")
                .arg(first.daysTo(asOf));
        return bt;
    }
    bt.calibrationEnd = asOf.addDays(-7 * bt.holdoutWeeks);
    if (bt.calibrationEnd < first) {
        bt.reason = QCoreApplication::translate(
                        "pvi::LifetimeText", "the holdout of %1 weeks is longer than the history")
                        .arg(bt.holdoutWeeks);
        return bt;
    }
    const auto summaries = buildCustomerSummaries(customers, bt.calibrationEnd);
    bt.fit = fitBgNbd(summaries);
    if (!bt.fit.ok) {
        bt.reason = QCoreApplication::translate("pvi::LifetimeText", "calibration fit failed: %1")
                        .arg(bt.fit.reason);
        return bt;
    }

    const auto weeks = static_cast<std::size_t>(bt.holdoutWeeks);
    std::vector<double> actual(weeks, 0.0);
    for (const auto& c : customers) {
        if (c.days.empty() || c.days.front() > bt.calibrationEnd)
            continue; // acquired during the holdout: not predicted by the calibration fit
        for (const QDate& day : c.days) {
            if (day <= bt.calibrationEnd || day > asOf)
                continue;
            const auto week = static_cast<std::size_t>((bt.calibrationEnd.daysTo(day) - 1) / 7);
            actual[week] += 1.0;
        }
    }
    std::vector<double> predictedCumulative(weeks, 0.0);
    std::vector<double> horizons(weeks);
    for (std::size_t k = 0; k < weeks; ++k)
        horizons[k] = static_cast<double>(k + 1);
    BgNbdConditionalCurves curves(bt.fit.params, std::move(horizons));
    std::vector<double> expected(weeks);
    for (const auto& s : summaries) {
        curves.expectedPurchases(s.x, s.tx, s.T, expected);
        for (std::size_t k = 0; k < weeks; ++k)
            predictedCumulative[k] += expected[k];
    }
    double actualCumulative = 0.0;
    for (std::size_t k = 0; k < weeks; ++k) {
        ClvBacktestWeek w;
        w.week = static_cast<int>(k + 1);
        w.predictedCumulative = predictedCumulative[k];
        w.predictedIncremental =
            predictedCumulative[k] - (k > 0 ? predictedCumulative[k - 1] : 0.0);
        actualCumulative += actual[k];
        w.actualIncremental = actual[k];
        w.actualCumulative = actualCumulative;
        bt.weeks.push_back(w);
    }
    bt.predictedTotal = predictedCumulative.back();
    bt.actualTotal = actualCumulative;
    bt.relativeError = bt.actualTotal > 0.0 ? (bt.predictedTotal - bt.actualTotal) / bt.actualTotal
                                            : std::numeric_limits<double>::quiet_NaN();
    bt.grade = gradeBacktest(bt.relativeError);
    if (bt.grade == u"ungraded") {
        bt.verdict = QStringLiteral("Not graded: there were no repeat purchases in the %1-week "
                                    "holdout (%2 predicted).")
                         .arg(bt.holdoutWeeks)
                         .arg(bt.predictedTotal, 0, 'f', 1);
    } else {
        bt.verdict = QStringLiteral("%1: the model predicted %2 repeat purchases in the last %3 "
                                    "weeks and %4 happened (%5%6%). Good is within %7%, fair "
                                    "within %8%.")
                         .arg(bt.grade.at(0).toUpper() + bt.grade.mid(1))
                         .arg(bt.predictedTotal, 0, 'f', 1)
                         .arg(bt.holdoutWeeks)
                         .arg(bt.actualTotal, 0, 'f', 0)
                         .arg(bt.relativeError >= 0 ? QStringLiteral("+") : QString())
                         .arg(100.0 * bt.relativeError, 0, 'f', 1)
                         .arg(100.0 * kBacktestGoodWithin, 0, 'f', 0)
                         .arg(100.0 * kBacktestFairWithin, 0, 'f', 0);
    }
    bt.ok = true;
    return bt;
}

} // namespace pvi
