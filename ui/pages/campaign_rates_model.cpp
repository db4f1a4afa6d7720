#include "pages/campaign_rates_model.h"

#include "widgets/value_format.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

QString percent(double fraction) {
    return withPercentSign(displayLocale().toString(fraction * 100.0, 'f', 1));
}

const RateWithInterval* rateOf(const CampaignRates& c, int column) {
    switch (column) {
    case CampaignRatesModel::OpenRate:
        return &c.open;
    case CampaignRatesModel::ClickRate:
        return &c.click;
    case CampaignRatesModel::UnsubscribeRate:
        return &c.unsubscribe;
    case CampaignRatesModel::BounceRate:
        return &c.bounce;
    default:
        return nullptr;
    }
}

QString rateText(const RateWithInterval& r, bool withInterval) {
    if (!r.rate)
        return u"—"_s;
    QString text = percent(*r.rate);
    if (withInterval && r.low && r.high)
        text += u" (%1–%2)"_s.arg(displayLocale().toString(*r.low * 100.0, 'f', 1),
                                  displayLocale().toString(*r.high * 100.0, 'f', 1));
    return text;
}

QString rateTooltip(const RateWithInterval& r) {
    if (!r.rate)
        return CampaignRatesModel::tr("Not available: the export does not report it.");
    const QLocale en = displayLocale();
    QString tip = CampaignRatesModel::tr("%1 of %2").arg(en.toString(r.count), en.toString(r.n));
    if (r.low && r.high)
        tip += CampaignRatesModel::tr("; 95% Wilson interval %1 – %2")
                   .arg(percent(*r.low), percent(*r.high));
    return tip;
}

} // namespace

CampaignRatesModel::CampaignRatesModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void CampaignRatesModel::setData(const std::vector<CampaignRates>& campaigns) {
    beginResetModel();
    m_campaigns = campaigns;
    endResetModel();
}

void CampaignRatesModel::setIntervalsShown(bool shown) {
    beginResetModel();
    m_intervals = shown;
    endResetModel();
}

int CampaignRatesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_campaigns.size());
}

int CampaignRatesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignRatesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const CampaignRates& c = m_campaigns[std::size_t(index.row())];
    const RateWithInterval* rate = rateOf(c, index.column());
    if (role == Qt::TextAlignmentRole && (rate || index.column() == Delivered))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole) {
        if (rate)
            return rateTooltip(*rate);
        if (index.column() == Group)
            return c.totals.personalized ? tr("A campaign-name rule matches this campaign.")
                                         : tr("No campaign-name rule matches this campaign.");
        if (index.column() == Campaign && c.totals.fromEvents)
            return tr("Counted from per-recipient activity (distinct recipients).");
        return {};
    }
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    if (rate) {
        if (raw)
            return rate->rate ? QVariant(*rate->rate) : QVariant();
        return rateText(*rate, m_intervals);
    }
    switch (Column(index.column())) {
    case Campaign:
        return c.totals.name;
    case Sent:
        return raw ? QVariant(c.totals.sendDate)
                   : QVariant(displayLocale().toString(c.totals.sendDate, u"d MMM yyyy"_s));
    case Group:
        return c.totals.personalized ? tr("Personalized") : tr("Generic");
    case Arm:
        return c.totals.abArm;
    case Delivered:
        return raw ? QVariant(c.totals.delivered)
                   : QVariant(displayLocale().toString(c.totals.delivered));
    default:
        break;
    }
    return {};
}

QVariant CampaignRatesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Delivered)
        return tr("Successful deliveries: the n of the open, click and unsubscribe rates.");
    if (role == Qt::ToolTipRole && section == BounceRate)
        return tr("Bounces over the addresses the campaign was sent to.");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Campaign:
        return tr("Campaign");
    case Sent:
        return tr("Sent");
    case Group:
        return tr("Group");
    case Arm:
        return tr("A/B arm");
    case Delivered:
        return tr("Delivered (n)");
    case OpenRate:
        return tr("Open rate");
    case ClickRate:
        return tr("Click rate");
    case UnsubscribeRate:
        return tr("Unsubscribe rate");
    case BounceRate:
        return tr("Bounce rate");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pvi
