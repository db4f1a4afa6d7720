#pragma once

// adjusted_revenue_effect (family Effect of docs/pvi-catalogue.md): personalization's effect on
// revenue per personalized customer over the 90 days after their first personalized order, with
// the self-selection of who gets personalized taken out by propensity-score matching
// (analytics/effect/selection_effect.h, docs/effect.md). `pvi effect` shows the whole estimate;
// the PVI is its matched difference as of its period's end (effectStartsAsOf).

#include "analytics/effect/selection_effect.h"
#include "pvi/engine/pvi_result.h"

#include <QLocale>
#include <QString>

#include <functional>
#include <vector>

namespace pvi {

struct CustomerLocations;
struct OrderSnapshot;

/// The PVI's id, for the pages that put it next to the self-selected lifts.
inline constexpr const char* kAdjustedRevenueEffectId = "adjusted_revenue_effect";
inline constexpr int kDefaultEffectWindowDays = 90;
/// The bootstrap's seed unless one is asked for: the same workspace gives the same interval.
inline constexpr std::uint64_t kDefaultEffectSeed = 20261206;

/// What to estimate.
struct EffectRequest {
    Period period; ///< first personalized orders dated in it
    /// The last day the outcome windows may use: the snapshot's last order day, or this day when
    /// it is earlier (the PVI is estimated as of its period's end).
    QDate dataEnd;
    EffectOutcome outcome = EffectOutcome::Revenue;
    int windowDays = kDefaultEffectWindowDays;
    std::uint64_t seed = kDefaultEffectSeed;
    int replicates = 1000;
};

/// The starts the PVI estimates as of `asOf`: the 365 days of first personalized orders whose
/// whole outcome window of `windowDays` had passed by that day.
Period effectStartsAsOf(const QDate& asOf, int windowDays = kDefaultEffectWindowDays);

/// The customers of the snapshot as the estimate sees them: their valid orders, first
/// personalized day, consent and country (their latest order's, else their record's). Read one
/// at a time from the snapshot, which (like `locations`) must outlive the reader.
EffectCustomerReader effectCustomers(const OrderSnapshot& snapshot,
                                     const CustomerLocations& locations);

/// The estimate for one request (the outcome window must end by the snapshot's last order day).
SelectionEffect selectionEffect(const OrderSnapshot& snapshot, const CustomerLocations& locations,
                                const EffectRequest& request);

/// How the effect's sentences write their numbers. The default is the command line's: English
/// digits and the currency's symbol first ("CA$4.10"); the window passes its display locale and
/// its own money format. The words follow the installed translation (none on the command line).
struct EffectNumberFormat {
    QLocale locale{QLocale::English, QLocale::UnitedStates};
    /// Writes an amount of money in `currency`; empty: moneyText in `locale`.
    std::function<QString(double amount, const QString& currency)> money;
};

/// An amount of the outcome for people: "CA$4.10" (revenue, with the currency code's symbol
/// when known) or "0.35 orders".
QString effectAmount(double value, EffectOutcome outcome, const QString& currency,
                     const EffectNumberFormat& format = {});

/// The verdict sentence: "After taking out who tends to get personalized, personalized customers
/// spent CA$4.10 more over 90 days (95% interval CA$1.20 to CA$7.00); the raw comparison said
/// CA$11.30." Or why there is no estimate.
QString effectVerdict(const SelectionEffect& effect, const QString& currency,
                      const EffectNumberFormat& format = {});

/// What would settle it, for people: "A randomized test with 1,234 customers per arm (80% power
/// to detect CA$4.10) would take about 9 weeks of the shop's ordering customers." Empty when
/// there is nothing positive to confirm.
QString confirmingExperimentText(const SelectionEffect& effect, const QString& currency,
                                 const EffectNumberFormat& format = {});

/// The PVI adjusted_revenue_effect from an estimate of revenue: value = the matched difference,
/// personalized / generic = the matched groups' means, lift = their relative difference.
PviResult adjustedRevenueEffect(const SelectionEffect& effect, const QString& currency);

} // namespace pvi
