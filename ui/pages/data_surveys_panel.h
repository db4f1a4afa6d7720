#pragma once

#include "importers/survey_question_marks.h"

#include <QHash>
#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTableView;

namespace pvi {

class RecordTableModel;

/// The Data page's survey questions: every question of the imported surveys with its use
/// (instrument and scale, ethics, segment) and answers, and buttons that mark or unmark the
/// selected question as about personalization ethics or as a segment of the "survey" dimension.
class DataSurveysPanel : public QWidget {
    Q_OBJECT
public:
    explicit DataSurveysPanel(QWidget* parent = nullptr);

    /// Shows these questions.
    void setQuestions(const std::vector<SurveyQuestionUse>& questions);
    /// Shows what the last change did (or why it was refused).
    void showMessage(const QString& text, bool error);

    RecordTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* ethicsButton() const { return m_ethics; }
    QPushButton* segmentButton() const { return m_segment; }

Q_SIGNALS:
    /// The user asked to change a question's marks.
    void markRequested(const QString& question, const SurveyQuestionMark& mark);

private:
    /// The selected question's use; nullptr when none is selected.
    const SurveyQuestionUse* selected() const;
    void updateButtons();

    RecordTableModel* m_model;
    QTableView* m_table;
    QPushButton* m_ethics;
    QPushButton* m_segment;
    QLabel* m_message;
    QHash<QString, SurveyQuestionUse> m_uses;
};

} // namespace pvi
