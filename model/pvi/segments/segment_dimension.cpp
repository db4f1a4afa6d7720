#include "pvi/segments/segment_dimension.h"

#include "pvi/orders/pvi_segments.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <memory>

namespace pvi {

QString segmentIdOf(const QString& name) {
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    QString id = name.toLower().replace(nonWord, QStringLiteral("_"));
    while (id.startsWith(u'_'))
        id.remove(0, 1);
    while (id.endsWith(u'_'))
        id.chop(1);
    return id;
}

SegmentDimension rfmDimension() {
    SegmentDimension dimension;
    dimension.id = QStringLiteral("rfm");
    dimension.title = QStringLiteral("RFM segment");
    for (const RfmSegment segment : kAllRfmSegments)
        dimension.labels.push_back({rfmSegmentId(segment), rfmSegmentName(segment)});
    dimension.membersAsOf = [](const OrderSnapshot& snapshot, const QDate& asOf) {
        SegmentMembers members(kAllRfmSegments.size());
        for (const auto& [customer, segment] : rfmSegmentsAsOf(snapshot, asOf))
            members[static_cast<std::size_t>(segment)].insert(customer);
        return members;
    };
    return dimension;
}

SegmentDimension staticDimension(const QString& id, const QString& title,
                                 const std::function<QStringList(qint64)>& labelsOf,
                                 const std::vector<qint64>& customers, const QString& noneLabel) {
    // customer → segment indices, segments ordered by size (ties by name).
    std::map<QString, qint64> sizes;
    auto byCustomer = std::make_shared<std::unordered_map<qint64, std::vector<QString>>>();
    for (const qint64 customer : customers) {
        QStringList names = labelsOf(customer);
        names.removeDuplicates();
        if (names.isEmpty() && !noneLabel.isEmpty())
            names << noneLabel;
        for (const QString& name : names)
            ++sizes[name];
        (*byCustomer)[customer] = std::vector<QString>(names.begin(), names.end());
    }
    std::vector<std::pair<QString, qint64>> ordered(sizes.begin(), sizes.end());
    std::stable_sort(ordered.begin(), ordered.end(), [&](const auto& l, const auto& r) {
        const bool lNone = l.first == noneLabel, rNone = r.first == noneLabel;
        if (lNone != rNone)
            return rNone;
        return l.second > r.second;
    });
    SegmentDimension dimension;
    dimension.id = id;
    dimension.title = title;
    auto index = std::make_shared<QHash<QString, std::size_t>>();
    for (const auto& [name, count] : ordered) {
        index->insert(name, dimension.labels.size());
        dimension.labels.push_back({segmentIdOf(name), name});
    }
    const std::size_t count = dimension.labels.size();
    dimension.membersAsOf = [byCustomer, index, count](const OrderSnapshot& snapshot,
                                                       const QDate& asOf) {
        SegmentMembers members(count);
        const qint64 day = asOf.toJulianDay();
        for (const auto& [customer, entry] : snapshot.customers) {
            if (entry.days.empty() || entry.firstDay() > day)
                continue;
            const auto it = byCustomer->find(customer);
            if (it == byCustomer->end())
                continue;
            for (const QString& name : it->second)
                members[index->value(name)].insert(customer);
        }
        return members;
    };
    return dimension;
}

} // namespace pvi
