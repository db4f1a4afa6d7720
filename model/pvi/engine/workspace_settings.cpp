#include "pvi/engine/workspace_settings.h"

#include "store/db_error.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QDebug>

#include <cmath>

namespace pvi {

namespace {

using K = SettingDefinition::Kind;

void setError(QString* error, const QString& message) {
    if (error)
        *error = message;
}

/// Why `value` cannot be stored for `key` (an unknown key or an invalid value); empty when it can.
QString refusalOf(const QString& key, const QString& value) {
    const SettingDefinition* definition = findSettingDefinition(key);
    if (definition == nullptr)
        return QStringLiteral("there is no setting '%1'").arg(key);
    return invalidSettingReason(*definition, value);
}

} // namespace

const std::vector<SettingDefinition>& settingDefinitions() {
    static const std::vector<SettingDefinition> definitions = {
        {QStringLiteral("pseudonymize_emails"), QStringLiteral("Pseudonymize emails at import"),
         QStringLiteral("Store a keyed hash instead of each email address in files imported from "
                        "now on (the same address always gives the same pseudonym in this "
                        "workspace). Emails already imported are not changed."),
         K::Flag, QStringLiteral("0"), 0, 1, false},
        {QStringLiteral("gross_margin"), QStringLiteral("Gross margin"),
         QStringLiteral("The share of net revenue that is margin, used by personalization ROI "
                        "and payback (0.5 = 50%)."),
         K::Number, QStringLiteral("0.5"), 0, 1, true},
        {QStringLiteral("activity_window_days"), QStringLiteral("Activity window (days)"),
         QStringLiteral("A customer counts as active when they ordered within this many days "
                        "before the period's end."),
         K::WholeNumber, QStringLiteral("365"), 1, 3650, false},
        {QStringLiteral("ces_scale_min"), QStringLiteral("CES scale: lowest answer"),
         QStringLiteral("The lowest answer of the Customer Effort Score question."), K::Number,
         QStringLiteral("1"), -100, 100, false},
        {QStringLiteral("ces_scale_max"), QStringLiteral("CES scale: highest answer"),
         QStringLiteral("The highest answer of the Customer Effort Score question (must be above "
                        "the lowest)."),
         K::Number, QStringLiteral("7"), -100, 100, false},
        {QStringLiteral("ces_higher_is_easier"), QStringLiteral("CES: higher answer = easier"),
         QStringLiteral("Whether a higher CES answer means less effort; when not, answers are "
                        "reversed so the reported CES is higher = easier."),
         K::Flag, QStringLiteral("1"), 0, 1, false},
        {QStringLiteral("anomaly_threshold"), QStringLiteral("Anomaly threshold"),
         QStringLiteral("How far from its usual level (robust z-score: distance from the median "
                        "of the same weekday, in scaled median absolute deviations) a day or "
                        "week must be to be flagged."),
         K::Number, QStringLiteral("3.5"), 0.5, 50, false},
        {QStringLiteral("anomaly_alert_threshold"), QStringLiteral("Anomaly alert threshold"),
         QStringLiteral("The robust z-score from which a flagged day or week is an alert rather "
                        "than one to watch."),
         K::Number, QStringLiteral("5"), 0.5, 50, false},
        {QStringLiteral("anomaly_window"), QStringLiteral("Anomaly baseline (weeks)"),
         QStringLiteral("How many previous same weekdays (or weeks) make the usual level a day "
                        "(or week) is compared with."),
         K::WholeNumber, QStringLiteral("8"), 4, 52, false},
        {QStringLiteral("attribution_lookback_days"), QStringLiteral("Attribution lookback (days)"),
         QStringLiteral("An email click counts as a touch of an order placed at most this many "
                        "days later."),
         K::WholeNumber, QStringLiteral("30"), 1, 365, false},
    };
    return definitions;
}

const SettingDefinition* findSettingDefinition(const QString& key) {
    for (const SettingDefinition& d : settingDefinitions()) {
        if (d.key == key)
            return &d;
    }
    return nullptr;
}

QString invalidSettingReason(const SettingDefinition& definition, const QString& value) {
    const QString v = value.trimmed();
    if (definition.kind == K::Flag) {
        if (v == QLatin1String("0") || v == QLatin1String("1"))
            return {};
        return QStringLiteral("%1 takes 0 (no) or 1 (yes), not '%2'").arg(definition.title, v);
    }
    bool ok = false;
    const double number = v.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return QStringLiteral("%1 must be a number, not '%2'").arg(definition.title, v);
    if (definition.kind == K::WholeNumber && number != std::floor(number))
        return QStringLiteral("%1 must be a whole number, not '%2'").arg(definition.title, v);
    const bool belowMinimum =
        definition.minimumExcluded ? number <= definition.minimum : number < definition.minimum;
    if (belowMinimum || number > definition.maximum)
        return QStringLiteral("%1 must be %2 %3 and at most %4")
            .arg(definition.title,
                 definition.minimumExcluded ? QStringLiteral("above") : QStringLiteral("at least"))
            .arg(definition.minimum)
            .arg(definition.maximum);
    return {};
}

namespace {

SettingValue readSetting(Workspace& workspace, const SettingDefinition& definition) {
    SettingValue v;
    v.definition = definition;
    const QString stored = workspace.setting(definition.key);
    v.isSet = !stored.isNull();
    v.value = v.isSet ? stored.trimmed() : definition.defaultValue;
    if (v.isSet) {
        constexpr qsizetype kLongest = 100; // no valid value comes close
        const QString reason = v.value.size() > kLongest
                                   ? QStringLiteral("%1 is %2 characters long")
                                         .arg(definition.title)
                                         .arg(v.value.size())
                                   : invalidSettingReason(definition, v.value);
        if (!reason.isEmpty()) {
            v.warning = QStringLiteral("%1: the stored value is not used (%2); the default %3 "
                                       "applies")
                            .arg(definition.title, reason, definition.defaultValue);
            v.value = definition.defaultValue;
            qWarning().noquote() << workspace.path() + QStringLiteral(": ") + v.warning;
        }
    }
    return v;
}

} // namespace

QString settingOrDefault(Workspace& workspace, const QString& key) {
    const SettingDefinition* definition = findSettingDefinition(key);
    return definition ? readSetting(workspace, *definition).value : QString();
}

double numberSetting(Workspace& workspace, const QString& key) {
    return settingOrDefault(workspace, key).toDouble();
}

std::vector<SettingValue> loadSettingValues(Workspace& workspace) {
    std::vector<SettingValue> values;
    for (const SettingDefinition& d : settingDefinitions())
        values.push_back(readSetting(workspace, d));
    return values;
}

bool writeSetting(Workspace& workspace, const QString& key, const QString& value, QString* error) {
    const QString reason = refusalOf(key, value);
    if (!reason.isEmpty()) {
        setError(error, reason);
        return false;
    }
    try {
        workspace.setSetting(key, value.trimmed());
        return true;
    } catch (const DbError& e) {
        setError(error, QStringLiteral("the setting could not be stored: %1").arg(e.message()));
        return false;
    }
}

bool writeSettings(Workspace& workspace, const std::vector<std::pair<QString, QString>>& values,
                   QString* error) {
    for (const auto& [key, value] : values) {
        const QString reason = refusalOf(key, value);
        if (!reason.isEmpty()) {
            setError(error, reason);
            return false;
        }
    }
    try {
        Transaction transaction(workspace.db());
        for (const auto& [key, value] : values) {
            if (!writeSetting(workspace, key, value, error))
                return false; // the transaction rolls back
        }
        transaction.commit();
        return true;
    } catch (const DbError& e) {
        setError(error, QStringLiteral("the settings could not be stored: %1").arg(e.message()));
        return false;
    }
}

} // namespace pvi
