#pragma once

#include <QString>

#include <array>
#include <vector>

namespace pvi {

/// The stages of the journey_stage_engagement funnel, in order.
enum class JourneyStage { Visit = 0, AddToCart = 1, Order = 2, Repeat = 3 };

/// Number of stages in the funnel.
constexpr int kJourneyStageCount = 4;

/// Stable id of a stage: "visit", "add_to_cart", "order", "repeat".
QString journeyStageId(JourneyStage stage);

/// What is known about one customer: which stages have evidence, and whether the customer was
/// personalized (exposed) in the period.
struct CustomerStageEvidence {
    std::array<bool, kJourneyStageCount> evidence{}; ///< indexed by JourneyStage
    bool personalized = false;
};

/// Customers who reached a stage and how many of them went on to the next one.
struct StageStep {
    JourneyStage from = JourneyStage::Visit;
    JourneyStage to = JourneyStage::AddToCart;
    long long reached = 0; ///< customers at `from` or further
    long long moved = 0;   ///< of those, customers at `to` or further
    /// moved / reached; not a number when nobody reached `from` (not available, never 0).
    double share() const;
};

/// The funnel overall and for the personalized and generic groups: one step per pair of
/// consecutive stages (visit → add to cart → order → repeat).
struct StageFunnel {
    std::vector<StageStep> overall;
    std::vector<StageStep> personalized;
    std::vector<StageStep> generic;
};

/// Builds the funnel. Later stages imply the earlier ones: a customer with an order but no
/// recorded visit (an untracked or offline visit) counts as having visited and added to cart,
/// so each customer's stage is the furthest stage with evidence. Customers without any
/// evidence are left out.
StageFunnel journeyStageFunnel(const std::vector<CustomerStageEvidence>& customers);

} // namespace pvi
