#include "analytics/attribution/attribution_rules.h"

#include <cmath>

namespace pvi {

namespace {

std::vector<double> timeDecayShares(const std::vector<Touch>& touches,
                                    const QDateTime& convertedAt) {
    // Weights 2^(−(conversion − touch)/half-life). Each is computed relative to the latest touch
    // (a common factor that normalization cancels), so years-old touches cannot underflow all
    // weights to zero.
    const QDateTime reference = convertedAt.isValid() ? convertedAt : touches.back().at;
    const double latestAge = static_cast<double>(touches.back().at.msecsTo(reference)) / 1000.0;
    std::vector<double> weights;
    weights.reserve(touches.size());
    double sum = 0.0;
    for (const Touch& touch : touches) {
        const double age = static_cast<double>(touch.at.msecsTo(reference)) / 1000.0;
        const double w = std::exp2(-(age - latestAge) / kTimeDecayHalfLifeSeconds);
        weights.push_back(w);
        sum += w;
    }
    for (double& w : weights)
        w /= sum;
    return weights;
}

} // namespace

std::vector<AttributionRule> attributionRules() {
    return {AttributionRule::FirstTouch, AttributionRule::LastTouch,     AttributionRule::Linear,
            AttributionRule::TimeDecay,  AttributionRule::PositionBased, AttributionRule::WShaped};
}

QString attributionRuleId(AttributionRule rule) {
    switch (rule) {
    case AttributionRule::FirstTouch:
        return QStringLiteral("first_touch");
    case AttributionRule::LastTouch:
        return QStringLiteral("last_touch");
    case AttributionRule::Linear:
        return QStringLiteral("linear");
    case AttributionRule::TimeDecay:
        return QStringLiteral("time_decay");
    case AttributionRule::PositionBased:
        return QStringLiteral("position_based");
    case AttributionRule::WShaped:
        return QStringLiteral("w_shaped");
    }
    return {};
}

std::vector<double> attributionShares(AttributionRule rule, const std::vector<Touch>& touches,
                                      const QDateTime& convertedAt) {
    const std::size_t n = touches.size();
    if (n == 0)
        return {};
    std::vector<double> shares(n, 0.0);
    if (n == 1) {
        shares[0] = 1.0;
        return shares;
    }
    const double count = static_cast<double>(n);
    switch (rule) {
    case AttributionRule::FirstTouch:
        shares.front() = 1.0;
        break;
    case AttributionRule::LastTouch:
        shares.back() = 1.0;
        break;
    case AttributionRule::Linear:
        for (double& s : shares)
            s = 1.0 / count;
        break;
    case AttributionRule::TimeDecay:
        return timeDecayShares(touches, convertedAt);
    case AttributionRule::PositionBased:
        if (n == 2) {
            shares[0] = shares[1] = 0.5;
            break;
        }
        for (double& s : shares)
            s = 0.2 / (count - 2.0);
        shares.front() = shares.back() = 0.4;
        break;
    case AttributionRule::WShaped: {
        if (n == 2) {
            shares[0] = shares[1] = 0.5;
            break;
        }
        if (n == 3) {
            shares[0] = shares[1] = shares[2] = 1.0 / 3.0;
            break;
        }
        for (double& s : shares)
            s = 0.1 / (count - 3.0);
        shares.front() = shares.back() = 0.3;
        shares[(n - 1) / 2] = 0.3;
        break;
    }
    }
    return shares;
}

} // namespace pvi
