#include "cli/json_values.h"

#include <QJsonArray>

#include <cmath>

namespace pvi::cli {

QJsonValue jsonNumber(const std::optional<double>& value) {
    return value && std::isfinite(*value) ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonInterval(const std::optional<double>& low, const std::optional<double>& high) {
    if (!low || !high)
        return QJsonValue(QJsonValue::Null);
    return QJsonArray{jsonNumber(low), jsonNumber(high)};
}

} // namespace pvi::cli
