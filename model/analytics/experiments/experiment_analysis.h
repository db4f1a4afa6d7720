#pragma once

#include "analytics/experiments/experiment.h"
#include "stats/always_valid.h"
#include "stats/multiple_testing.h"
#include "stats/portfolio_shrinkage.h"
#include "stats/rate_comparison.h"
#include "stats/welch_t_test.h"

#include <QDate>

#include <vector>

namespace pvi {

/// One treatment arm against the control: conversion rates and revenue per visitor.
struct ArmComparison {
    QString treatmentArm;
    double plannedControlShare = 0.5; ///< of these two arms' visitors
    RateComparison rates;
    WelchResult revenueWelch;      ///< revenue per visitor, from totals or rows
    Interval revenueLiftPercent;   ///< delta method on the ratio of means
    TestResult revenueMannWhitney; ///< only with per-visitor rows (else undefined, with reason)
    /// The conversion difference as an always-valid test, for looking at a running experiment.
    AlwaysValidResult sequential;
};

/// An experiment analysed arm by arm against its control.
struct ExperimentAnalysis {
    QString name;
    QString controlArm;
    QDate startedOn;
    QDate endedOn;
    std::vector<ArmComparison> comparisons;
    QStringList reasons; ///< why no comparison could be made
};

/// Compares each treatment arm of `experiment` with its control arm.
ExperimentAnalysis analyzeExperiment(const Experiment& experiment);

/// ab_win_rate and adjusted p-values across the comparisons of experiments concluded by `asOf`
/// (each treatment arm vs control is one test; tests without a p-value are left out), and the
/// empirical-Bayes shrinkage of their lifts (shrinkPortfolio on log(p_t/p_c) with Katz's
/// variance; the gain is extra conversions, treatment visitors × control rate × lift).
struct PortfolioAnalysis {
    struct Entry {
        QString experiment;
        QString treatmentArm;
        double pValue = 1;
        double liftPercent = 0;
        double holm = 1;
        double benjaminiHochberg = 1;
        ProportionSummary control;
        ProportionSummary treatment;
        /// After empirical-Bayes shrinkage (when the portfolio could be shrunk): the lift's
        /// posterior mean and 95% interval, in percent, and P(true lift > 0).
        std::optional<double> shrunkLiftPercent;
        std::optional<double> shrunkLowPercent;
        std::optional<double> shrunkHighPercent;
        std::optional<double> probabilityPositive;
    };
    std::vector<Entry> tests;
    WinRate winRateHolm;
    WinRate winRateBenjaminiHochberg;
    /// Shrinkage of the log rate ratios of the tests with conversions in both arms.
    PortfolioShrinkage shrinkage;
    int shrunkTests = 0;                    ///< tests that entered the shrinkage
    int rawWins = 0;                        ///< p < alpha with a positive lift, unadjusted
    int shrunkWins = 0;                     ///< shrunk 95% interval above 0
    std::optional<double> winnersShrinkage; ///< 1 − mean shrunk lift / mean raw lift of winners
};

/// One sentence on what the shrinkage means for the portfolio ("your winners' lifts are likely
/// about 40% smaller than measured"), or why there is none.
QString shrinkageSentence(const PortfolioAnalysis& portfolio);

PortfolioAnalysis analyzePortfolio(const std::vector<ExperimentAnalysis>& experiments,
                                   const QDate& asOf, double alpha = 0.05);

} // namespace pvi
