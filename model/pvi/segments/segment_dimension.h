#pragma once
// A segment dimension: one way of putting the customers into segments (RFM, a tag, a country, an
// imported list, a user rule, ...). The segment report computes every figure over any dimension.

#include <QDate>
#include <QString>

#include <functional>
#include <unordered_set>
#include <vector>

namespace pvi {

struct OrderSnapshot;

/// One segment of a dimension: a stable id for JSON and a display name.
struct SegmentLabel {
    QString id;
    QString name;
};

/// A dimension's members per segment as of one day, parallel to SegmentDimension::labels. A
/// customer may be in several segments (a customer with two tags) or in none.
using SegmentMembers = std::vector<std::unordered_set<qint64>>;

struct SegmentDimension {
    QString id;                       ///< e.g. "rfm", "tag", "country", "rule:vip"
    QString title;                    ///< e.g. "RFM segment", "Tag"
    std::vector<SegmentLabel> labels; ///< the segments in display order
    /// The members of each segment as of a day: only customers of the snapshot with a valid order
    /// on or before that day.
    std::function<SegmentMembers(const OrderSnapshot&, const QDate&)> membersAsOf;
};

/// The eleven RFM segments as of each day.
SegmentDimension rfmDimension();

/// A dimension whose segments do not change with the day: `labelsOf` gives each customer's
/// segment names (none puts the customer in `noneLabel`, left out when that is empty). Segments
/// are ordered by their number of customers, largest first, `noneLabel` last.
SegmentDimension staticDimension(const QString& id, const QString& title,
                                 const std::function<QStringList(qint64)>& labelsOf,
                                 const std::vector<qint64>& customers, const QString& noneLabel);

/// "Wholesale Buyers" → "wholesale_buyers".
QString segmentIdOf(const QString& name);

} // namespace pvi
