#include "pvi/effect/pvi_effect.h"

#include "io/money_text.h"
#include "pvi/engine/pvi_table.h"
#include "pvi/orders/customer_locations.h"
#include "pvi/orders/order_snapshot.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <memory>
#include <unordered_map>

namespace pvi {

namespace {

using D = PviDefinition::Direction;
using F = PviFamily;
using U = PviUnit;

constexpr PviRow kEffectRows[] = {
    {kAdjustedRevenueEffectId,
     QT_TRANSLATE_NOOP("PviText", "Revenue effect, adjusted for selection"), U::Currency,
     D::HigherIsBetter, F::Effect, kNoSeries,
     QT_TRANSLATE_NOOP(
         "PviText",
         "How much more a personalized customer spends because of personalization, with the bias "
         "of who gets personalized taken out: shops tend to personalize for their loyal customers, "
         "who would spend more anyway. Each customer first personalized in the period is compared "
         "with a customer who ordered generically around the same day and looked the same over the "
         "year before (orders, spend, recency, tenure, consent, country). `pvi effect` shows the "
         "whole estimate, its balance table and the difference in differences."),
     QT_TRANSLATE_NOOP(
         "PviText",
         "As of the period's end, for the customers first personalized in the 365 days whose 90 "
         "days after had passed by then: mean over matched pairs of (net revenue of the "
         "personalized customer over the 90 days after their first personalized order − net "
         "revenue of their match over the 90 days after its generic order). Matches: greedy "
         "nearest neighbour without replacement on the logit of a propensity score (logistic "
         "regression on the year before), within 0.2 standard deviations of the logit and 14 days. "
         "95% interval: bootstrap over the pairs (1,000 replicates, seeded). Starts without 90 "
         "days of data after them are left out."),
     QT_TRANSLATE_NOOP("PviText", "Orders with customers and dates over more than the period plus "
                                  "90 days, and a personalization rule")},
};

QString windowText(int days) {
    return QCoreApplication::translate("pvi::EffectText", "over %1 days").arg(days);
}

} // namespace

std::span<const PviRow> effectPviRows() {
    return kEffectRows;
}

Period effectStartsAsOf(const QDate& asOf, int windowDays) {
    const QDate to = asOf.addDays(-windowDays);
    return {to.addDays(-364), to};
}

EffectCustomerReader effectCustomers(const OrderSnapshot& snapshot,
                                     const CustomerLocations& locations) {
    // Where each customer is: their latest order naming a country, else their record.
    auto places = std::make_shared<std::unordered_map<qint64, std::size_t>>(locations.records);
    for (const CustomerLocations::OrderPlace& order : locations.orders)
        (*places)[order.customerId] = order.place;

    const auto read = [&snapshot, &locations, places](std::size_t i, EffectCustomer& customer) {
        const qint64 id = snapshot.customerIds[i];
        const SnapshotCustomer& source = snapshot.customers.at(id);
        customer.id = id;
        customer.exposedDay = source.exposedDay;
        customer.acceptsMarketing = source.recordAcceptsMarketing;
        customer.orders.clear();
        for (const std::size_t o : source.orders) {
            const SnapshotOrder& order = snapshot.orders[o];
            customer.orders.push_back({order.day, order.revenue});
            if (order.acceptsMarketing)
                customer.acceptsMarketing = order.acceptsMarketing;
        }
        customer.country.clear();
        if (const auto it = places->find(id); it != places->end())
            customer.country = locations.places[it->second].country;
    };
    return {snapshot.customerIds.size(), read};
}

SelectionEffect selectionEffect(const OrderSnapshot& snapshot, const CustomerLocations& locations,
                                const EffectRequest& request) {
    EffectOptions options;
    options.fromDay = request.period.from.toJulianDay();
    options.toDay = request.period.to.toJulianDay();
    options.dataEndDay = snapshot.lastDay().value_or(options.toDay);
    if (request.dataEnd.isValid())
        options.dataEndDay = std::min(options.dataEndDay, request.dataEnd.toJulianDay());
    options.windowDays = request.windowDays;
    options.outcome = request.outcome;
    options.seed = request.seed;
    options.replicates = request.replicates;
    SelectionEffect effect = estimateSelectionEffect(effectCustomers(snapshot, locations), options);
    if (!snapshot.hasRules && !effect.available())
        effect.reason = QCoreApplication::translate(
            "pvi::EffectText", "no personalization rule is set, so nobody is personalized");
    return effect;
}

QString effectAmount(double value, EffectOutcome outcome, const QString& currency,
                     const EffectNumberFormat& format) {
    if (outcome == EffectOutcome::Revenue)
        return format.money ? format.money(value, currency)
                            : moneyText(value, currency, format.locale);
    const QString number = format.locale.toString(std::abs(value), 'f', 2);
    return QCoreApplication::translate("pvi::EffectText", "%1 orders")
        .arg((value < 0 && std::abs(value) >= 0.005 ? QStringLiteral("−") : QString()) + number);
}

QString effectVerdict(const SelectionEffect& effect, const QString& currency,
                      const EffectNumberFormat& format) {
    if (!effect.matched)
        return QCoreApplication::translate("pvi::EffectText", "No adjusted estimate: %1.")
            .arg(effect.reason);
    const EffectEstimate& m = *effect.matched;
    const auto amount = [&](double v) { return effectAmount(v, effect.outcome, currency, format); };
    const bool revenue = effect.outcome == EffectOutcome::Revenue;
    const QString interval = QCoreApplication::translate("pvi::EffectText", "95% interval %1 to %2")
                                 .arg(amount(m.ciLow), amount(m.ciHigh));
    const char* finding = nullptr;
    if (!m.excludesZero())
        finding =
            revenue ? QT_TRANSLATE_NOOP("pvi::EffectText",
                                        "personalized customers spent no clearly different amount "
                                        "%2: %1 (%3)")
                    : QT_TRANSLATE_NOOP(
                          "pvi::EffectText",
                          "personalized customers placed no clearly different amount %2: %1 (%3)");
    else if (m.difference > 0)
        finding = revenue ? QT_TRANSLATE_NOOP("pvi::EffectText",
                                              "personalized customers spent %1 more %2 (%3)")
                          : QT_TRANSLATE_NOOP("pvi::EffectText",
                                              "personalized customers placed %1 more %2 (%3)");
    else
        finding = revenue ? QT_TRANSLATE_NOOP("pvi::EffectText",
                                              "personalized customers spent %1 less %2 (%3)")
                          : QT_TRANSLATE_NOOP("pvi::EffectText",
                                              "personalized customers placed %1 less %2 (%3)");
    const double shown = m.excludesZero() ? std::abs(m.difference) : m.difference;
    QString sentence = QCoreApplication::translate(
                           "pvi::EffectText",
                           "After taking out who tends to get personalized, %1; the raw comparison "
                           "said %2.")
                           .arg(QCoreApplication::translate("pvi::EffectText", finding)
                                    .arg(amount(shown), windowText(effect.windowDays), interval),
                                amount(effect.naive->difference));
    if (!effect.warnings.isEmpty())
        sentence += QCoreApplication::translate("pvi::EffectText", " Caution: %1.")
                        .arg(effect.warnings.join(QStringLiteral("; ")));
    return sentence;
}

QString confirmingExperimentText(const SelectionEffect& effect, const QString& currency,
                                 const EffectNumberFormat& format) {
    if (!effect.confirmPerArm || !effect.matched)
        return QString();
    const double target =
        effect.matched->difference > 0 ? effect.matched->difference : effect.naive->difference;
    QString text = QCoreApplication::translate(
                       "pvi::EffectText",
                       "A randomized test with %1 customers per arm would confirm it (80% power to "
                       "detect %2 %3 at the 5% level)")
                       .arg(format.locale.toString(*effect.confirmPerArm),
                            effectAmount(target, effect.outcome, currency, format),
                            windowText(effect.windowDays));
    if (effect.confirmWeeks)
        text += QCoreApplication::translate(
                    "pvi::EffectText",
                    "; at the shop's %1 ordering customers a week that is about %2 weeks")
                    .arg(format.locale.toString(effect.eligiblePerWeek, 'f', 0),
                         format.locale.toString(std::max(1.0, std::ceil(*effect.confirmWeeks)), 'f',
                                                0));
    return text + u'.';
}

PviResult adjustedRevenueEffect(const SelectionEffect& effect, const QString& currency) {
    PviResult r;
    r.id = QLatin1String(kAdjustedRevenueEffectId);
    if (!effect.matched) {
        r.reason = effect.reason;
        return r;
    }
    const EffectEstimate& m = *effect.matched;
    r.available = true;
    r.value = m.difference;
    r.valueCi95 = std::make_pair(m.ciLow, m.ciHigh);
    r.n = effect.nMatched;
    r.personalized = {m.exposedMean, effect.nMatched};
    r.control = {m.comparisonMean, effect.nMatched};
    r.liftPercent = m.relativePercent;
    if (m.relativeCi95)
        r.liftCi95 = m.relativeCi95;
    r.summary = effectVerdict(effect, currency);
    const QString confirm = confirmingExperimentText(effect, currency);
    if (!confirm.isEmpty())
        r.summary += u' ' + confirm;
    return r;
}

} // namespace pvi
