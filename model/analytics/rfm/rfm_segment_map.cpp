#include "analytics/rfm/rfm_segment_map.h"

#include <algorithm>

namespace pvi {

namespace {

using S = RfmSegment;

// kGrid[R − 1][FM − 1]: see the table in rfm_segment_map.h.
constexpr S kGrid[5][5] = {
    {S::Lost, S::Lost, S::AtRisk, S::CantLoseThem, S::CantLoseThem},
    {S::Hibernating, S::Hibernating, S::AtRisk, S::AtRisk, S::AtRisk},
    {S::AboutToSleep, S::AboutToSleep, S::NeedAttention, S::Loyal, S::Loyal},
    {S::Promising, S::PotentialLoyalist, S::Loyal, S::Champions, S::Champions},
    {S::New, S::PotentialLoyalist, S::Loyal, S::Champions, S::Champions},
};

struct SegmentNames {
    const char* id;
    const char* name;
};

constexpr SegmentNames kNames[] = {
    {"champions", "Champions"},
    {"loyal", "Loyal"},
    {"potential_loyalist", "Potential loyalist"},
    {"new", "New"},
    {"promising", "Promising"},
    {"need_attention", "Need attention"},
    {"about_to_sleep", "About to sleep"},
    {"at_risk", "At risk"},
    {"cant_lose_them", "Can't lose them"},
    {"hibernating", "Hibernating"},
    {"lost", "Lost"},
};

} // namespace

QString rfmSegmentName(RfmSegment segment) {
    return QLatin1String(kNames[static_cast<int>(segment)].name);
}

QString rfmSegmentId(RfmSegment segment) {
    return QLatin1String(kNames[static_cast<int>(segment)].id);
}

int rfmFmScore(int frequency, int monetary) {
    return (frequency + monetary + 1) / 2;
}

RfmSegment rfmSegmentFor(int recency, int fm) {
    return kGrid[std::clamp(recency, 1, 5) - 1][std::clamp(fm, 1, 5) - 1];
}

} // namespace pvi
