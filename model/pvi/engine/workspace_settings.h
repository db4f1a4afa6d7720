#pragma once

#include <QString>

#include <utility>
#include <vector>

namespace pvi {

class Workspace;

/// A workspace setting the app reads (the `settings` table's key), for people and for checking
/// values before they are stored.
struct SettingDefinition {
    /// The kind of value: a yes/no flag stored as "1"/"0", or a number within [minimum, maximum].
    enum class Kind { Flag, Number, WholeNumber };

    QString key;
    QString title;
    QString description;
    Kind kind = Kind::Flag;
    QString defaultValue;         ///< what the app uses when the key is not set
    double minimum = 0;           ///< smallest allowed number (numbers only)
    double maximum = 0;           ///< largest allowed number (numbers only)
    bool minimumExcluded = false; ///< true when the minimum itself is not allowed
};

/// A setting with the workspace's value (the default when the key is not set).
struct SettingValue {
    SettingDefinition definition;
    QString value;
    bool isSet = false; ///< whether the workspace stores a value for the key
    /// Why the stored value is not used (it is invalid: the default is used instead); empty when
    /// the value is the stored one or the key is not set.
    QString warning;
};

/// The settings the app reads, in display order.
const std::vector<SettingDefinition>& settingDefinitions();

/// The definition of `key`, or null.
const SettingDefinition* findSettingDefinition(const QString& key);

/// Why `value` is not valid for the setting (empty when it is): flags take "0" or "1", numbers
/// must parse (C locale) and lie in the allowed range.
QString invalidSettingReason(const SettingDefinition& definition, const QString& value);

/// The value the app uses for a known setting: the stored one when it is valid, else the default.
/// Settings are checked when read, not only when written, because the file may have been written
/// by another program: an invalid stored value is reported with a warning and never used. Throws
/// DbError on a database failure (an unknown key is a programming error: its value is empty).
QString settingOrDefault(Workspace& workspace, const QString& key);

/// settingOrDefault() as a number (known Number or WholeNumber settings).
double numberSetting(Workspace& workspace, const QString& key);

/// Every known setting with the workspace's value (the default, with a warning, when the stored
/// value is invalid). Throws DbError on a database failure.
std::vector<SettingValue> loadSettingValues(Workspace& workspace);

/// Stores a known setting after checking its value; false with a message for an unknown key, an
/// invalid value or a database failure.
bool writeSetting(Workspace& workspace, const QString& key, const QString& value, QString* error);

/// Stores several known settings in one transaction: all of them or, when a key is unknown, a
/// value invalid or the database fails, none (false with a message).
bool writeSettings(Workspace& workspace, const std::vector<std::pair<QString, QString>>& values,
                   QString* error);

} // namespace pvi
