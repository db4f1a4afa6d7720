#include "pages/data_page.h"

#include "import/import_report_dialog.h"
#include "import/import_sentence.h"
#include "pages/data_batches_panel.h"
#include "pages/data_costs_panel.h"
#include "pages/data_edits.h"
#include "pages/data_page_loader.h"
#include "pages/data_rules_panel.h"
#include "pages/data_segment_rules_panel.h"
#include "pages/data_settings_panel.h"
#include "pages/data_surveys_panel.h"
#include "pages/data_targets_panel.h"
#include "pages/page_scaffold.h"
#include "shell/background_load.h"

#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

bool askWithMessageBox(QWidget* parent, const QString& title, const QString& question) {
    return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

} // namespace

DataPage::DataPage(const QString& id, const QString& title, QWidget* parent)
    : Page(id, title, parent)
    , m_confirmation(
          [this](const QString& t, const QString& q) { return askWithMessageBox(this, t, q); })
    , m_busy(scaffold::busyBar(this))
    , m_message(scaffold::messageLabel(this))
    , m_readOnlyNotice(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_batches(new DataBatchesPanel(this))
    , m_rules(new DataRulesPanel(this))
    , m_segmentRules(new DataSegmentRulesPanel(this))
    , m_surveys(new DataSurveysPanel(this))
    , m_costs(new DataCostsPanel(this))
    , m_targets(new DataTargetsPanel(this))
    , m_settings(new DataSettingsPanel(this)) {
    m_tabs->setObjectName(u"dataTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_batches, DataPage::tr("Import batches"));
    m_tabs->addTab(m_rules, DataPage::tr("Personalization rules"));
    m_tabs->addTab(m_segmentRules, DataPage::tr("Segments"));
    m_tabs->addTab(m_surveys, DataPage::tr("Survey questions"));
    m_tabs->addTab(m_costs, DataPage::tr("Costs"));
    m_tabs->addTab(m_targets, DataPage::tr("Targets"));
    m_tabs->addTab(m_settings, DataPage::tr("Settings"));
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->widget(i)->setContentsMargins(0, 10, 0, 0);

    QVBoxLayout* layout = scaffold::scrollingContent(this, title, m_busy);
    layout->addWidget(m_message);
    m_readOnlyNotice->setObjectName(u"readOnlyNotice"_s);
    m_readOnlyNotice->setWordWrap(true);
    m_readOnlyNotice->setVisible(false);
    layout->addWidget(m_readOnlyNotice);
    layout->addWidget(scaffold::card(m_tabs, this), 1);
    connectPanels();
}

void DataPage::setConfirmation(Confirmation confirmation) {
    m_confirmation = std::move(confirmation);
}

void DataPage::connectPanels() {
    connect(m_batches, &DataBatchesPanel::reportRequested, this, &DataPage::showBatchReport);
    connect(m_batches, &DataBatchesPanel::removeRequested, this, &DataPage::confirmRemoveBatch);
    const Show rules = [this](const QString& t, bool e) { m_rules->showMessage(t, e); };
    connect(m_rules, &DataRulesPanel::addRequested, this,
            [this, rules](const QString& kind, const QString& pattern) {
                runEdit([path = workspacePath(), kind,
                         pattern] { return dataedit::addRule(path, kind, pattern); },
                        rules);
            });
    connect(m_rules, &DataRulesPanel::removeRequested, this, [this, rules](qint64 id) {
        runEdit([path = workspacePath(), id] { return dataedit::removeRule(path, id); }, rules,
                tr("Remove Personalization Rule"));
    });
    const Show segments = [this](const QString& t, bool e) { m_segmentRules->showMessage(t, e); };
    connect(m_segmentRules, &DataSegmentRulesPanel::saveRequested, this,
            [this, segments](const QString& name, const QString& rule) {
                runEdit([path = workspacePath(), name,
                         rule] { return dataedit::saveSegmentRule(path, name, rule); },
                        segments);
            });
    connect(m_segmentRules, &DataSegmentRulesPanel::removeRequested, this,
            [this, segments](const QString& name) {
                runEdit([path = workspacePath(),
                         name] { return dataedit::removeSegmentRule(path, name); },
                        segments, tr("Remove Segment %1").arg(name));
            });
    connect(m_surveys, &DataSurveysPanel::markRequested, this,
            [this](const QString& question, const SurveyQuestionMark& mark) {
                runEdit([path = workspacePath(), question,
                         mark] { return dataedit::markSurveyQuestion(path, question, mark); },
                        [this](const QString& t, bool e) { m_surveys->showMessage(t, e); });
            });
    const Show costs = [this](const QString& t, bool e) { m_costs->showMessage(t, e); };
    connect(m_costs, &DataCostsPanel::addRequested, this, [this, costs](const CostRow& row) {
        runEdit([path = workspacePath(), row] { return dataedit::addCost(path, row); }, costs);
    });
    connect(m_costs, &DataCostsPanel::removeRequested, this, [this, costs](qint64 id) {
        runEdit([path = workspacePath(), id] { return dataedit::removeCost(path, id); }, costs,
                tr("Remove Cost"));
    });
    const Show targets = [this](const QString& t, bool e) { m_targets->showMessage(t, e); };
    connect(m_targets, &DataTargetsPanel::saveRequested, this,
            [this, targets](const StoredTarget& target) {
                runEdit(
                    [path = workspacePath(), target] { return dataedit::saveTarget(path, target); },
                    targets);
            });
    connect(
        m_targets, &DataTargetsPanel::removeRequested, this, [this, targets](const QString& pviId) {
            runEdit([path = workspacePath(), pviId] { return dataedit::removeTarget(path, pviId); },
                    targets, tr("Remove Target of %1").arg(pviId));
        });
    connect(m_settings, &DataSettingsPanel::saveRequested, this,
            [this](const QList<QPair<QString, QString>>& values) {
                runEdit([path = workspacePath(),
                         values] { return dataedit::writeSettings(path, values); },
                        [this](const QString& t, bool e) { m_settings->showMessage(t, e); });
            });
}

void DataPage::reload() {
    loadData<DataPageData>(
        tr("No workspace is open. Use File › New Workspace… or Open…, then import an export."),
        [](const QString& path, const PeriodFilter& f) { return loadDataPage(path, f); },
        [this](const DataPageData& data) { showData(data); });
}

void DataPage::busyChanged(bool busy) {
    m_busy->setVisible(busy);
    m_tabs->setEnabled(!busy);
}

void DataPage::showData(const DataPageData& data) {
    m_data = data;
    const bool ok = data.error.isEmpty();
    m_message->setText(data.error);
    m_message->setVisible(!ok);
    m_tabs->setVisible(ok);
    m_batches->setBatches(data.batches);
    m_rules->setRules(data.rules);
    m_segmentRules->setRules(data.segmentRules);
    m_surveys->setQuestions(data.surveyQuestions);
    m_costs->setCosts(data.costs);
    m_targets->setTargets(data.targets);
    m_settings->setSettings(data.settings);
    // A read-only workspace is shown, never changed: the lists stay, the editing is disabled.
    const bool readOnly = !data.readOnlyReason.isEmpty();
    m_readOnlyNotice->setText(
        tr("This workspace is read-only (%1): batches, rules, survey questions, costs, targets and "
           "settings are shown but cannot be changed, and nothing can be imported.")
            .arg(data.readOnlyReason));
    m_readOnlyNotice->setVisible(ok && readOnly);
    m_batches->setReadOnly(readOnly);
    for (QWidget* panel : {static_cast<QWidget*>(m_rules), static_cast<QWidget*>(m_segmentRules),
                           static_cast<QWidget*>(m_surveys), static_cast<QWidget*>(m_costs),
                           static_cast<QWidget*>(m_targets), static_cast<QWidget*>(m_settings)})
        panel->setEnabled(!readOnly);
    if (ok)
        Q_EMIT statusMessage(
            tr("%1 import batches, %2 rules, %3 segment rules, %4 cost rows, %5 targets.")
                .arg(data.batches.size())
                .arg(data.rules.size())
                .arg(data.segmentRules.size())
                .arg(data.costs.size())
                .arg(data.targets.size()));
}

void DataPage::confirmRemoveBatch(qint64 batchId) {
    const auto batch =
        std::find_if(m_data.batches.begin(), m_data.batches.end(),
                     [batchId](const ImportBatchInfo& b) { return b.id == batchId; });
    if (batch == m_data.batches.end())
        return;
    const QString question = batchRemovalQuestion(*batch);
    if (!m_confirmation || !m_confirmation(tr("Remove import batch"), question))
        return;
    runEdit([path = workspacePath(), batchId] { return dataedit::removeBatch(path, batchId); },
            [this](const QString& t, bool e) { m_batches->showMessage(t, e); },
            tr("Remove Import of %1").arg(batch->fileName));
}

void DataPage::showBatchReport(qint64 batchId) {
    loadInBackground(
        this, [path = workspacePath(), batchId] { return loadBatchReport(path, batchId); },
        [this](const ImportReport& report) {
            if (!report.ok) {
                m_batches->showMessage(report.error, true);
                return;
            }
            auto* dialog = new ImportReportDialog({report}, false, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        });
}

void DataPage::runEdit(std::function<DataEditResult()> work, Show show, const QString& undoText) {
    if (workspacePath().isEmpty())
        return;
    setBusy(true);
    loadInBackground(this, std::move(work), [this, show, undoText](const DataEditResult& result) {
        const QString message =
            result.undoCopy.isEmpty()
                ? result.message
                : tr("%1 Edit › Undo puts it back until the window closes.").arg(result.message);
        show(message, !result.ok);
        if (!result.ok) {
            setBusy(false);
            return;
        }
        Q_EMIT edited(result.undoCopy.isEmpty() ? QString() : undoText, result.undoCopy);
        Q_EMIT statusMessage(message);
        Q_EMIT workspaceChanged();
        refresh();
    });
}

} // namespace pvi
