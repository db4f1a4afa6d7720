#pragma once

#include <QString>

#include <optional>

namespace pvi {

/// How a platform writes a rate without a `%` sign: Mailchimp's `41.09` is a percentage,
/// Klaviyo's `0.0025` a fraction. A value with `%` is always a percentage.
enum class BareRate { Percent, Fraction };

/// A rate cell as a fraction (`41.09%` and, with BareRate::Percent, `41.09` → 0.4109);
/// nullopt for an empty or unreadable cell.
std::optional<double> parseRateFraction(const QString& text, BareRate bare);

/// The two arms of a Mailchimp A/B campaign are sent as "<name> | Combo 1" and "<name> | Combo 2"
/// (the bar is optional). `group` is the shared name, `arm` "Combo N"; both empty otherwise.
struct AbArm {
    QString group;
    QString arm;
};
AbArm abArmOf(const QString& campaignName);

/// Mailchimp audience exports escape commas inside quoted values with a backslash
/// ("INDIE\, EGYPT"); this undoes it.
QString unescapeBackslashCommas(const QString& text);

/// The count a rate stands for when an export gives only the rate: round(rate × base).
qint64 countFromRate(double fraction, qint64 base);

} // namespace pvi
