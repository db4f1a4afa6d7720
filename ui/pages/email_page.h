#pragma once

#include "pages/email_data.h"
#include "pages/page.h"

class QLabel;
class QProgressBar;
class QTableView;

namespace pvi {

class CampaignRatesModel;
class IntervalChart;
class LineChart;

/// The Email page: per-campaign open, click, unsubscribe and bounce rates with their n, the
/// pooled rates of personalized vs generic campaigns with 95% intervals, the fatigue chart (open
/// and unsubscribe rates against sends per recipient per week) and the arms of A/B campaigns.
/// Says what to import when the workspace has no email data. Loads off the GUI thread.
class EmailPage : public Page {
    Q_OBJECT
public:
    EmailPage(const QString& id, const QString& title, QWidget* parent = nullptr);

    const EmailData& data() const { return m_data; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* summaryLabel() const { return m_summary; }
    IntervalChart* engagementChart() const { return m_engagement; }
    IntervalChart* lossChart() const { return m_losses; }
    LineChart* fatigueChart() const { return m_fatigue; }
    QLabel* fatigueNote() const { return m_fatigueNote; }
    CampaignRatesModel* campaignModel() const { return m_campaignModel; }
    CampaignRatesModel* abModel() const { return m_abModel; }
    QLabel* abNote() const { return m_abNote; }

protected:
    void reload() override;
    void busyChanged(bool busy) override;

private:
    void showData(const EmailData& data);
    void showGroups(const EmailData& data);
    void showFatigue(const FatigueAnalysis& fatigue);

    EmailData m_data;
    QProgressBar* m_busy;
    QLabel* m_message;
    QLabel* m_summary;
    IntervalChart* m_engagement;
    IntervalChart* m_losses;
    LineChart* m_fatigue;
    QLabel* m_fatigueNote;
    CampaignRatesModel* m_campaignModel;
    QTableView* m_campaignTable;
    CampaignRatesModel* m_abModel;
    QTableView* m_abTable;
    QLabel* m_abNote;
    QWidget* m_content;
};

} // namespace pvi
