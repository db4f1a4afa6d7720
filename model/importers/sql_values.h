#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace pvi {

/// Empty text is stored as NULL.
inline QString nullIfEmpty(const QString& text) {
    return text.isEmpty() ? QString() : text;
}

/// A yes/no value as stored (1/0), NULL when unknown.
inline std::optional<std::int64_t> flagValue(std::optional<bool> value) {
    if (!value)
        return std::nullopt;
    return *value ? 1 : 0;
}

} // namespace pvi
