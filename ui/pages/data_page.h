#pragma once

#include "pages/data_page_data.h"
#include "pages/page.h"

#include <functional>

class QLabel;
class QProgressBar;
class QTabWidget;

namespace pvi {

class DataBatchesPanel;
class DataCostsPanel;
class DataRulesPanel;
class DataSegmentRulesPanel;
class DataSettingsPanel;
class DataSurveysPanel;
class DataTargetsPanel;

/// The Data page: what is in the workspace and how it is read, in tabs — import batches (with
/// their stored reports, removable), personalization rules, segment rules, survey questions
/// (ethics and segment marks), costs, PVI targets and settings.
/// Lists load off the GUI thread; every change runs off it too through the model's API, then the
/// page reloads and emits `workspaceChanged()` so the other pages recompute.
class DataPage : public Page {
    Q_OBJECT
public:
    /// Asks the user a yes/no question (title, question); true for yes.
    using Confirmation = std::function<bool(const QString& title, const QString& question)>;

    /// Uses all of the workspace's data, whatever the filter's period.
    bool followsFilter() const override { return false; }

    DataPage(const QString& id, const QString& title, QWidget* parent = nullptr);

    const DataPageData& data() const { return m_data; }
    QTabWidget* tabs() const { return m_tabs; }
    DataBatchesPanel* batchesPanel() const { return m_batches; }
    DataRulesPanel* rulesPanel() const { return m_rules; }
    DataSegmentRulesPanel* segmentRulesPanel() const { return m_segmentRules; }
    DataCostsPanel* costsPanel() const { return m_costs; }
    DataTargetsPanel* targetsPanel() const { return m_targets; }
    DataSettingsPanel* settingsPanel() const { return m_settings; }
    DataSurveysPanel* surveysPanel() const { return m_surveys; }
    /// The notice shown when the workspace is read-only (hidden otherwise).
    QLabel* readOnlyNotice() const { return m_readOnlyNotice; }

    /// Replaces the question asked before a batch is removed (a message box by default).
    void setConfirmation(Confirmation confirmation);

Q_SIGNALS:
    /// A change was made to the workspace. A removal can be undone: `undoText` names it ("Remove
    /// Import of orders.csv") and `undoCopy` holds the data before it, which the receiver owns
    /// (dataedit::removeUndoCopy). Both are empty for a change that cannot be undone. Emitted
    /// before workspaceChanged().
    void edited(const QString& undoText, const QString& undoCopy);

protected:
    void reload() override;
    void busyChanged(bool busy) override;

private:
    using Show = std::function<void(const QString& text, bool error)>;

    void showData(const DataPageData& data);
    void connectPanels();
    void confirmRemoveBatch(qint64 batchId);
    void showBatchReport(qint64 batchId);
    /// Runs a change off the GUI thread; shows its message with `show`, then reloads on success.
    /// `undoText` names a removal that can be undone.
    void runEdit(std::function<DataEditResult()> work, Show show, const QString& undoText = {});

    DataPageData m_data;
    Confirmation m_confirmation;
    QProgressBar* m_busy;
    QLabel* m_message;
    QLabel* m_readOnlyNotice;
    QTabWidget* m_tabs;
    DataBatchesPanel* m_batches;
    DataRulesPanel* m_rules;
    DataSegmentRulesPanel* m_segmentRules;
    DataSurveysPanel* m_surveys;
    DataCostsPanel* m_costs;
    DataTargetsPanel* m_targets;
    DataSettingsPanel* m_settings;
};

} // namespace pvi
