#include "analytics/attribution/journey_stage_funnel.h"

#include <limits>

namespace pvi {

namespace {

std::vector<StageStep> emptySteps() {
    std::vector<StageStep> steps;
    for (int s = 0; s + 1 < kJourneyStageCount; ++s)
        steps.push_back({static_cast<JourneyStage>(s), static_cast<JourneyStage>(s + 1), 0, 0});
    return steps;
}

void count(std::vector<StageStep>& steps, int furthest) {
    for (int s = 0; s + 1 < kJourneyStageCount; ++s) {
        if (furthest >= s)
            ++steps[static_cast<std::size_t>(s)].reached;
        if (furthest >= s + 1)
            ++steps[static_cast<std::size_t>(s)].moved;
    }
}

} // namespace

QString journeyStageId(JourneyStage stage) {
    switch (stage) {
    case JourneyStage::Visit:
        return QStringLiteral("visit");
    case JourneyStage::AddToCart:
        return QStringLiteral("add_to_cart");
    case JourneyStage::Order:
        return QStringLiteral("order");
    case JourneyStage::Repeat:
        return QStringLiteral("repeat");
    }
    return {};
}

double StageStep::share() const {
    if (reached == 0)
        return std::numeric_limits<double>::quiet_NaN();
    return static_cast<double>(moved) / static_cast<double>(reached);
}

StageFunnel journeyStageFunnel(const std::vector<CustomerStageEvidence>& customers) {
    StageFunnel funnel{emptySteps(), emptySteps(), emptySteps()};
    for (const CustomerStageEvidence& customer : customers) {
        int furthest = -1;
        for (int s = 0; s < kJourneyStageCount; ++s) {
            if (customer.evidence[static_cast<std::size_t>(s)])
                furthest = s;
        }
        if (furthest < 0)
            continue;
        count(funnel.overall, furthest);
        count(customer.personalized ? funnel.personalized : funnel.generic, furthest);
    }
    return funnel;
}

} // namespace pvi
