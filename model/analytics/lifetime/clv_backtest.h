#pragma once

#include "analytics/lifetime/bgnbd_fit.h"
#include "analytics/rfm/rfm_summary.h"

#include <QDate>
#include <QString>

#include <vector>

namespace pvi {

/// One holdout week: repeat purchases (purchase days) predicted vs observed.
struct ClvBacktestWeek {
    int week = 0;                      ///< 1-based week of the holdout
    double predictedIncremental = 0.0; ///< expected repeat purchases in this week
    double actualIncremental = 0.0;    ///< observed repeat purchase days in this week
    double predictedCumulative = 0.0;  ///< expected repeat purchases up to the week's end
    double actualCumulative = 0.0;     ///< observed repeat purchase days up to the week's end
};

/// A BG/NBD backtest: fitted on the purchases up to calibrationEnd, predicted on the holdout
/// (calibrationEnd, holdoutEnd] for the customers already acquired at calibrationEnd.
struct ClvBacktest {
    bool ok = false;      ///< false with a reason when the history is too short or the fit failed
    QString reason;       ///< why there is no backtest
    QDate calibrationEnd; ///< last day of the fitting period
    QDate holdoutEnd;     ///< last day of the holdout (the as-of date)
    int holdoutWeeks = 0; ///< length of the holdout
    BgNbdFit fit;         ///< the calibration fit
    std::vector<ClvBacktestWeek> weeks; ///< one row per holdout week
    double predictedTotal = 0.0;        ///< expected repeat purchases over the holdout
    double actualTotal = 0.0;           ///< observed repeat purchase days over the holdout
    double relativeError = 0.0;         ///< (predicted - actual) / actual (NaN when actual is 0)
    QString grade;                      ///< "good", "fair", "poor" or "ungraded"
    QString verdict;                    ///< the grade explained in one sentence
};

/// Relative error of the holdout total within which the backtest is graded "good".
inline constexpr double kBacktestGoodWithin = 0.10;
/// Relative error of the holdout total within which the backtest is graded "fair".
inline constexpr double kBacktestFairWithin = 0.20;
/// Longest default holdout, in weeks.
inline constexpr int kBacktestMaxHoldoutWeeks = 26;

/// Default holdout: a quarter of the history (whole weeks from the first purchase to asOf),
/// at most 26 weeks.
int defaultHoldoutWeeks(QDate firstPurchase, QDate asOf);

/// Grades a relative error: "good" within 10%, "fair" within 20%, "poor" beyond; "ungraded"
/// when it is not finite.
QString gradeBacktest(double relativeError);

/// Runs the backtest on purchase days up to asOf with a holdout of holdoutWeeks weeks
/// (0: the default).
ClvBacktest runClvBacktest(const std::vector<CustomerPurchaseDays>& customers, QDate asOf,
                           int holdoutWeeks = 0);

} // namespace pvi
