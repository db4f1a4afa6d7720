#include "importers/email_values.h"

#include "io/value_parsers.h"

#include <QRegularExpression>

#include <cmath>

namespace pvi {

std::optional<double> parseRateFraction(const QString& text, BareRate bare) {
    const QString trimmed = text.trimmed();
    const ParsedNumber parsed = parseNumber(trimmed);
    if (!parsed.ok() || !std::isfinite(parsed.value))
        return std::nullopt;
    const bool percent = trimmed.endsWith(u'%') || bare == BareRate::Percent;
    return percent ? parsed.value / 100.0 : parsed.value;
}

AbArm abArmOf(const QString& campaignName) {
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(.*?\S)\s*(?:\|\s*)?(Combo\s*\d+)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(campaignName.trimmed());
    if (!match.hasMatch())
        return {};
    QString arm = match.captured(2);
    arm.replace(QRegularExpression(QStringLiteral(R"(\s+)")), QStringLiteral(" "));
    return {match.captured(1), arm};
}

QString unescapeBackslashCommas(const QString& text) {
    QString result = text;
    result.replace(QStringLiteral("\\,"), QStringLiteral(","));
    return result;
}

qint64 countFromRate(double fraction, qint64 base) {
    return static_cast<qint64>(std::llround(fraction * static_cast<double>(base)));
}

} // namespace pvi
