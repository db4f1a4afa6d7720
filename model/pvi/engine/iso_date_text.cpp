#include "pvi/engine/iso_date_text.h"

#include <QString>

namespace pvi {

bool isIsoDateText(std::string_view text) {
    if (text.size() != 10)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool separator = i == 4 || i == 7;
        if (separator ? text[i] != '-' : (text[i] < '0' || text[i] > '9'))
            return false;
    }
    return true;
}

QDate readIsoDate(std::string_view text) {
    if (isIsoDateText(text)) {
        const auto number = [&](std::size_t from, std::size_t length) {
            int value = 0;
            for (std::size_t i = from; i < from + length; ++i)
                value = value * 10 + (text[i] - '0');
            return value;
        };
        return QDate(number(0, 4), number(5, 2), number(8, 2));
    }
    return QDate::fromString(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())),
                             Qt::ISODate);
}

} // namespace pvi
