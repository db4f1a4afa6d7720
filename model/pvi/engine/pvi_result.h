#pragma once

#include <QDate>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace pvi {

/// An inclusive date range [from, to].
struct Period {
    QDate from;
    QDate to;

    qint64 days() const { return from.daysTo(to) + 1; }
    /// The period of the same length that ends the day before this one starts.
    Period previous() const { return {from.addDays(-days()), from.addDays(-1)}; }
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
};

/// A value computed over n units (customers, orders, ...); no value when n is too small or the
/// value is undefined.
struct GroupValue {
    std::optional<double> value;
    qint64 n = 0;
};

/// One row of a per-segment breakdown (RFM segments for rfm_segment, clv_by_segment and
/// segment_growth_rate): the segment's value over n customers, and its personalized/control
/// values where the PVI splits them.
struct SegmentValue {
    QString id;   ///< stable id, e.g. "cant_lose_them"
    QString name; ///< display name, e.g. "Can't lose them"
    std::optional<double> value;
    qint64 n = 0;
    GroupValue personalized;
    GroupValue control;
};

/// One PVI computed for one period: the overall value, the personalized/control split with the
/// lift between them, and the previous period's value. When the inputs are missing,
/// `available` is false and `reason` says what to import or set; no number is made up.
struct PviResult {
    QString id;
    bool available = false;
    QString reason;
    std::optional<double> value;
    qint64 n = 0;
    GroupValue personalized;
    GroupValue control;
    std::optional<double> liftPercent;
    std::optional<std::pair<double, double>> liftCi95; ///< in percent, like liftPercent
    std::optional<double> pValue;
    /// The value's own 95% interval, where the PVI is an estimate with one (in its unit).
    std::optional<std::pair<double, double>> valueCi95;
    /// A sentence for people that says what the value means, where the PVI has one.
    QString summary;
    GroupValue previous;
    /// Why the personalized/control split is missing while the overall value is there (no
    /// rules, nobody exposed, ...); empty when the split is present or the PVI has none.
    QString splitReason;
    std::vector<SegmentValue> segments; ///< per-segment breakdown, where the PVI has one
};

} // namespace pvi
