#pragma once

#include "analytics/experiments/experiment.h"
#include "stats/multiple_testing.h"
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
/// (each treatment arm vs control is one test; tests without a p-value are left out).
struct PortfolioAnalysis {
    struct Entry {
        QString experiment;
        QString treatmentArm;
        double pValue = 1;
        double liftPercent = 0;
        double holm = 1;
        double benjaminiHochberg = 1;
    };
    std::vector<Entry> tests;
    WinRate winRateHolm;
    WinRate winRateBenjaminiHochberg;
};

PortfolioAnalysis analyzePortfolio(const std::vector<ExperimentAnalysis>& experiments,
                                   const QDate& asOf, double alpha = 0.05);

} // namespace pvi
