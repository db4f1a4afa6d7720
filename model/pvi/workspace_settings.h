#pragma once

#include <QString>

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
};

/// The settings the app reads, in display order.
const std::vector<SettingDefinition>& settingDefinitions();

/// The definition of `key`, or null.
const SettingDefinition* findSettingDefinition(const QString& key);

/// Why `value` is not valid for the setting (empty when it is): flags take "0" or "1", numbers
/// must parse (C locale) and lie in the allowed range.
QString invalidSettingReason(const SettingDefinition& definition, const QString& value);

/// Every known setting with the workspace's value. Throws DbError on a database failure.
std::vector<SettingValue> loadSettingValues(Workspace& workspace);

/// Stores a known setting after checking its value; false with a message for an unknown key, an
/// invalid value or a database failure.
bool writeSetting(Workspace& workspace, const QString& key, const QString& value, QString* error);

} // namespace pvi
