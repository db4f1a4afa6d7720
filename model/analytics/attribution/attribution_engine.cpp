#include "analytics/attribution/attribution_engine.h"

#include "analytics/attribution/attribution_rules.h"
#include "analytics/attribution/markov_chain.h"

namespace pvi {

namespace {

void zeroFill(CreditSplit& split, const std::vector<QString>& channels) {
    for (const QString& channel : channels) {
        split.conversions[channel] += 0.0;
        split.value[channel] += 0.0;
    }
}

ModelCredit emptyModel(const QString& id, const std::vector<QString>& channels) {
    ModelCredit model;
    model.model = id;
    zeroFill(model.overall, channels);
    zeroFill(model.personalized, channels);
    zeroFill(model.generic, channels);
    return model;
}

void credit(ModelCredit& model, const Touch& touch, double share, const Journey& journey) {
    CreditSplit& side = touch.personalized ? model.personalized : model.generic;
    model.overall.conversions[touch.channel] += share * journey.weight;
    model.overall.value[touch.channel] += share * journey.value;
    side.conversions[touch.channel] += share * journey.weight;
    side.value[touch.channel] += share * journey.value;
}

ModelCredit markovModel(const std::vector<Journey>& journeys, AttributionReport& report) {
    ModelCredit model = emptyModel(QStringLiteral("markov"), report.channels);
    const MarkovChain chain(journeys);
    model.removalEffect = chain.removalEffects();
    report.markovConversionProbability = chain.conversionProbability();
    double effectSum = 0.0;
    for (const auto& [channel, effect] : model.removalEffect)
        effectSum += effect;

    // Touch shares per channel on converted journeys, for the personalized/generic split.
    ChannelCredit touches, personalizedTouches, touchValue, personalizedValue;
    for (const Journey& journey : journeys) {
        if (!journey.converted)
            continue;
        for (const Touch& touch : countedTouches(journey)) {
            touches[touch.channel] += journey.weight;
            touchValue[touch.channel] += journey.value;
            if (touch.personalized) {
                personalizedTouches[touch.channel] += journey.weight;
                personalizedValue[touch.channel] += journey.value;
            }
        }
    }
    for (const auto& [channel, effect] : model.removalEffect) {
        const double share = effectSum > 0.0 ? effect / effectSum : 0.0;
        const double conversions = share * report.conversions;
        const double value = share * report.conversionValue;
        const double pConv =
            touches[channel] > 0.0 ? personalizedTouches[channel] / touches[channel] : 0.0;
        const double pValue =
            touchValue[channel] > 0.0 ? personalizedValue[channel] / touchValue[channel] : pConv;
        model.overall.conversions[channel] = conversions;
        model.overall.value[channel] = value;
        model.personalized.conversions[channel] = conversions * pConv;
        model.personalized.value[channel] = value * pValue;
        model.generic.conversions[channel] = conversions * (1.0 - pConv);
        model.generic.value[channel] = value * (1.0 - pValue);
    }
    return model;
}

} // namespace

AttributionReport runAttribution(const std::vector<Journey>& journeys) {
    AttributionReport report;
    report.journeys = static_cast<int>(journeys.size());
    std::vector<std::vector<Touch>> counted;
    counted.reserve(journeys.size());
    std::map<QString, bool> channelSet;
    for (const Journey& journey : journeys) {
        counted.push_back(countedTouches(journey));
        for (const Touch& touch : counted.back())
            channelSet[touch.channel] = true;
        if (!journey.converted)
            continue;
        if (counted.back().empty()) {
            report.unattributedConversions += journey.weight;
            report.unattributedValue += journey.value;
        } else {
            report.conversions += journey.weight;
            report.conversionValue += journey.value;
        }
    }
    for (const auto& entry : channelSet)
        report.channels.push_back(entry.first);

    for (const AttributionRule rule : attributionRules()) {
        ModelCredit model = emptyModel(attributionRuleId(rule), report.channels);
        for (std::size_t j = 0; j < journeys.size(); ++j) {
            const Journey& journey = journeys[j];
            if (!journey.converted || counted[j].empty())
                continue;
            const std::vector<double> shares =
                attributionShares(rule, counted[j], journey.convertedAt);
            for (std::size_t t = 0; t < shares.size(); ++t)
                credit(model, counted[j][t], shares[t], journey);
        }
        report.models.push_back(std::move(model));
    }
    report.models.push_back(markovModel(journeys, report));
    return report;
}

} // namespace pvi
