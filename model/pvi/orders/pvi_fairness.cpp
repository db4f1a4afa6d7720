#include "pvi/orders/pvi_fairness.h"

#include "pvi/engine/metric_support.h"
#include "pvi/engine/pvi_table.h"
#include "pvi/orders/fairness_groups.h"
#include "pvi/orders/order_snapshot.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pvi {

namespace {

using D = PviDefinition::Direction;
using F = PviFamily;
using U = PviUnit;

constexpr const char* kFairnessId = "fairness_ratio";

constexpr const char* kFairnessData = QT_TRANSLATE_NOOP(
    "PviText", "Orders with billing countries (or a customers export) and a personalization rule");

constexpr PviRow kFairnessRows[] = {
    {kFairnessId, QT_TRANSLATE_NOOP("PviText", "Fairness ratio"), U::Ratio, D::HigherIsBetter,
     F::Fairness, kHasSeries,
     QT_TRANSLATE_NOOP(
         "PviText",
         "Whether personalization and its results reach every group of customers alike: for each "
         "country and region, the group that receives personalization (or converts) least compared "
         "with the group that does most. 1 means equal treatment; below 0.8 is flagged under the "
         "four-fifths rule used in fairness audits. The headline is the worst comparison by where "
         "customers live; your own segments (tags, lists, e-mail groups, survey answers) are "
         "compared below it, since some of them (VIP, wholesale) differ by design."),
     QT_TRANSLATE_NOOP(
         "PviText",
         "Among customers active on the period's last day (a valid order in the preceding 365 "
         "days), grouped by the billing country (and country/province) of their latest order, or "
         "their customer record: lowest group rate / highest group rate, for being exposed to "
         "personalization by the period's end and for ordering in the period; groups of fewer than "
         "20 customers are left out. The value is the lowest of these ratios; personalized / "
         "generic = the converting ratio among exposed / unexposed customers. The breakdown adds "
         "the same comparisons by tag (without the tags of order-tag rules), imported list, e-mail "
         "tag or group and survey answer; a customer in several groups counts in each."),
     kFairnessData},
};

/// Each customer's place (an index into locations.places) as of `toDay`: the latest valid
/// order up to that day that names a country, else the customer record.
std::unordered_map<qint64, std::size_t> placesAsOf(const CustomerLocations& locations,
                                                   qint64 toDay) {
    std::unordered_map<qint64, std::size_t> places = locations.records;
    for (const CustomerLocations::OrderPlace& order : locations.orders) {
        if (order.day > toDay)
            break;
        places[order.customerId] = order.place;
    }
    return places;
}

QString groupText(const FairnessGroup& g) {
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return QStringLiteral("%1 %2% (n %3)")
        .arg(g.name, locale.toString(g.rate() * 100.0, 'f', 1), locale.toString(g.n));
}

/// Where a dimension's groups come from: the customer's place, or one of the shop's own segments.
enum class GroupSource { Country, Region, Tags, Lists, EmailGroups, SurveyAnswers };

struct Dimension {
    const char* id;
    const char* name;
    GroupSource source;
    bool headline; ///< judged in the headline (where customers live), else breakdown only
};

constexpr Dimension kDimensions[] = {
    {"country", "Country", GroupSource::Country, true},
    {"region", "Region", GroupSource::Region, true},
    {"tag", "Tag", GroupSource::Tags, false},
    {"list", "Imported list", GroupSource::Lists, false},
    {"email_group", "E-mail group", GroupSource::EmailGroups, false},
    {"survey", "Survey answer", GroupSource::SurveyAnswers, false},
};

/// The period's active customers counted in one dimension's groups, each group named once: a
/// customer counts in each of its groups (in a group twice when its set names it twice).
class DimensionTally {
public:
    /// The number of the group called `name`, added when new.
    std::uint32_t group(const QString& name) {
        const auto [it, added] =
            m_numbers.try_emplace(name, static_cast<std::uint32_t>(m_names.size()));
        if (added) {
            m_names.push_back(name);
            m_counts.emplace_back();
        }
        return it->second;
    }

    void count(std::uint32_t group, bool exposed, bool converted) {
        Counts& c = m_counts[group];
        ++c.n;
        c.exposed += exposed;
        c.converted += converted;
        c.exposedConverted += exposed && converted;
    }

    /// The comparisons of the groups in name order: receiving personalization, ordering, and
    /// ordering among the exposed and among the unexposed customers.
    struct Comparisons {
        FairnessComparison personalization, conversion, exposed, generic;
    };
    Comparisons compare() const {
        std::vector<std::uint32_t> order(m_names.size());
        for (std::uint32_t g = 0; g < order.size(); ++g)
            order[g] = g;
        std::sort(order.begin(), order.end(),
                  [&](std::uint32_t a, std::uint32_t b) { return m_names[a] < m_names[b]; });
        std::vector<FairnessGroup> personalization, conversion, exposed, generic;
        for (const std::uint32_t g : order) {
            const Counts& c = m_counts[g];
            const QString& name = m_names[g];
            personalization.push_back({name, c.n, c.exposed});
            conversion.push_back({name, c.n, c.converted});
            exposed.push_back({name, c.exposed, c.exposedConverted});
            generic.push_back({name, c.n - c.exposed, c.converted - c.exposedConverted});
        }
        return {compareGroups(personalization), compareGroups(conversion), compareGroups(exposed),
                compareGroups(generic)};
    }

private:
    struct Counts {
        qint64 n = 0, exposed = 0, converted = 0, exposedConverted = 0;
    };
    std::vector<QString> m_names;
    std::unordered_map<QString, std::uint32_t> m_numbers;
    std::vector<Counts> m_counts;
};

/// One of the shop's own dimensions, walked along the customers in ascending id: each set of
/// groups numbered once, without empty names and the names left out.
class SegmentSets {
public:
    SegmentSets(const FairnessGroups::Dimension* dimension, DimensionTally& tally,
                const QStringList& leftOut)
        : m_dimension(dimension) {
        if (!dimension)
            return;
        for (const QStringList& set : dimension->sets) {
            std::vector<std::uint32_t>& numbers = m_sets.emplace_back();
            for (const QString& name : set) {
                if (!name.isEmpty() && !leftOut.contains(name))
                    numbers.push_back(tally.group(name));
            }
        }
    }

    /// The groups of `customer`, asked in ascending customer id.
    std::span<const std::uint32_t> of(qint64 customer) {
        if (!m_dimension)
            return {};
        const auto& byCustomer = m_dimension->byCustomer;
        while (m_next < byCustomer.size() && byCustomer[m_next].first < customer)
            ++m_next;
        if (m_next == byCustomer.size() || byCustomer[m_next].first != customer)
            return {};
        return m_sets[byCustomer[m_next].second];
    }

private:
    const FairnessGroups::Dimension* m_dimension;
    std::vector<std::vector<std::uint32_t>> m_sets;
    std::size_t m_next = 0;
};

const FairnessGroups::Dimension* segmentsOf(const FairnessGroups* groups, GroupSource source) {
    if (!groups)
        return nullptr;
    switch (source) {
    case GroupSource::Tags:
        return &groups->tags;
    case GroupSource::Lists:
        return &groups->lists;
    case GroupSource::EmailGroups:
        return &groups->emailGroups;
    case GroupSource::SurveyAnswers:
        return &groups->surveyAnswers;
    case GroupSource::Country:
    case GroupSource::Region:
        break;
    }
    return nullptr;
}

} // namespace

FairnessComparison compareGroups(const std::vector<FairnessGroup>& groups) {
    FairnessComparison result;
    bool first = true;
    for (const FairnessGroup& g : groups) {
        if (g.n < kFairnessMinGroup)
            continue;
        ++result.groups;
        result.n += g.n;
        if (first || g.rate() < result.lowest.rate())
            result.lowest = g;
        if (first || g.rate() > result.highest.rate())
            result.highest = g;
        first = false;
    }
    if (result.groups >= 2 && result.highest.rate() > 0)
        result.ratio = result.lowest.rate() / result.highest.rate();
    return result;
}

PviResult fairnessRatio(const CustomerLocations& locations, const FairnessGroups* groups,
                        const QStringList& ruleTags, const OrderSnapshot& snapshot,
                        const Period& period) {
    PviResult r;
    r.id = QLatin1String(kFairnessId);
    if (snapshot.orders.empty()) {
        r.reason = noOrdersImportedReason();
        return r;
    }
    if (!period.isValid()) {
        r.reason =
            QCoreApplication::translate("pvi::PviReason", "the period is not a valid date range");
        return r;
    }
    const DayRange range = DayRange::of(period);
    const auto located = placesAsOf(locations, period.to.toJulianDay());
    // Every dimension's groups numbered once: the places' countries and regions, and the
    // shop's own sets of groups.
    std::array<DimensionTally, std::size(kDimensions)> tallies;
    constexpr std::size_t kCountry = 0, kRegion = 1;
    constexpr std::uint32_t kNoGroup = UINT32_MAX;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> placeGroups; // country, region
    for (const CustomerLocations::Place& place : locations.places) {
        placeGroups.emplace_back(
            place.country.isEmpty() ? kNoGroup : tallies[kCountry].group(place.country),
            place.country.isEmpty() || place.province.isEmpty()
                ? kNoGroup
                : tallies[kRegion].group(place.country + QLatin1Char('/') + place.province));
    }
    std::vector<SegmentSets> segments;
    for (std::size_t d = 0; d < std::size(kDimensions); ++d) {
        const Dimension& dimension = kDimensions[d];
        segments.emplace_back(segmentsOf(groups, dimension.source), tallies[d],
                              dimension.source == GroupSource::Tags ? ruleTags : QStringList{});
    }
    // One pass over the customers active on the period's last day counts them in every group.
    qint64 known = 0, knownExposed = 0; // with a country
    for (const qint64 id : snapshot.customerIds) {
        const SnapshotCustomer& customer = snapshot.customers.at(id);
        if (!snapshot.isActive(customer, range.to))
            continue;
        const bool exposed = customer.exposedBy(range.to);
        const bool converted = customer.ordersBetween(range.from, range.to) > 0;
        if (const auto it = located.find(id); it != located.end()) {
            const auto [country, region] = placeGroups[it->second];
            if (country != kNoGroup) {
                ++known;
                knownExposed += exposed;
                tallies[kCountry].count(country, exposed, converted);
            }
            if (region != kNoGroup)
                tallies[kRegion].count(region, exposed, converted);
        }
        for (std::size_t d = 0; d < segments.size(); ++d) {
            for (const std::uint32_t group : segments[d].of(id))
                tallies[d].count(group, exposed, converted);
        }
    }
    if (known == 0) {
        r.reason = QCoreApplication::translate(
            "pvi::PviReason", "no active customer's country is known: import orders with "
                              "billing countries or a customers export");
        return r;
    }
    std::optional<double> worst;
    std::optional<double> worstExposed;
    std::optional<double> worstGeneric;
    const auto lower = [](std::optional<double>& into, const std::optional<double>& ratio) {
        if (ratio && (!into || *ratio < *into))
            into = ratio;
    };
    for (std::size_t d = 0; d < std::size(kDimensions); ++d) {
        const Dimension& dimension = kDimensions[d];
        const DimensionTally::Comparisons compared = tallies[d].compare();
        struct Row {
            const char* id;
            const char* name;
            const FairnessComparison& comparison;
        };
        std::vector<Row> rows;
        if (snapshot.hasRules)
            rows.push_back(
                {"personalization", "receiving personalization", compared.personalization});
        rows.push_back({"conversion", "ordering in the period", compared.conversion});
        const FairnessComparison& exposed = compared.exposed;
        const FairnessComparison& generic = compared.generic;
        if (dimension.headline) {
            lower(worstExposed, exposed.ratio);
            lower(worstGeneric, generic.ratio);
        }
        for (const Row& row : rows) {
            const FairnessComparison& c = row.comparison;
            if (!c.ratio)
                continue;
            if (dimension.headline)
                lower(worst, c.ratio);
            SegmentValue segment;
            segment.id = QLatin1String(dimension.id) + QLatin1Char('_') + QLatin1String(row.id);
            segment.name = QStringLiteral("%1 · %2: lowest %3, highest %4%5")
                               .arg(QLatin1String(dimension.name), QLatin1String(row.name),
                                    groupText(c.lowest), groupText(c.highest),
                                    *c.ratio < kFairnessThreshold ? QStringLiteral(" — below 0.8")
                                                                  : QString());
            segment.value = c.ratio;
            segment.n = c.n;
            if (row.id == std::string_view("conversion")) {
                segment.personalized = {exposed.ratio, exposed.n};
                segment.control = {generic.ratio, generic.n};
            }
            r.segments.push_back(segment);
        }
    }
    if (!worst) {
        r.reason =
            QCoreApplication::translate(
                "pvi::PviReason", "fewer than two countries or regions with at least %1 active "
                                  "customers (or nobody in them ordered or was personalized)")
                .arg(kFairnessMinGroup);
        return r;
    }
    r.available = true;
    r.value = worst;
    r.n = known;
    applyValueSplit(r, {worstExposed, 0}, {worstGeneric, 0});
    r.personalized.n = knownExposed;
    r.control.n = known - knownExposed;
    if (!worstExposed || !worstGeneric) {
        r.splitReason = splitUnavailableReason(snapshot);
        if (r.splitReason.isEmpty())
            r.splitReason = QStringLiteral("fewer than two groups of at least %1 exposed and of "
                                           "%1 unexposed active customers")
                                .arg(kFairnessMinGroup);
    }
    return r;
}

std::span<const PviRow> fairnessPviRows() {
    return kFairnessRows;
}

} // namespace pvi
