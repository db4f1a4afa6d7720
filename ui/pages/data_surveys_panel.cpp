#include "pages/data_surveys_panel.h"

#include "pages/data_panel_parts.h"
#include "pages/record_table_model.h"
#include "widgets/tone.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

QString surveyUseText(const SurveyQuestionUse& use) {
    QString text = instrumentLabel(use.instrument());
    if (isScoreInstrument(use.instrument()) && use.scale().isValid())
        text += u" %1–%2"_s.arg(use.scale().min).arg(use.scale().max);
    return text;
}

QString reimportTip(const SurveyQuestionUse& use) {
    return use.needsReimport()
               ? DataSurveysPanel::tr("Import the survey file again: its answers were read as %1.")
                     .arg(instrumentLabel(use.imported))
               : QString();
}

} // namespace

DataSurveysPanel::DataSurveysPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new RecordTableModel({tr("Question"), tr("Use"), tr("Ethics"), tr("Segment"),
                                    tr("Answers"), tr("Choice answers")},
                                   this))
    , m_table(
          datapanel::recordTable(m_model, u"surveyQuestionTable"_s, tr("Survey questions"), this))
    , m_ethics(datapanel::button(tr("Mark as ethics question"), u"surveyEthicsButton"_s, this))
    , m_segment(datapanel::button(tr("Mark as segment"), u"surveySegmentButton"_s, this))
    , m_message(datapanel::formMessage(u"surveyMessage"_s, this)) {
    auto* intro = new QLabel(
        DataSurveysPanel::tr(
            "Questions about the ethics of personalization (a score question: \"I understand why I "
            "see these offers\") feed the Perceived personalization ethics score; a choice "
            "question marked as a segment (\"How did you hear about us?\") becomes a Survey answer "
            "segment. Both apply at once to the answers already imported. To change a question's "
            "instrument, use `pvi surveys mark` and import the survey file again."),
        this);
    intro->setWordWrap(true);
    setTone(intro, Tone::Secondary);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_ethics);
    buttons->addWidget(m_segment);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DataSurveysPanel::updateButtons);
    connect(m_ethics, &QPushButton::clicked, this, [this] {
        if (const SurveyQuestionUse* use = selected()) {
            SurveyQuestionMark mark;
            mark.ethics = !use->isEthics();
            Q_EMIT markRequested(use->question, mark);
        }
    });
    connect(m_segment, &QPushButton::clicked, this, [this] {
        if (const SurveyQuestionUse* use = selected()) {
            SurveyQuestionMark mark;
            mark.segment = !use->isSegment;
            Q_EMIT markRequested(use->question, mark);
        }
    });
    updateButtons();
}

void DataSurveysPanel::setQuestions(const std::vector<SurveyQuestionUse>& questions) {
    m_uses.clear();
    QList<RecordRow> rows;
    for (const SurveyQuestionUse& q : questions) {
        m_uses.insert(q.question, q);
        const QString use = surveyUseText(q);
        const QString ethics = q.isEthics() ? tr("yes") : QString();
        const QString segment = q.isSegment ? tr("yes") : QString();
        rows.append({q.question,
                     {{q.question, q.question, q.question},
                      {use, use, reimportTip(q)},
                      {ethics, ethics, {}},
                      {segment, segment, {}},
                      {QString::number(q.answers), q.answers, {}},
                      {QString::number(q.choiceAnswers), q.choiceAnswers, {}}}});
    }
    m_model->setRows(rows);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->resizeColumnsToContents();
    updateButtons();
}

void DataSurveysPanel::showMessage(const QString& text, bool error) {
    datapanel::showFormMessage(m_message, text, error);
}

const SurveyQuestionUse* DataSurveysPanel::selected() const {
    const QVariant key = datapanel::selectedKey(m_table);
    if (!key.isValid())
        return nullptr;
    const auto it = m_uses.constFind(key.toString());
    return it == m_uses.constEnd() ? nullptr : &*it;
}

void DataSurveysPanel::updateButtons() {
    const SurveyQuestionUse* use = selected();
    m_ethics->setEnabled(use && (use->isEthics() || isScoreInstrument(use->instrument())));
    m_segment->setEnabled(use != nullptr);
    m_ethics->setText(use && use->isEthics() ? tr("Unmark ethics") : tr("Mark as ethics question"));
    m_segment->setText(use && use->isSegment ? tr("Unmark segment") : tr("Mark as segment"));
    if (use && !use->isEthics() && !isScoreInstrument(use->instrument()))
        m_ethics->setToolTip(tr("Only a score question (Likert, CSAT, …) can be about ethics."));
    else
        m_ethics->setToolTip(QString());
}

} // namespace pvi
