#include "importers/survey_importer.h"

#include "importers/header_map.h"
#include "importers/import_context.h"
#include "importers/survey_store.h"
#include "io/csv_row.h"
#include "io/timestamp.h"
#include "io/value_parsers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>

#include <algorithm>

namespace pvi {

namespace {

// A choice answer is kept for segments at most this long (longer text is no segment label).
constexpr qsizetype kMaxChoiceAnswerLength = 100;

bool sameName(const QString& a, const QString& b) {
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

QString describeColumns(const std::vector<SurveyColumn>& columns) {
    int counts[5] = {0, 0, 0, 0, 0};
    for (const SurveyColumn& c : columns) {
        switch (c.instrument) {
        case SurveyInstrument::Nps:
            ++counts[0];
            break;
        case SurveyInstrument::Csat:
            ++counts[1];
            break;
        case SurveyInstrument::Ces:
            ++counts[2];
            break;
        case SurveyInstrument::Likert:
            ++counts[3];
            break;
        case SurveyInstrument::Comment:
            ++counts[4];
            break;
        default:
            break;
        }
    }
    const char* names[5] = {"NPS", "CSAT", "CES", "Likert", "comment"};
    QStringList parts;
    for (int i = 0; i < 5; ++i) {
        if (counts[i] > 0)
            parts << QStringLiteral("%1 %2").arg(counts[i]).arg(QLatin1String(names[i]));
    }
    return parts.isEmpty() ? QCoreApplication::translate("pvi::ImportText",
                                                         "no score or comment column recognised")
                           : parts.join(QStringLiteral(", ")) + QStringLiteral(" column(s)");
}

} // namespace

SurveyImporter::SurveyImporter(SurveyLayout layout)
    : m_layout(std::move(layout)) {}

void SurveyImporter::begin(ImportContext&, const HeaderMap& header) {
    m_header = header.names();
    m_respondentColumn = header.firstOf(m_layout.respondentColumns).index;
    m_timeColumn = header.firstOf(m_layout.timeColumns).index;
    m_emailColumn = header.firstOf(m_layout.emailColumns).index;
}

void SurveyImporter::addRow(ImportContext& context, const CsvRow& row) {
    if (m_layout.twoRowHeader && !m_subHeaderChecked) {
        m_subHeaderChecked = true;
        const bool noRespondent =
            m_respondentColumn < 0 || row.value(m_respondentColumn).trimmed().isEmpty();
        const bool labelled =
            std::any_of(row.fields.begin(), row.fields.end(), [](const QString& f) {
                return sameName(f, QStringLiteral("Response")) ||
                       sameName(f, QStringLiteral("Open-Ended Response"));
            });
        if (noRespondent && labelled) {
            m_subHeader = row.fields;
            --context.report().rowsRead; // the second header row is not a respondent
            return;
        }
    }
    m_rows.push_back({row.fields, row.line});
}

std::vector<SurveyQuestionColumn> SurveyImporter::questionColumns() const {
    std::vector<SurveyQuestionColumn> columns;
    QString carried;
    for (int i = 0; i < m_header.size(); ++i) {
        const QString name = m_header.at(i).trimmed();
        if (!name.isEmpty())
            carried = name;
        const bool system =
            i == m_respondentColumn || i == m_timeColumn || i == m_emailColumn ||
            name.startsWith(QLatin1String("Custom Data"), Qt::CaseInsensitive) ||
            std::any_of(m_layout.systemColumns.begin(), m_layout.systemColumns.end(),
                        [&](const QString& s) { return !name.isEmpty() && sameName(s, name); });
        if (system || carried.isEmpty())
            continue;
        const QString sub = m_subHeader.value(i).trimmed();
        SurveyQuestionColumn column;
        column.index = i;
        column.subAnswer = sub;
        const bool single = sub.isEmpty() || sameName(sub, QStringLiteral("Response")) ||
                            sameName(sub, QStringLiteral("Open-Ended Response"));
        column.question = single ? carried : carried + QStringLiteral(" | ") + sub;
        columns.push_back(column);
    }
    return columns;
}

QString SurveyImporter::respondentKey(const BufferedRow& row, QHash<QString, int>& seen) const {
    const QString id =
        m_respondentColumn >= 0 ? row.fields.value(m_respondentColumn).trimmed() : QString();
    if (!id.isEmpty())
        return id;
    const QString base = row.fields.value(m_timeColumn).trimmed() + u'|' +
                         normalizeEmail(row.fields.value(m_emailColumn));
    const int occurrence = ++seen[base];
    return base + u'#' + QString::number(occurrence);
}

std::vector<SurveyColumn>
SurveyImporter::classify(const QHash<QString, QuestionChoice>& choices) const {
    std::vector<QStringList> values;
    values.reserve(m_rows.size());
    for (const BufferedRow& row : m_rows)
        values.push_back(row.fields);
    return classifySurveyColumns(questionColumns(), values, choices);
}

void SurveyImporter::finish(ImportContext& context) {
    if (m_rows.empty())
        return;
    const std::vector<SurveyQuestionColumn> questions = questionColumns();
    QStringList times;
    for (const BufferedRow& row : m_rows) {
        if (m_timeColumn >= 0)
            times << row.fields.value(m_timeColumn);
    }
    m_dateOrder = inferDateOrder(times, DateOrder::MonthFirst);
    const std::vector<SurveyColumn> columns = classify(loadQuestionChoices(context.db()));
    QStringList signature{m_layout.platform};
    for (const SurveyQuestionColumn& q : questions)
        signature << q.question;
    const QString survey = QString::fromLatin1(
        QCryptographicHash::hash(signature.join(u'\n').toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16));
    context.report().sourceTitle =
        spec().title + QStringLiteral(" (") + describeColumns(columns) + u')';
    QHash<QString, int> seenKeys;
    for (const BufferedRow& row : m_rows)
        storeRow(context, row, columns, survey, seenKeys);
}

void SurveyImporter::storeRow(ImportContext& context, const BufferedRow& row,
                              const std::vector<SurveyColumn>& columns, const QString& survey,
                              QHash<QString, int>& seenKeys) {
    SurveyRespondentRecord r;
    r.platform = m_layout.platform;
    r.survey = survey;
    r.surveyTitle = QFileInfo(context.report().file).completeBaseName();
    r.respondentKey = respondentKey(row, seenKeys);
    const QString email = normalizeEmail(row.fields.value(m_emailColumn));
    if (email.contains(u'@'))
        r.email = email;
    const QString time = m_timeColumn >= 0 ? row.fields.value(m_timeColumn).trimmed() : QString();
    if (!time.isEmpty()) {
        std::optional<Timestamp> parsed = parseTimestamp(time, m_dateOrder);
        if (parsed && parsed->date.isValid()) {
            if (m_layout.timesAreUtc && !parsed->utcOffsetSeconds)
                parsed->utcOffsetSeconds = 0;
            r.submittedAt = toIsoText(*parsed);
            r.submittedDate = parsed->date.toString(Qt::ISODate);
        } else {
            context.warning(
                row.line, m_timeColumn + 1, QStringLiteral("bad-timestamp"),
                QCoreApplication::translate("pvi::ImportText",
                                            "%1 is not a date and time (column '%2'); the response "
                                            "is kept without a date")
                    .arg(time, m_header.value(m_timeColumn)));
        }
    }
    for (const SurveyColumn& column : columns) {
        const QString value = row.fields.value(column.index).trimmed();
        if (value.isEmpty())
            continue;
        if (column.instrument == SurveyInstrument::Comment) {
            if (parseScoreAnswer(value, {}).status != ScoreAnswer::Status::NotApplicable)
                r.answers.push_back({column.question, column.instrument, std::nullopt, {}, value});
            continue;
        }
        if (column.instrument == SurveyInstrument::None) {
            // A choice, a ticked check-box option (its label) or a matrix row's answer: kept for
            // the survey segment dimension.
            r.choiceAnswers.push_back(
                {column.question, value.simplified().left(kMaxChoiceAnswerLength)});
            continue;
        }
        if (!isScoreInstrument(column.instrument))
            continue;
        const ScoreAnswer answer = parseScoreAnswer(value, column.scale);
        if (answer.status == ScoreAnswer::Status::Invalid) {
            context.error(
                row.line, column.index + 1, QStringLiteral("bad-score"),
                QCoreApplication::translate("pvi::ImportText",
                                            "'%1' is not a score (column '%2', %3 on %4–%5)")
                    .arg(value, column.question, instrumentId(column.instrument).toUpper())
                    .arg(column.scale.min)
                    .arg(column.scale.max));
            continue;
        }
        if (answer.status != ScoreAnswer::Status::Ok)
            continue;
        if (!column.scale.contains(answer.value)) {
            context.error(
                row.line, column.index + 1, QStringLiteral("score-out-of-scale"),
                QCoreApplication::translate("pvi::ImportText",
                                            "score %1 is outside the %2 scale %3–%4 (column '%5')")
                    .arg(value, instrumentId(column.instrument).toUpper())
                    .arg(column.scale.min)
                    .arg(column.scale.max)
                    .arg(column.question));
            continue;
        }
        r.answers.push_back({column.question, column.instrument, answer.value, column.scale, {}});
    }
    if (!context.hasErrors())
        storeSurveyRespondent(context, r);
}

} // namespace pvi
