#pragma once

#include <QString>

#include <array>

namespace pvi {

/// The eleven named RFM segments, in display order (best first).
enum class RfmSegment {
    Champions,
    Loyal,
    PotentialLoyalist,
    New,
    Promising,
    NeedAttention,
    AboutToSleep,
    AtRisk,
    CantLoseThem,
    Hibernating,
    Lost,
};

/// All segments in display order.
constexpr std::array<RfmSegment, 11> kAllRfmSegments = {
    RfmSegment::Champions,    RfmSegment::Loyal,     RfmSegment::PotentialLoyalist,
    RfmSegment::New,          RfmSegment::Promising, RfmSegment::NeedAttention,
    RfmSegment::AboutToSleep, RfmSegment::AtRisk,    RfmSegment::CantLoseThem,
    RfmSegment::Hibernating,  RfmSegment::Lost,
};

/// The segment's display name, e.g. "Can't lose them".
QString rfmSegmentName(RfmSegment segment);
/// A stable id for JSON, e.g. "cant_lose_them".
QString rfmSegmentId(RfmSegment segment);

/// The FM score: the mean of the frequency and monetary scores rounded half up, (F + M + 1) / 2.
int rfmFmScore(int frequency, int monetary);

/// The segment of an R score and an FM score (both 1–5), from the R × FM grid of Putler's
/// widely used eleven-segment table, with its overlapping ranges resolved into one cell each:
///
///        FM=1            FM=2                FM=3             FM=4             FM=5
///   R=5  New             Potential loyalist  Loyal            Champions        Champions
///   R=4  Promising       Potential loyalist  Loyal            Champions        Champions
///   R=3  About to sleep  About to sleep      Need attention   Loyal            Loyal
///   R=2  Hibernating     Hibernating         At risk          At risk          At risk
///   R=1  Lost            Lost                At risk          Can't lose them  Can't lose them
RfmSegment rfmSegmentFor(int recency, int fm);

} // namespace pvi
