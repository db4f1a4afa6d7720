#pragma once

#include <QStringList>

#include <cstdint>
#include <optional>

namespace pvi {

/// Visitors needed per arm to detect an absolute change of a conversion rate.
struct SamplePlan {
    std::optional<std::int64_t> perArm; ///< the exact value rounded to the nearest visitor
    std::optional<double> exactPerArm;  ///< the formula's real value
    double baseline = 0;
    double mdeAbsolute = 0;
    double power = 0.8;
    double alpha = 0.05;
    QStringList reasons;
};

/// Evan Miller's sample size per arm for a two-sided test at level `alpha` with `power`:
/// n = (z₁₋α/₂·√(2p(1−p)) + z_power·√(p(1−p) + (p+d)(1−p−d)))² / d², with p the baseline and
/// d the absolute minimum detectable effect (negative d detects a drop). Rounded to the nearest
/// visitor as his calculator shows it (20% baseline, 5 points → 1,030).
SamplePlan requiredSamplePerArm(double baseline, double mdeAbsolute, double power = 0.8,
                                double alpha = 0.05);

/// The same with the effect relative to the baseline (0.1 = a 10% lift, d = p × 0.1).
SamplePlan requiredSamplePerArmRelative(double baseline, double mdeRelative, double power = 0.8,
                                        double alpha = 0.05);

/// The smallest absolute increase of the baseline rate that `visitorsPerArm` per arm detect with
/// `power` at level `alpha` (the inverse of the formula above, found by root finding). Empty,
/// with a reason, when even the largest possible increase needs more visitors.
struct DetectableEffect {
    std::optional<double> mdeAbsolute;
    std::optional<double> mdeRelative;
    QStringList reasons;
};

DetectableEffect detectableEffect(double baseline, double visitorsPerArm, double power = 0.8,
                                  double alpha = 0.05);

/// Visitors needed when the control gets `controlShare` of them and the treatment the rest.
struct SplitPlan {
    std::optional<std::int64_t> control;   ///< control visitors, rounded up
    std::optional<std::int64_t> treatment; ///< treatment visitors, rounded up
    std::optional<double> exactTotal;      ///< the formula's real value for both arms together
    double baseline = 0;
    double mdeAbsolute = 0;
    double controlShare = 0.5;
    double power = 0.8;
    double alpha = 0.05;
    QStringList reasons;
};

/// Evan Miller's formula for an uneven split s (the control's share) of N visitors:
/// N = (z₁₋α/₂·√(p(1−p)(1/s + 1/(1−s))) + z_power·√(p(1−p)/s + (p+d)(1−p−d)/(1−s)))² / d²,
/// the null variance from the baseline in both arms, the alternative's from each arm's rate.
/// At s = ½ it is twice requiredSamplePerArm's n. Checked against statsmodels'
/// normal_sample_size_one_tail with ratio = (1−s)/s (tests/reference/stats).
SplitPlan requiredSampleForSplit(double baseline, double mdeAbsolute, double controlShare = 0.5,
                                 double power = 0.8, double alpha = 0.05);

/// The smallest absolute increase that `totalVisitors` split `controlShare` : 1 − controlShare
/// detect with `power` at level `alpha` (the inverse of requiredSampleForSplit).
DetectableEffect detectableEffectForSplit(double baseline, double totalVisitors,
                                          double controlShare = 0.5, double power = 0.8,
                                          double alpha = 0.05);

} // namespace pvi
