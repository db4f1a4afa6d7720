#include "pages/email_page.h"

#include "charts/chart_palette.h"
#include "charts/interval_chart.h"
#include "charts/line_chart.h"
#include "pages/campaign_rates_model.h"
#include "pages/email_loader.h"
#include "pages/page_scaffold.h"
#include "pages/table_view.h"
#include "shell/background_load.h"
#include "widgets/tile_grid_layout.h"
#include "widgets/tone.h"
#include "widgets/value_format.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// A pooled rate as a point of an interval chart, in percent; false when it has no interval.
bool addPoint(QList<IntervalPoint>& points, const QString& label, const RateWithInterval& r,
              const QColor& colour) {
    if (!r.rate || !r.low || !r.high)
        return false;
    points.append({u"%1 (n = %2)"_s.arg(label, formatCount(r.n)), *r.rate * 100.0, *r.low * 100.0,
                   *r.high * 100.0, colour});
    return true;
}

/// Rows "<rate>, personalized" and "<rate>, generic" for each rate (or "all campaigns" when
/// nothing is personalized).
QList<IntervalPoint>
groupPoints(const EmailData& data,
            const QList<std::pair<QString, RateWithInterval EmailGroupRates::*>>& rates) {
    QList<IntervalPoint> points;
    const bool split = data.personalized.campaigns > 0 && data.generic.campaigns > 0;
    for (const auto& [name, member] : rates) {
        if (split) {
            addPoint(points, EmailPage::tr("%1, personalized").arg(name), data.personalized.*member,
                     palette::audience(palette::Audience::Personalized));
            addPoint(points, EmailPage::tr("%1, generic").arg(name), data.generic.*member,
                     palette::audience(palette::Audience::Generic));
        } else {
            const EmailGroupRates& only =
                data.personalized.campaigns > 0 ? data.personalized : data.generic;
            addPoint(points,
                     (data.personalized.campaigns > 0 ? EmailPage::tr("%1, personalized")
                                                      : EmailPage::tr("%1, all generic"))
                         .arg(name),
                     only.*member,
                     data.personalized.campaigns > 0
                         ? palette::audience(palette::Audience::Personalized)
                         : palette::audience(palette::Audience::Generic));
        }
    }
    return points;
}

QString summaryText(const EmailData& data) {
    qint64 delivered = 0;
    for (const CampaignRates& c : data.campaigns)
        delivered += c.totals.delivered;
    QString text =
        EmailPage::tr("<b>%1 campaigns</b> sent %2 (%3 personalized, %4 generic), %5 "
                      "deliveries. Rates pool the campaigns' counts (Σ unique opens / Σ "
                      "deliveries), never averaged rates; bars are 95% Wilson intervals.")
            .arg(formatCount(qint64(data.campaigns.size())),
                 formatDayRange(data.period.from, data.period.to),
                 formatCount(data.personalized.campaigns), formatCount(data.generic.campaigns),
                 formatCount(delivered));
    if (!data.hasCampaignRules)
        text += EmailPage::tr(
            " <br>No campaign-name rule yet, so every campaign counts as generic: add "
            "one on the Data page or with <tt>pvi rules add WS.pvi --kind "
            "campaign-name --pattern \"[P]\"</tt>.");
    else if (data.personalized.campaigns > 0 && data.generic.campaigns > 0)
        text += EmailPage::tr(
            " Personalized and generic campaigns went to different people at different times (not "
            "randomized): a difference between them is not proof that personalization caused it.");
    return text;
}

QString fatigueText(const FatigueAnalysis& f) {
    if (!f.available)
        return EmailPage::tr("<b>Fatigue not available</b> — %1.").arg(f.reason.toHtmlEscaped());
    QString text = EmailPage::tr("%1 sends (recipient × campaign) in %2 recipient-weeks. ")
                       .arg(formatCount(f.sends), formatCount(f.recipientWeeks));
    if (f.onset) {
        text += EmailPage::tr("<b>Fatigue from %1 sends a week</b>: ").arg(*f.onset);
        for (const FatigueBand& b : f.bands) {
            if (b.sendsPerWeek == *f.onset) {
                QStringList why;
                if (b.openPValue && *b.openPValue < kFatigueAlpha && b.open.rate &&
                    !f.bands.empty() && f.bands.front().open.rate &&
                    *b.open.rate < *f.bands.front().open.rate)
                    why << EmailPage::tr("fewer opens (%1)").arg(formatPValue(*b.openPValue));
                if (b.unsubPValue && *b.unsubPValue < kFatigueAlpha)
                    why << EmailPage::tr("more unsubscribes (%1)")
                               .arg(formatPValue(*b.unsubPValue));
                text +=
                    why.size() == 2
                        ? EmailPage::tr("%1 and %2 than the lowest band.").arg(why.at(0), why.at(1))
                        : EmailPage::tr("%1 than the lowest band.").arg(why.value(0));
            }
        }
    } else {
        text +=
            EmailPage::tr("No fatigue: no band has significantly fewer opens or more unsubscribes "
                          "than the lowest (two-proportion z-test, p < 0.05).");
    }
    return text;
}

} // namespace

EmailPage::EmailPage(const QString& id, const QString& title, QWidget* parent)
    : Page(id, title, parent)
    , m_busy(scaffold::busyBar(this))
    , m_message(scaffold::messageLabel(this))
    , m_summary(scaffold::textLabel(u"emailSummary"_s, this))
    , m_engagement(new IntervalChart(u"emailEngagementChart"_s, this))
    , m_losses(new IntervalChart(u"emailLossChart"_s, this))
    , m_fatigue(new LineChart(u"emailFatigueChart"_s, this))
    , m_fatigueNote(scaffold::textLabel(u"emailFatigueNote"_s, this))
    , m_campaignModel(new CampaignRatesModel(this))
    , m_campaignTable(makeSortableTable(m_campaignModel, CampaignRatesModel::RawValueRole,
                                        u"emailCampaignTable"_s, this))
    , m_abModel(new CampaignRatesModel(this))
    , m_abTable(
          makeSortableTable(m_abModel, CampaignRatesModel::RawValueRole, u"emailAbTable"_s, this))
    , m_abNote(scaffold::textLabel(u"emailAbNote"_s, this))
    , m_content(new QWidget(this)) {
    m_abTable->setAccessibleName(tr("A/B campaigns: the arms side by side"));
    setTone(m_summary, Tone::Secondary);
    setTone(m_fatigueNote, Tone::Secondary);
    setTone(m_abNote, Tone::Secondary);
    m_abModel->setIntervalsShown(true);
    m_engagement->setValueLimits(0.0, 100.0);
    m_losses->setValueLimits(0.0, 100.0);

    // The fatigue chart beside its verdict, a row of its own: the interval charts above get half
    // the width each, enough for their row names with n.
    auto* fatigueBox = new QWidget(this);
    auto* fatigueLayout = new QHBoxLayout(fatigueBox);
    fatigueLayout->setContentsMargins(0, 0, 0, 0);
    fatigueLayout->setSpacing(16);
    fatigueLayout->addWidget(m_fatigue, 2);
    fatigueLayout->addWidget(m_fatigueNote, 1);

    auto* top = new TileGridLayout(nullptr, 420, 2); // wraps at large zoom
    top->setSpacing(12);
    top->addWidget(scaffold::card(m_engagement, this, 300), 1);
    top->addWidget(scaffold::card(m_losses, this, 300), 1);

    auto* abBox = new QWidget(this);
    auto* abLayout = new QVBoxLayout(abBox);
    abLayout->setContentsMargins(0, 0, 0, 0);
    abLayout->addWidget(m_abNote);
    abLayout->addWidget(m_abTable, 1);

    QVBoxLayout* layout = scaffold::scrollingContent(this, title, m_busy);
    layout->addWidget(m_message);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(10);
    contentLayout->addWidget(m_summary);
    contentLayout->addLayout(top);
    contentLayout->addWidget(scaffold::card(fatigueBox, this, 300));
    contentLayout->addWidget(
        scaffold::titledCard(tr("Campaigns: rates and their n"), m_campaignTable, this, 330));
    contentLayout->addWidget(scaffold::titledCard(
        tr("A/B campaigns: the arms side by side (95% intervals)"), abBox, this, 300));
    layout->addWidget(m_content);
    layout->addStretch(1);
}

void EmailPage::reload() {
    loadData<EmailData>(
        tr("No workspace is open. Use File › New Workspace… or Open…, then import a Mailchimp or "
           "Klaviyo campaign export."),
        [](const QString& path, const PeriodFilter& filter) { return loadEmail(path, filter); },
        [this](const EmailData& data) { showData(data); });
}

void EmailPage::busyChanged(bool busy) {
    m_busy->setVisible(busy);
    m_content->setEnabled(!busy);
    if (busy)
        Q_EMIT statusMessage(tr("Computing the email rates…"));
}

void EmailPage::showData(const EmailData& data) {
    m_data = data;
    const bool ok = data.error.isEmpty();
    m_message->setText(ok ? QString() : tr("Email: not available — %1").arg(data.error));
    m_message->setVisible(!ok);
    m_content->setVisible(ok);
    m_summary->setText(ok ? summaryText(data) : QString());
    // The charts in event-loop turns of their own (each lays itself out after taking its data).
    showInSteps({[this] { showGroups(m_data); }, [this] { showFatigue(m_data.fatigue); }});

    m_campaignModel->setData(data.campaigns);
    m_campaignTable->sortByColumn(-1, Qt::AscendingOrder);
    m_campaignTable->resizeColumnsToContents();
    const std::vector<CampaignRates> arms = data.abArms();
    m_abModel->setData(arms);
    m_abTable->sortByColumn(-1, Qt::AscendingOrder);
    m_abTable->resizeColumnsToContents();
    m_abTable->setVisible(!arms.empty());
    m_abNote->setText(
        arms.empty()
            ? tr("No A/B campaign in this period. Mailchimp writes the arms of an A/B campaign as "
                 "\"<name> | Combo 1\" and \"<name> | Combo 2\"; they are listed here when "
                 "imported.")
            : tr("%1 arms of A/B campaigns (Mailchimp Combo 1/Combo 2): compare the arms of one "
                 "campaign; overlapping intervals mean the test could not tell them apart.")
                  .arg(formatCount(qint64(arms.size()))));
    if (ok) {
        Q_EMIT periodResolved(data.period, data.period.previous());
        Q_EMIT statusMessage(tr("Email: %1 campaigns in the period.")
                                 .arg(formatCount(qint64(data.campaigns.size()))));
    } else {
        Q_EMIT statusMessage(tr("Email: not available (see the page for why)."));
    }
}

void EmailPage::showGroups(const EmailData& data) {
    m_engagement->setData(tr("Open and click rate"),
                          groupPoints(data, {{tr("Open"), &EmailGroupRates::open},
                                             {tr("Click"), &EmailGroupRates::click}}),
                          tr("% of deliveries"));
    m_losses->setData(tr("Unsubscribe and bounce rate"),
                      groupPoints(data, {{tr("Unsubscribe"), &EmailGroupRates::unsubscribe},
                                         {tr("Bounce"), &EmailGroupRates::bounce}}),
                      tr("% of deliveries (bounces: of recipients)"));
}

void EmailPage::showFatigue(const FatigueAnalysis& fatigue) {
    QStringList bands;
    QList<double> opens, unsubscribes;
    const double none = std::numeric_limits<double>::quiet_NaN();
    for (const FatigueBand& b : fatigue.bands) {
        bands.append(u"%1 (n = %2)"_s.arg(b.label, formatCount(b.open.n)));
        opens.append(b.open.rate ? *b.open.rate * 100.0 : none);
        unsubscribes.append(b.unsubscribe.rate ? *b.unsubscribe.rate * 100.0 : none);
    }
    m_fatigue->setVisible(fatigue.available);
    m_fatigue->setData(tr("Fatigue: rates by sends per recipient per week"), bands,
                       {{tr("Open rate (left)"), opens, palette::primary(), false},
                        {tr("Unsubscribe rate (right)"), unsubscribes, palette::bad(), true}},
                       tr("open rate, %"), tr("unsubscribe rate, %"));
    m_fatigueNote->setText(fatigueText(fatigue));
}

} // namespace pvi
