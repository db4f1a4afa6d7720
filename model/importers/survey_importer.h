#pragma once

#include "importers/importer.h"
#include "importers/survey_columns.h"
#include "io/timestamp.h"

#include <QStringList>

#include <vector>

namespace pvi {

/// Where a survey platform puts respondent, time and email, as data (one table per platform).
struct SurveyLayout {
    QString platform;              ///< stored id, e.g. "surveymonkey"
    QStringList respondentColumns; ///< alternatives; none: a key is derived from time and email
    QStringList timeColumns;       ///< alternatives, best first
    bool timesAreUtc = false;      ///< the time columns hold UTC (Typeform's "(UTC)" columns)
    QStringList emailColumns;      ///< alternatives
    QStringList systemColumns;     ///< columns that are not questions
    bool twoRowHeader = false;     ///< SurveyMonkey: row 2 holds "Response" or option labels
};

/// Reads any survey export laid out as `SurveyLayout` says: buffers the rows (surveys are
/// small), decides each question column's role once all answers are known
/// (classifySurveyColumns: remembered choices, wording, answers), then stores one respondent per
/// row with their scores, comments and choice answers (survey_segment_answers). A score outside its
/// scale or an answer that does not read as a score rejects the file with the file, line, column
/// and value.
class SurveyImporter : public Importer {
public:
    explicit SurveyImporter(SurveyLayout layout);

    void begin(ImportContext& context, const HeaderMap& header) override;
    void addRow(ImportContext& context, const CsvRow& row) override;
    void finish(ImportContext& context) override;

    /// How each question column of the rows read so far is read, with the remembered
    /// `choices` (what finish() will store); for previews before an import.
    std::vector<SurveyColumn> classify(const QHash<QString, QuestionChoice>& choices) const;
    /// Data rows read so far (the second header row of SurveyMonkey not counted).
    qsizetype rowCount() const { return qsizetype(m_rows.size()); }

private:
    struct BufferedRow {
        QStringList fields;
        qint64 line = 0;
    };
    std::vector<SurveyQuestionColumn> questionColumns() const;
    QString respondentKey(const BufferedRow& row, QHash<QString, int>& seen) const;
    void storeRow(ImportContext& context, const BufferedRow& row,
                  const std::vector<SurveyColumn>& columns, const QString& survey,
                  QHash<QString, int>& seenKeys);

    SurveyLayout m_layout;
    QStringList m_header;
    QStringList m_subHeader;
    bool m_subHeaderChecked = false;
    int m_respondentColumn = -1;
    int m_timeColumn = -1;
    int m_emailColumn = -1;
    std::vector<BufferedRow> m_rows;
    DateOrder m_dateOrder = DateOrder::MonthFirst;
};

} // namespace pvi
