#pragma once
// The segment dimensions of a workspace by name, as `pvi segments --by` and the Segments page's
// "Segment by" offer them: rfm, tag, customer_tag, order_tag, country, region, list,
// email_group, survey and rule:NAME for each saved rule.

#include "pvi/segments/segment_dimension.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace pvi {

class Workspace;
struct CustomerAttributeTable;
struct RuleNode;

struct DimensionLookup {
    std::optional<SegmentDimension> dimension;
    QString error; ///< why `by` is not a dimension of the workspace
};

/// The dimension named `by`. Throws DbError on a store failure.
DimensionLookup workspaceDimension(Workspace& workspace, const QString& by);

/// The dimensions offered, as {name, title}: every fixed one, then one per saved rule.
/// Throws DbError on a store failure.
std::vector<SegmentLabel> workspaceDimensionNames(Workspace& workspace);

/// The dimension of one rule: the customers it matches as of each day ("name") and the others.
SegmentDimension ruleDimension(const QString& name, RuleNode rule,
                               std::shared_ptr<const CustomerAttributeTable> attributes);

/// A fixed dimension (every one but rfm and rules) over the attributes; none for another name.
std::optional<SegmentDimension> attributeDimension(const QString& by,
                                                   const CustomerAttributeTable& attributes);

} // namespace pvi
