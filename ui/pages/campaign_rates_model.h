#pragma once

#include "pvi/email/email_campaign_rates.h"

#include <QAbstractTableModel>

#include <vector>

namespace pvi {

/// Email campaigns, one row each: name, send date, personalized or generic, A/B arm, deliveries
/// (the n of the rates), and open, click, unsubscribe and bounce rates (95% Wilson interval and
/// counts in the tooltip, or written beside the rate when intervals are shown).
class CampaignRatesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Campaign,
        Sent,
        Group,
        Arm,
        Delivered,
        OpenRate,
        ClickRate,
        UnsubscribeRate,
        BounceRate,
        ColumnCount
    };
    /// The unformatted value of a cell (rates as fractions; for sorting and tests).
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit CampaignRatesModel(QObject* parent = nullptr);

    void setData(const std::vector<CampaignRates>& campaigns);
    /// Writes each rate's 95% interval beside it ("41.1% (36.5–45.8)").
    void setIntervalsShown(bool shown);
    const std::vector<CampaignRates>& campaigns() const { return m_campaigns; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<CampaignRates> m_campaigns;
    bool m_intervals = false;
};

} // namespace pvi
