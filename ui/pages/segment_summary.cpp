#include "pages/segment_summary.h"

#include "widgets/value_format.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// "A", "A and B", "A, B and C".
QString listOf(const QStringList& names) {
    if (names.size() <= 1)
        return names.value(0);
    return QCoreApplication::translate("SegmentSummary", "%1 and %2")
        .arg(names.mid(0, names.size() - 1).join(u", "_s), names.last());
}

/// Segments smaller than this at the start are left out of "grew / shrank most" when any
/// segment is this large: a rate over one or two customers says little.
constexpr qint64 kMinimumMembersToRank = 10;

/// The rows whose growth equals the extreme growth among those with a growth rate of the given
/// sign (largest rise for +1, largest fall for −1), from segments of at least `minimum` members
/// at the start.
std::vector<const SegmentReportRow*> extremes(const SegmentReport& report, int sign,
                                              qint64 minimum) {
    const auto ranked = [&](const SegmentReportRow& row) {
        return row.growthPercent && *row.growthPercent * sign > 0 && row.membersAtStart >= minimum;
    };
    std::optional<double> best;
    for (const SegmentReportRow& row : report.rows) {
        if (ranked(row) && (!best || *row.growthPercent * sign > *best * sign))
            best = *row.growthPercent;
    }
    std::vector<const SegmentReportRow*> rows;
    for (const SegmentReportRow& row : report.rows) {
        if (best && ranked(row) && std::abs(*row.growthPercent - *best) < 1e-9)
            rows.push_back(&row);
    }
    return rows;
}

/// The sentence about the segments that grew (or shrank) most; `sentence` has the names as %1,
/// the growth as %2 and the counts as %3.
QString movement(const std::vector<const SegmentReportRow*>& rows, const char* sentence) {
    if (rows.empty())
        return {};
    const QLocale en = displayLocale();
    QStringList names;
    QStringList counts;
    for (const SegmentReportRow* row : rows) {
        names.append(row->name);
        counts.append(
            u"%1 → %2"_s.arg(en.toString(row->membersAtStart), en.toString(row->members.n)));
    }
    return QCoreApplication::translate("SegmentSummary", sentence)
        .arg(listOf(names), formatSignedPercent(*rows.front()->growthPercent),
             counts.join(u"; "_s));
}

} // namespace

QString segmentSummary(const SegmentReport& report) {
    if (!report.available)
        return {};
    const QLocale en = displayLocale();
    QString text =
        QCoreApplication::translate("SegmentSummary", "On %1, %2 customers have a segment")
            .arg(formatDay(report.period.to), en.toString(report.customersAtEnd));
    if (report.growthPercent)
        text += QCoreApplication::translate("SegmentSummary", ", %1 since %2 (%3 then).")
                    .arg(formatSignedPercent(*report.growthPercent),
                         formatDay(report.period.from.addDays(-1)),
                         en.toString(report.customersAtStart));
    else
        text +=
            QCoreApplication::translate("SegmentSummary", "; nobody had one before the period.");
    const bool anyLarge =
        std::any_of(report.rows.begin(), report.rows.end(), [](const SegmentReportRow& row) {
            return row.membersAtStart >= kMinimumMembersToRank;
        });
    const qint64 minimum = anyLarge ? kMinimumMembersToRank : 1;
    const QString grew = movement(extremes(report, +1, minimum),
                                  QT_TRANSLATE_NOOP("SegmentSummary", " %1 grew most (%2, %3)."));
    const QString shrank =
        movement(extremes(report, -1, minimum),
                 QT_TRANSLATE_NOOP("SegmentSummary", " %1 shrank most (%2, %3)."));
    text += grew + shrank;
    if (report.growthPercent && grew.isEmpty() && shrank.isEmpty())
        text += QCoreApplication::translate(
            "SegmentSummary", " No segment with members at the start grew or shrank.");
    QStringList appeared;
    for (const SegmentReportRow& row : report.rows) {
        if (row.membersAtStart == 0 && row.members.n > 0)
            appeared.append(row.name);
    }
    if (!appeared.isEmpty() && report.customersAtStart > 0)
        text += QCoreApplication::translate("SegmentSummary", " %1 had no members at the start.")
                    .arg(listOf(appeared));
    qint64 most = 0;
    for (const SegmentReportRow& row : report.rows)
        most = std::max(most, row.members.n);
    QStringList largest;
    double share = 0;
    for (const SegmentReportRow& row : report.rows) {
        if (most > 0 && row.members.n == most) {
            largest.append(row.name);
            share = row.members.value.value_or(0.0);
        }
    }
    if (largest.size() == 1)
        text += QCoreApplication::translate("SegmentSummary",
                                            " The largest segment is %1 (%2% of the customers).")
                    .arg(largest.front(), en.toString(share, 'f', 1));
    else if (largest.size() > 1 && largest.size() <= 3)
        text += QCoreApplication::translate(
                    "SegmentSummary", " The largest segments are %1 (%2% of the customers each).")
                    .arg(listOf(largest), en.toString(share, 'f', 1));
    return text;
}

} // namespace pvi
