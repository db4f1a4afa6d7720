// The Data page on a workspace holding two import batches, opened through the main window: it
// lists the batches, shows a batch's stored report, removes a batch (after confirmation) with
// its orders, and stores rules, costs, targets and settings entered in its forms — each checked
// against the workspace through the model API. Invalid input shows a message and stores nothing.
#include "analytics/costs/cost_store.h"
#include "analytics/targets/target_store.h"
#include "gui_test_setup.h"
#include "import/import_issue_model.h"
#include "import/import_report_dialog.h"
#include "importers/import_batches.h"
#include "importers/import_runner.h"
#include "importers/importer_registry.h"
#include "importers/survey_question_list.h"
#include "pages/data_batches_panel.h"
#include "pages/data_costs_panel.h"
#include "pages/data_page.h"
#include "pages/data_rules_panel.h"
#include "pages/data_segment_rules_panel.h"
#include "pages/data_settings_panel.h"
#include "pages/data_surveys_panel.h"
#include "pages/data_targets_panel.h"
#include "pages/record_table_model.h"
#include "pvi/engine/personalization_rules.h"
#include "pvi/engine/pvi_registry.h"
#include "pvi/segments/segment_rules_store.h"
#include "shell/main_window.h"
#include "store/workspace.h"
#include "survey_workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kLoadTimeoutMs = 60000;

const QString kFirstFile = QStringLiteral(PVI_FIXTURES_DIR "/ui/orders_export.csv");
const QString kSecondFile =
    QStringLiteral(PVI_FIXTURES_DIR "/shopify/bad_input/bad_optional_value.csv");

std::unique_ptr<pvi::Workspace> openWorkspace(const QString& path) {
    return pvi::Workspace::open(path, pvi::Workspace::Mode::OpenExisting).workspace;
}

/// Selects the table row whose key is `key` (the view sorts through a proxy).
bool selectRow(QTableView* table, const QVariant& key) {
    const QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(pvi::RecordTableModel::KeyRole) == key) {
            table->selectRow(row);
            return true;
        }
    }
    return false;
}

} // namespace

class TestDataPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheImportBatches();
    void showsABatchsStoredReport();
    void removesABatchWithItsOrdersAfterConfirmation();
    void addsAndRemovesARule();
    void emptyPatternShowsAMessageAndStoresNothing();
    void savesEditsAndRemovesASegmentRule();
    void addsAndRemovesACost();
    void invalidAmountShowsAMessageAndStoresNothing();
    void savesEditsAndRemovesATarget();
    void savesSettings();
    void marksSurveyQuestionsAsEthicsAndSegment();

private:
    /// Clicks `button` and waits until the page has reloaded after the change.
    bool clickAndWaitForReload(QPushButton* button);

    pvi::test::TempDir m_dir;
    int m_count = 0;
    QString m_path;
    std::unique_ptr<pvi::MainWindow> m_window;
    pvi::DataPage* m_page = nullptr;
};

void TestDataPage::initTestCase() {
    pvi::test::isolateGuiTestSettings();
}

void TestDataPage::init() {
    // A fresh workspace for every test: two import batches.
    m_path = m_dir.path(u"data%1.pvi"_s.arg(++m_count));
    {
        auto opened = pvi::Workspace::open(m_path, pvi::Workspace::Mode::CreateOrOpen);
        QVERIFY2(opened.workspace, qPrintable(opened.error));
        for (const QString& file : {kFirstFile, kSecondFile}) {
            const pvi::ImportReport report = pvi::importFile(*opened.workspace, file);
            QVERIFY2(report.ok, qPrintable(report.error));
        }
    }
    m_window = std::make_unique<pvi::MainWindow>();
    m_window->resize(1440, 900);
    m_window->show();
    QString error;
    QVERIFY2(m_window->openWorkspace(m_path, &error), qPrintable(error));
    m_page = qobject_cast<pvi::DataPage*>(m_window->page(u"data"_s));
    QVERIFY(m_page != nullptr);
    QSignalSpy loaded(m_page, &pvi::Page::loaded);
    QVERIFY(m_window->showPage(u"data"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), kLoadTimeoutMs);
    QVERIFY2(m_page->data().error.isEmpty(), qPrintable(m_page->data().error));
}

void TestDataPage::cleanup() {
    m_page = nullptr;
    m_window.reset();
}

bool TestDataPage::clickAndWaitForReload(QPushButton* button) {
    QSignalSpy loaded(m_page, &pvi::Page::loaded);
    if (!button->isEnabled()) {
        qWarning("%s is disabled", qPrintable(button->objectName()));
        return false;
    }
    button->click();
    return QTest::qWaitFor([&] { return !loaded.isEmpty() && !m_page->isBusy(); }, kLoadTimeoutMs);
}

void TestDataPage::listsTheImportBatches() {
    pvi::RecordTableModel* model = m_page->batchesPanel()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto ws = openWorkspace(m_path);
    QVERIFY(ws);
    const std::vector<pvi::ImportBatchInfo> batches = pvi::listImportBatches(*ws);
    QCOMPARE(batches.size(), std::size_t(2));
    QCOMPARE(model->rowCount(), 2);
    // Newest first, with the counts the model stored.
    using C = pvi::DataBatchesPanel::Column;
    for (int row = 0; row < 2; ++row) {
        const pvi::ImportBatchInfo& b = batches[std::size_t(1 - row)];
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model->data(model->index(row, column), role);
        };
        QCOMPARE(cell(C::File).toString(), b.fileName);
        // The source by its importer's name, its id in the tooltip.
        const pvi::ImporterSpec* spec = pvi::ImporterRegistry::instance().find(b.source);
        QVERIFY2(spec, qPrintable(b.source));
        QCOMPARE(cell(C::Source).toString(), spec->title);
        QCOMPARE(cell(C::Source, Qt::ToolTipRole).toString(), b.source);
        QCOMPARE(cell(C::Added, pvi::RecordTableModel::RawValueRole).toLongLong(),
                 qlonglong(b.recordsAdded));
        QCOMPARE(cell(C::Updated, pvi::RecordTableModel::RawValueRole).toLongLong(),
                 qlonglong(b.recordsUpdated));
        QCOMPARE(cell(C::Unchanged, pvi::RecordTableModel::RawValueRole).toLongLong(),
                 qlonglong(b.recordsUnchanged));
        QCOMPARE(cell(C::Issues, pvi::RecordTableModel::RawValueRole).toLongLong(),
                 qlonglong(b.issueCount));
        QCOMPARE(cell(C::Sha256).toString(), b.sha256.left(12));
        QCOMPARE(int(b.sha256.size()), 64);
    }
    QCOMPARE(batches[0].fileName, u"orders_export.csv"_s);
    QCOMPARE(batches[1].fileName, u"bad_optional_value.csv"_s);
}

void TestDataPage::showsABatchsStoredReport() {
    auto ws = openWorkspace(m_path);
    QVERIFY(ws);
    const pvi::ImportBatchInfo second = pvi::listImportBatches(*ws).at(1);
    const QList<pvi::ImportIssue> issues = pvi::importBatchIssues(*ws, second.id);
    QVERIFY2(!issues.isEmpty(), "the second fixture is expected to have an issue");

    pvi::DataBatchesPanel* panel = m_page->batchesPanel();
    QVERIFY(!panel->reportButton()->isEnabled());
    QVERIFY(selectRow(panel->table(), QVariant::fromValue(qlonglong(second.id))));
    QVERIFY(panel->reportButton()->isEnabled());
    panel->reportButton()->click();
    pvi::ImportReportDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_page->findChild<pvi::ImportReportDialog*>()) != nullptr,
                             kLoadTimeoutMs);
    QVERIFY2(dialog->summaryText().contains(u"bad_optional_value.csv"_s),
             qPrintable(dialog->summaryText()));
    QVERIFY2(dialog->detailsText().contains(u"%1 added"_s.arg(second.recordsAdded)),
             qPrintable(dialog->detailsText()));
    pvi::ImportIssueModel* model = dialog->issueModel();
    QCOMPARE(model->rowCount(), int(issues.size()));
    const auto cell = [&](int column) {
        return model->data(model->index(0, column), pvi::ImportIssueModel::RawRole);
    };
    QCOMPARE(cell(pvi::ImportIssueModel::Line).toInt(), issues[0].line);
    QCOMPARE(cell(pvi::ImportIssueModel::ColumnNumber).toInt(), issues[0].column);
    // The fixture's bad cell: Shipping (column 10) is 'six' on line 2.
    QCOMPARE(cell(pvi::ImportIssueModel::Line).toInt(), 2);
    QCOMPARE(cell(pvi::ImportIssueModel::ColumnNumber).toInt(), 10);
    dialog->close();
}

void TestDataPage::removesABatchWithItsOrdersAfterConfirmation() {
    auto ws = openWorkspace(m_path);
    QVERIFY(ws);
    const std::vector<pvi::ImportBatchInfo> before = pvi::listImportBatches(*ws);
    const pvi::ImportBatchInfo first = before.at(0);
    const std::int64_t ordersBefore = ws->db().queryInt("SELECT count(*) FROM orders");
    QVERIFY(first.ordersHeld > 0);

    QStringList questions;
    bool answer = false;
    m_page->setConfirmation([&](const QString&, const QString& question) {
        questions.append(question);
        return answer;
    });
    pvi::DataBatchesPanel* panel = m_page->batchesPanel();
    QVERIFY(selectRow(panel->table(), QVariant::fromValue(qlonglong(first.id))));
    // Declined: nothing happens.
    panel->removeButton()->click();
    QCOMPARE(int(questions.size()), 1);
    QVERIFY2(questions[0].contains(u"orders_export.csv"_s), qPrintable(questions[0]));
    // It says exactly what goes: the orders the batch holds, by number.
    QVERIFY2(questions[0].contains(QLocale().toString(qlonglong(first.ordersHeld)) + u" order"_s),
             qPrintable(questions[0]));
    QTest::qWait(200);
    QCOMPARE(pvi::listImportBatches(*ws).size(), std::size_t(2));

    // Confirmed: the batch goes with its orders; the other pages are told.
    answer = true;
    QSignalSpy changed(m_page, &pvi::Page::workspaceChanged);
    QVERIFY(clickAndWaitForReload(panel->removeButton()));
    QCOMPARE(int(changed.size()), 1);
    const std::vector<pvi::ImportBatchInfo> after = pvi::listImportBatches(*ws);
    QCOMPARE(after.size(), std::size_t(1));
    QCOMPARE(after[0].id, before.at(1).id);
    QCOMPARE(ws->db().queryInt("SELECT count(*) FROM orders"), ordersBefore - first.ordersHeld);
    QCOMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(panel->model()->key(0).toLongLong(), qlonglong(after[0].id));
    QVERIFY(panel->message()->isVisible());

    // Edit › Undo puts the batch back with its orders, as they were.
    QAction* undo = m_window->undoAction();
    QVERIFY2(undo->isEnabled(), "a removed batch can be undone");
    QVERIFY2(undo->text().contains(u"orders_export.csv"_s), qPrintable(undo->text()));
    QSignalSpy reloaded(m_page, &pvi::Page::loaded);
    undo->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isEmpty() && !m_page->isBusy(), kLoadTimeoutMs);
    const std::vector<pvi::ImportBatchInfo> restored = pvi::listImportBatches(*ws);
    QCOMPARE(restored.size(), std::size_t(2));
    QCOMPARE(restored[0].id, first.id);
    QCOMPARE(restored[0].ordersHeld, first.ordersHeld);
    QCOMPARE(ws->db().queryInt("SELECT count(*) FROM orders"), ordersBefore);
    QCOMPARE(ws->db().queryInt("SELECT count(*) FROM pragma_integrity_check WHERE "
                               "integrity_check <> 'ok'"),
             std::int64_t(0));
    QCOMPARE(panel->model()->rowCount(), 2);
    QVERIFY2(!undo->isEnabled(), "one removal, one undo");
}

void TestDataPage::addsAndRemovesARule() {
    pvi::DataRulesPanel* panel = m_page->rulesPanel();
    m_page->tabs()->setCurrentWidget(panel);
    QCOMPARE(panel->kindCombo()->count(), int(pvi::PersonalizationRules::kinds().size()));
    const int tagIndex = panel->kindCombo()->findData(u"order-tag"_s);
    QVERIFY(tagIndex >= 0);
    panel->kindCombo()->setCurrentIndex(tagIndex);
    QVERIFY(!panel->findChild<QLabel*>(u"ruleKindHelp"_s)->text().isEmpty());
    panel->patternEdit()->setText(u"vip"_s);
    QVERIFY(clickAndWaitForReload(panel->addButton()));

    auto ws = openWorkspace(m_path);
    QVERIFY(ws);
    std::vector<pvi::PersonalizationRule> rules = pvi::PersonalizationRules::list(*ws);
    QCOMPARE(rules.size(), std::size_t(1));
    QCOMPARE(rules[0].kind, u"order-tag"_s);
    QCOMPARE(rules[0].pattern, u"vip"_s);
    QCOMPARE(panel->model()->rowCount(), 1);
    QVERIFY(panel->patternEdit()->text().isEmpty());

    QVERIFY(selectRow(panel->table(), QVariant::fromValue(rules[0].id)));
    QVERIFY(clickAndWaitForReload(panel->removeButton()));
    QVERIFY(pvi::PersonalizationRules::list(*ws).empty());
    QCOMPARE(panel->model()->rowCount(), 0);
}

void TestDataPage::emptyPatternShowsAMessageAndStoresNothing() {
    pvi::DataRulesPanel* panel = m_page->rulesPanel();
    m_page->tabs()->setCurrentWidget(panel);
    QSignalSpy changed(m_page, &pvi::Page::workspaceChanged);
    panel->patternEdit()->setText(u"   "_s);
    panel->addButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(panel->message()->isVisible(), kLoadTimeoutMs);
    QTRY_VERIFY(!m_page->isBusy());
    QVERIFY2(!panel->message()->text().isEmpty(), "the message explains the refusal");
    QCOMPARE(int(changed.size()), 0);
    auto ws = openWorkspace(m_path);
    QVERIFY(ws);
    QVERIFY(pvi::PersonalizationRules::list(*ws).empty());
}

void TestDataPage::savesEditsAndRemovesASegmentRule() {
    pvi::DataSegmentRulesPanel* panel = m_page->segmentRulesPanel();
    m_page->tabs()->setCurrentWidget(panel);
    panel->nameEdit()->setText(u"big spenders"_s);
    panel->ruleEdit()->setText(u"spend_last_90d > 200 AND consent = yes"_s);
    QVERIFY(clickAndWaitForReload(panel->saveButton()));
    auto ws = openWorkspace(m_path);
    QVERIFY(ws);
    std::vector<pvi::SavedSegmentRule> rules = pvi::loadSegmentRules(ws->db());
    QCOMPARE(rules.size(), std::size_t(1));
    QCOMPARE(rules[0].name, u"big spenders"_s);
    QCOMPARE(rules[0].rule, u"spend_last_90d > 200 AND consent = yes"_s);
    QCOMPARE(panel->model()->rowCount(), 1);
    QVERIFY2(panel->nameEdit()->text().isEmpty(), "a saved rule clears the form");

    // Selecting the rule puts it into the form; saving under the same name replaces it.
    QVERIFY(selectRow(panel->table(), u"big spenders"_s));
    QCOMPARE(panel->ruleEdit()->text(), u"spend_last_90d > 200 AND consent = yes"_s);
    panel->ruleEdit()->setText(u"orders >= 3"_s);
    QVERIFY(clickAndWaitForReload(panel->saveButton()));
    rules = pvi::loadSegmentRules(ws->db());
    QCOMPARE(rules.size(), std::size_t(1));
    QCOMPARE(rules[0].rule, u"orders >= 3"_s);

    // A rule that does not parse is refused with the parser's message; nothing changes.
    QSignalSpy changed(m_page, &pvi::Page::workspaceChanged);
    panel->nameEdit()->setText(u"broken"_s);
    panel->ruleEdit()->setText(u"spend >> 5"_s);
    panel->saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(panel->message()->isVisible(), kLoadTimeoutMs);
    QTRY_VERIFY(!m_page->isBusy());
    QCOMPARE(int(changed.size()), 0);
    QCOMPARE(pvi::loadSegmentRules(ws->db()).size(), std::size_t(1));

    QVERIFY(selectRow(panel->table(), u"big spenders"_s));
    QVERIFY(clickAndWaitForReload(panel->removeButton()));
    QVERIFY(pvi::loadSegmentRules(ws->db()).empty());
    QCOMPARE(panel->model()->rowCount(), 0);
}

void TestDataPage::addsAndRemovesACost() {
    pvi::DataCostsPanel* panel = m_page->costsPanel();
    m_page->tabs()->setCurrentWidget(panel);
    panel->startEdit()->setDate(QDate(2025, 3, 1));
    panel->endEdit()->setDate(QDate(2025, 3, 31));
    panel->channelEdit()->setText(u"email"_s);
    panel->categoryCombo()->setCurrentIndex(panel->categoryCombo()->findData(u"personalization"_s));
    panel->amountEdit()->setText(u"1,250.50"_s);
    panel->noteEdit()->setText(u"flows"_s);
    QVERIFY(clickAndWaitForReload(panel->addButton()));

    auto ws = openWorkspace(m_path);
    QVERIFY(ws);
    std::vector<pvi::CostRow> costs = pvi::loadCostRows(ws->db());
    QCOMPARE(costs.size(), std::size_t(1));
    QCOMPARE(costs[0].periodStart, QDate(2025, 3, 1));
    QCOMPARE(costs[0].periodEnd, QDate(2025, 3, 31));
    QCOMPARE(costs[0].channel, u"email"_s);
    QCOMPARE(costs[0].category, u"personalization"_s);
    QCOMPARE(costs[0].amount, 1250.5);
    QCOMPARE(costs[0].note, u"flows"_s);
    QVERIFY(!costs[0].batchId);
    QCOMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(panel->model()->data(panel->model()->index(0, pvi::DataCostsPanel::Amount)).toString(),
             u"1,250.50"_s);

    QVERIFY(selectRow(panel->table(), QVariant::fromValue(qlonglong(costs[0].id))));
    QVERIFY(clickAndWaitForReload(panel->removeButton()));
    QVERIFY(pvi::loadCostRows(ws->db()).empty());
}

void TestDataPage::invalidAmountShowsAMessageAndStoresNothing() {
    pvi::DataCostsPanel* panel = m_page->costsPanel();
    m_page->tabs()->setCurrentWidget(panel);
    panel->startEdit()->setDate(QDate(2025, 3, 1));
    panel->endEdit()->setDate(QDate(2025, 3, 31));
    panel->amountEdit()->setText(u"lots"_s);
    panel->addButton()->click();
    QVERIFY(panel->message()->isVisible());
    QVERIFY2(panel->message()->text().contains(u"amount"_s), qPrintable(panel->message()->text()));

    // A period that ends before it starts is refused by the model, with its reason.
    panel->amountEdit()->setText(u"10"_s);
    panel->endEdit()->setDate(QDate(2025, 2, 1));
    panel->addButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(panel->message()->text().contains(u"before it starts"_s),
                             kLoadTimeoutMs);
    QTRY_VERIFY(!m_page->isBusy());
    auto ws = openWorkspace(m_path);
    QVERIFY(ws);
    QVERIFY(pvi::loadCostRows(ws->db()).empty());
}

void TestDataPage::savesEditsAndRemovesATarget() {
    pvi::DataTargetsPanel* panel = m_page->targetsPanel();
    m_page->tabs()->setCurrentWidget(panel);
    const QString pviId = pvi::PviRegistry::definitions().front().id;
    panel->pviCombo()->setCurrentIndex(panel->pviCombo()->findData(pviId));
    panel->targetEdit()->setText(u"80"_s);
    panel->alertLowEdit()->setText(u"70"_s);
    QVERIFY(clickAndWaitForReload(panel->saveButton()));

    auto ws = openWorkspace(m_path);
    QVERIFY(ws);
    std::vector<pvi::StoredTarget> targets = pvi::loadTargets(ws->db());
    QCOMPARE(targets.size(), std::size_t(1));
    QCOMPARE(targets[0].pviId, pviId);
    QCOMPARE(targets[0].bounds.target, 80.0);
    QCOMPARE(targets[0].bounds.alertLow, std::optional<double>(70.0));
    QVERIFY(!targets[0].bounds.alertHigh);
    QCOMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(m_page->data().targets.size(), std::size_t(1));
    const QString status =
        panel->model()->data(panel->model()->index(0, pvi::DataTargetsPanel::Status)).toString();
    QVERIFY2(!status.isEmpty(), "the target's status is shown");
    // The PVI's value in the filter's period, rounded to cents, not 8 significant digits.
    const QString current =
        panel->model()->data(panel->model()->index(0, pvi::DataTargetsPanel::Current)).toString();
    QVERIFY2(current == u"–"_s ||
                 QRegularExpression(u"^−?-?[0-9,]+\\.[0-9]{2}$"_s).match(current).hasMatch(),
             qPrintable(u"expected the value with 2 decimals, got "_s + current));

    // Editing: the selected row fills the form; saving replaces the target.
    QVERIFY(selectRow(panel->table(), pviId));
    QCOMPARE(panel->targetEdit()->text(), u"80"_s);
    QCOMPARE(panel->alertLowEdit()->text(), u"70"_s);
    panel->targetEdit()->setText(u"90.5"_s);
    QVERIFY(clickAndWaitForReload(panel->saveButton()));
    targets = pvi::loadTargets(ws->db());
    QCOMPARE(targets.size(), std::size_t(1));
    QCOMPARE(targets[0].bounds.target, 90.5);

    // An alert low above the alert high is refused.
    panel->alertHighEdit()->setText(u"60"_s);
    panel->saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(panel->message()->text().contains(u"above the alert high"_s),
                             kLoadTimeoutMs);
    QTRY_VERIFY(!m_page->isBusy());
    QVERIFY(!pvi::loadTargets(ws->db())[0].bounds.alertHigh);

    QVERIFY(selectRow(panel->table(), pviId));
    QVERIFY(clickAndWaitForReload(panel->removeButton()));
    QVERIFY(pvi::loadTargets(ws->db()).empty());
}

void TestDataPage::savesSettings() {
    pvi::DataSettingsPanel* panel = m_page->settingsPanel();
    m_page->tabs()->setCurrentWidget(panel);
    QCheckBox* pseudonymize = panel->flagEditor(u"pseudonymize_emails"_s);
    QLineEdit* margin = panel->numberEditor(u"gross_margin"_s);
    QVERIFY(pseudonymize && margin);
    QVERIFY(!pseudonymize->isChecked());
    QCOMPARE(margin->text(), u"0.5"_s);
    pseudonymize->setChecked(true);
    margin->setText(u"0.4"_s);
    QVERIFY(clickAndWaitForReload(panel->saveButton()));
    auto ws = openWorkspace(m_path);
    QVERIFY(ws);
    QCOMPARE(ws->setting(u"pseudonymize_emails"_s), u"1"_s);
    QCOMPARE(ws->setting(u"gross_margin"_s), u"0.4"_s);
    QVERIFY(pseudonymize->isChecked());

    // An invalid value is refused and nothing of the batch is written.
    pseudonymize->setChecked(false);
    margin->setText(u"2"_s);
    panel->saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(panel->message()->text().contains(u"at most 1"_s), kLoadTimeoutMs);
    QTRY_VERIFY(!m_page->isBusy());
    QCOMPARE(ws->setting(u"pseudonymize_emails"_s), u"1"_s);
    QCOMPARE(ws->setting(u"gross_margin"_s), u"0.4"_s);
}

void TestDataPage::marksSurveyQuestionsAsEthicsAndSegment() {
    // The SurveyMonkey fixture with its agreement question read as Likert 1–5 (not ethics yet):
    // the ethics mark applies to its imported scores, the segment mark to a check-box option's
    // answers.
    const QString checkBox =
        u"Which of our products have you bought? Please select all that apply. | Bread"_s;
    {
        auto ws = openWorkspace(m_path);
        QVERIFY(ws);
        QString error;
        QVERIFY2(pvi::setQuestionChoice(*ws, pvi::test::ethicsQuestion(),
                                        pvi::SurveyInstrument::Likert, {1, 5}, false, &error),
                 qPrintable(error));
        const pvi::ImportReport report =
            pvi::test::importSurvey(*ws, pvi::test::surveyFixture(u"surveymonkey_responses.csv"_s));
        QVERIFY2(report.ok, qPrintable(report.error));
    }
    QSignalSpy loaded(m_page, &pvi::Page::loaded);
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !m_page->isBusy(), kLoadTimeoutMs);
    pvi::DataSurveysPanel* panel = m_page->surveysPanel();
    m_page->tabs()->setCurrentWidget(panel);
    QVERIFY2(panel->model()->rowCount() >= 5, "the fixture's questions are listed");

    QVERIFY(selectRow(panel->table(), checkBox));
    QVERIFY2(!panel->ethicsButton()->isEnabled(), "a choice question cannot be about ethics");
    QVERIFY(clickAndWaitForReload(panel->segmentButton()));
    QVERIFY(selectRow(panel->table(), pvi::test::ethicsQuestion()));
    QVERIFY(clickAndWaitForReload(panel->ethicsButton()));

    auto ws = openWorkspace(m_path);
    QVERIFY(ws);
    bool ethics = false, segment = false;
    for (const pvi::SurveyQuestionUse& use : pvi::listSurveyQuestions(ws->db())) {
        if (use.question == pvi::test::ethicsQuestion())
            ethics = use.isEthics() && !use.isSegment;
        if (use.question == checkBox)
            segment = use.isSegment && !use.isEthics();
    }
    QVERIFY2(ethics, "the agreement question is marked as ethics (only)");
    QVERIFY2(segment, "the Bread option is marked as a segment (only)");
    QVERIFY(selectRow(panel->table(), pvi::test::ethicsQuestion()));
    QCOMPARE(panel->ethicsButton()->text(), u"Unmark ethics"_s);
}

PVI_TEST_CLASS(TestDataPage)
#include "test_data_page.moc"
