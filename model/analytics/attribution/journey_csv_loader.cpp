#include "analytics/attribution/journey_csv_loader.h"

#include "io/csv_reader.h"
#include "io/timestamp.h"
#include "io/value_parsers.h"

#include <map>
#include <optional>

namespace pvi {

namespace {

const QStringList kKeyNames{
    QStringLiteral("journey_id"),  QStringLiteral("journey"),  QStringLiteral("journey_key"),
    QStringLiteral("customer_id"), QStringLiteral("customer"), QStringLiteral("customer_email"),
    QStringLiteral("email"),       QStringLiteral("user_id"),  QStringLiteral("visitor_id")};
const QStringList kTouchTimeNames{QStringLiteral("timestamp"),  QStringLiteral("touched_at"),
                                  QStringLiteral("touch_time"), QStringLiteral("event_time"),
                                  QStringLiteral("datetime"),   QStringLiteral("time"),
                                  QStringLiteral("date")};
const QStringList kChannelNames{QStringLiteral("channel"), QStringLiteral("touch_channel"),
                                QStringLiteral("source"), QStringLiteral("utm_source"),
                                QStringLiteral("medium")};
const QStringList kPersonalizedNames{QStringLiteral("personalized"), QStringLiteral("personalised"),
                                     QStringLiteral("is_personalized"),
                                     QStringLiteral("is_personalised"),
                                     QStringLiteral("personalization")};
const QStringList kConvertedNames{QStringLiteral("converted"), QStringLiteral("is_converted"),
                                  QStringLiteral("did_convert"), QStringLiteral("conversion")};
const QStringList kConversionTimeNames{QStringLiteral("conversion_timestamp"),
                                       QStringLiteral("converted_at"),
                                       QStringLiteral("conversion_time"),
                                       QStringLiteral("conversion_date"),
                                       QStringLiteral("timestamp"),
                                       QStringLiteral("time"),
                                       QStringLiteral("date")};
const QStringList kValueNames{QStringLiteral("conversion_value"), QStringLiteral("value"),
                              QStringLiteral("revenue"), QStringLiteral("amount"),
                              QStringLiteral("order_value")};

QString normalizedHeader(const QString& name) {
    QString n = name.trimmed().toLower();
    n.replace(QLatin1Char(' '), QLatin1Char('_'));
    n.replace(QLatin1Char('-'), QLatin1Char('_'));
    return n;
}

/// The 0-based column of the first synonym present in the header, or -1.
qsizetype findColumn(const QStringList& header, const QStringList& synonyms) {
    for (const QString& name : synonyms) {
        const qsizetype at = header.indexOf(name);
        if (at >= 0)
            return at;
    }
    return -1;
}

/// A CSV file being read row by row, with errors phrased with the file, line and column.
class CsvTable {
public:
    explicit CsvTable(const QString& path)
        : m_path(path) {}

    bool open(QString& error) {
        if (!m_reader.open(m_path)) {
            error = m_reader.error().toString();
            return false;
        }
        CsvRow row;
        if (!m_reader.readRow(row)) {
            error = m_reader.hasError() ? m_reader.error().toString()
                                        : m_path + QStringLiteral(": the file is empty");
            return false;
        }
        for (const QString& name : row.fields)
            m_header.push_back(normalizedHeader(name));
        return true;
    }

    qsizetype column(const QStringList& synonyms) const { return findColumn(m_header, synonyms); }

    QString missing(const char* what, const QStringList& synonyms) const {
        return m_path + QStringLiteral(":1: no %1 column (expected one of: %2)")
                            .arg(QLatin1String(what), synonyms.join(QStringLiteral(", ")));
    }

    bool next(CsvRow& row, QString& error) {
        if (m_reader.readRow(row))
            return true;
        if (m_reader.hasError())
            error = m_reader.error().toString();
        return false;
    }

    QString at(const CsvRow& row, qsizetype column, const QString& message) const {
        return m_path + QStringLiteral(":%1:%2: ").arg(row.line).arg(column + 1) + message;
    }

private:
    QString m_path;
    CsvReader m_reader;
    QStringList m_header;
};

QString readTouchpoints(const QString& path, std::map<QString, Journey>& journeys) {
    CsvTable table(path);
    QString error;
    if (!table.open(error))
        return error;
    const qsizetype keyCol = table.column(kKeyNames);
    const qsizetype timeCol = table.column(kTouchTimeNames);
    const qsizetype channelCol = table.column(kChannelNames);
    const qsizetype personalizedCol = table.column(kPersonalizedNames);
    if (keyCol < 0)
        return table.missing("journey or customer id", kKeyNames);
    if (timeCol < 0)
        return table.missing("timestamp", kTouchTimeNames);
    if (channelCol < 0)
        return table.missing("channel", kChannelNames);
    CsvRow row;
    while (table.next(row, error)) {
        const QString key = row.value(keyCol).trimmed();
        if (key.isEmpty())
            return table.at(row, keyCol, QStringLiteral("the journey or customer id is empty"));
        Touch touch;
        touch.channel = row.value(channelCol).trimmed();
        if (touch.channel.isEmpty())
            return table.at(row, channelCol, QStringLiteral("the channel is empty"));
        const auto at = parseUtcInstant(row.value(timeCol));
        if (!at) {
            return table.at(row, timeCol,
                            QStringLiteral("'%1' is not a timestamp").arg(row.value(timeCol)));
        }
        touch.at = *at;
        if (personalizedCol >= 0) {
            const QString text = row.value(personalizedCol).trimmed();
            const auto flag = text.isEmpty() ? std::optional<bool>(false) : parseBool(text);
            if (!flag) {
                return table.at(row, personalizedCol,
                                QStringLiteral("'%1' is not yes/no, true/false or 1/0").arg(text));
            }
            touch.personalized = *flag;
        }
        Journey& journey = journeys[key];
        journey.key = key;
        journey.touches.push_back(touch);
    }
    return error;
}

QString readConversions(const QString& path, std::map<QString, Journey>& journeys) {
    CsvTable table(path);
    QString error;
    if (!table.open(error))
        return error;
    const qsizetype keyCol = table.column(kKeyNames);
    const qsizetype convertedCol = table.column(kConvertedNames);
    const qsizetype timeCol = table.column(kConversionTimeNames);
    const qsizetype valueCol = table.column(kValueNames);
    if (keyCol < 0)
        return table.missing("journey or customer id", kKeyNames);
    std::map<QString, qint64> convertedOnLine;
    CsvRow row;
    while (table.next(row, error)) {
        const QString key = row.value(keyCol).trimmed();
        if (key.isEmpty())
            return table.at(row, keyCol, QStringLiteral("the journey or customer id is empty"));
        bool converted = true;
        if (convertedCol >= 0) {
            const auto flag = parseBool(row.value(convertedCol));
            if (!flag) {
                return table.at(row, convertedCol,
                                QStringLiteral("'%1' is not yes/no, true/false or 1/0")
                                    .arg(row.value(convertedCol)));
            }
            converted = *flag;
        }
        Journey& journey = journeys[key];
        journey.key = key;
        if (!converted)
            continue;
        if (const auto seen = convertedOnLine.find(key); seen != convertedOnLine.end()) {
            return table.at(
                row, keyCol,
                QStringLiteral("'%1' already converted on line %2").arg(key).arg(seen->second));
        }
        convertedOnLine[key] = row.line;
        journey.converted = true;
        if (timeCol >= 0 && !row.value(timeCol).trimmed().isEmpty()) {
            const auto at = parseUtcInstant(row.value(timeCol));
            if (!at) {
                return table.at(row, timeCol,
                                QStringLiteral("'%1' is not a timestamp").arg(row.value(timeCol)));
            }
            journey.convertedAt = *at;
        }
        if (valueCol >= 0) {
            const ParsedNumber value = parseNumber(row.value(valueCol));
            if (value.status == ParsedNumber::Status::Invalid) {
                return table.at(row, valueCol,
                                QStringLiteral("'%1' is not a number").arg(row.value(valueCol)));
            }
            journey.value = value.ok() ? value.value : 0.0;
        }
    }
    return error;
}

} // namespace

JourneyLoadResult loadJourneysFromCsv(const QString& touchpointsPath,
                                      const QString& conversionsPath) {
    JourneyLoadResult result;
    std::map<QString, Journey> journeys;
    result.error = readTouchpoints(touchpointsPath, journeys);
    if (result.error.isEmpty())
        result.error = readConversions(conversionsPath, journeys);
    if (!result.error.isEmpty())
        return result;
    result.journeys.reserve(journeys.size());
    for (auto& entry : journeys)
        result.journeys.push_back(std::move(entry.second));
    return result;
}

} // namespace pvi
