// The email PVIs on small workspaces built from the fixtures, against the pandas/statsmodels/
// scipy reference (tests/reference/email/make_reference.py → expected.json). Period 2025-03-01
// .. 2025-04-30, compared with 2024-12-30 .. 2025-02-28; campaign-name rule "[P]".
#include "email_test_support.h"
#include "pvi/email/email_campaign_rates.h"
#include "pvi/email/email_fatigue.h"
#include "pvi/email/pvi_email.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/personalization_rules.h"
#include "pvi/engine/pvi_registry.h"
#include "store/email_delivery_runs.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QJsonArray>
#include <QTest>

using namespace pvi;
using namespace pvi::test;

namespace {

const Period kPeriod{QDate(2025, 3, 1), QDate(2025, 4, 30)};
const MetricsQuery kQuery{kPeriod, kPeriod.previous()};
// Rates and p-values agree to rounding; tolerance relative to max(1, |expected|).
constexpr double kTol = 1e-9;

const PviResult* find(const std::vector<PviResult>& results, const char* id) {
    for (const PviResult& r : results)
        if (r.id == QLatin1String(id))
            return &r;
    return nullptr;
}

bool importAll(Workspace& ws, std::initializer_list<const char*> files) {
    for (const char* name : files) {
        const ImportReport report = importEmailFile(ws, emailFixture(QString::fromLatin1(name)));
        if (!report.ok) {
            qWarning("%s", qPrintable(issuesText(report)));
            return false;
        }
    }
    return true;
}

} // namespace

class TestEmailPvis : public QObject {
    Q_OBJECT

private:
    TempDir m_dir;
    QJsonObject m_expected = emailReference(QStringLiteral("expected.json"));

    void checkRate(const PviResult& r, const QJsonObject& exp) {
        QVERIFY2(r.available, qPrintable(r.reason));
        QVERIFY(near(*r.value, exp[u"value"].toDouble(), kTol));
        QCOMPARE(r.n, exp[u"n"].toInteger());
        QVERIFY(near(*r.personalized.value, exp[u"personalized"].toDouble(), kTol));
        QCOMPARE(r.personalized.n, exp[u"personalized_n"].toInteger());
        QVERIFY(near(*r.control.value, exp[u"control"].toDouble(), kTol));
        QCOMPARE(r.control.n, exp[u"control_n"].toInteger());
        QVERIFY(near(*r.liftPercent, exp[u"lift"].toDouble(), kTol));
        QVERIFY(r.liftCi95);
        QVERIFY(near(r.liftCi95->first, exp[u"lift_ci"].toArray()[0].toDouble(), 1e-7));
        QVERIFY(near(r.liftCi95->second, exp[u"lift_ci"].toArray()[1].toDouble(), 1e-7));
        QVERIFY(r.pValue);
        // z-test p-values: relative agreement (some are ~1e-38).
        const double p = exp[u"p"].toDouble();
        QVERIFY(near(*r.pValue / p, 1.0, 1e-6));
        QVERIFY(near(*r.previous.value, exp[u"previous"].toDouble(), kTol));
    }

private Q_SLOTS:
    void noDataIsUnavailable() {
        auto ws =
            Workspace::open(m_dir.path(QStringLiteral("empty.pvi")), Workspace::Mode::CreateOrOpen)
                .workspace;
        for (const char* id : {"email_open_rate", "email_click_rate", "email_unsubscribe_rate"}) {
            const PviResult r = computeEmailPvi(*ws, QLatin1String(id), kPeriod);
            QVERIFY(!r.available);
            QCOMPARE(r.reason, noEmailCampaignsReason());
            QVERIFY(!r.value);
        }
        QVERIFY(!computeEmailPvi(*ws, QStringLiteral("list_growth_rate"), kPeriod).available);
        QVERIFY(
            !computeEmailPvi(*ws, QStringLiteral("personalization_fatigue"), kPeriod).available);
        QVERIFY(!computeEmailPvi(*ws, QStringLiteral("email_conversion_rate"), kPeriod).available);
    }

    void registryHasEveryEmailPvi() {
        for (const char* id : {"email_open_rate", "email_click_rate", "email_unsubscribe_rate",
                               "email_conversion_rate", "list_growth_rate",
                               "personalization_fatigue", "opt_out_trend"}) {
            const PviDefinition* d = PviRegistry::find(QLatin1String(id));
            QVERIFY2(d, id);
            QVERIFY(!d->explanation.isEmpty() && !d->formula.isEmpty() && !d->title.isEmpty());
            QVERIFY(isEmailPvi(QLatin1String(id)));
        }
    }

    void campaignRatesPooledAndSplit() {
        auto ws = Workspace::open(m_dir.path(QStringLiteral("campaigns.pvi")),
                                  Workspace::Mode::CreateOrOpen)
                      .workspace;
        QVERIFY(importAll(*ws, {"mailchimp_campaigns_export.csv"}));
        QString error;
        QVERIFY2(PersonalizationRules::add(*ws, QStringLiteral("campaign-name"),
                                           QStringLiteral("[P]"), &error),
                 qPrintable(error));
        const std::vector<PviResult> results = computeMetrics(*ws, kQuery);
        const QJsonObject exp = m_expected[u"campaigns"].toObject();
        checkRate(*find(results, "email_open_rate"), exp[u"open"].toObject());
        checkRate(*find(results, "email_click_rate"), exp[u"click"].toObject());
        checkRate(*find(results, "email_unsubscribe_rate"), exp[u"unsubscribe"].toObject());
        const PviResult& click = *find(results, "email_click_rate");
        QCOMPARE(click.segments.size(), std::size_t(1));
        QVERIFY(near(*click.segments[0].value, exp[u"click_to_open"].toDouble(), kTol));
        // No orders and no per-recipient activity: conversion is not available, with the reason.
        const PviResult& conversion = *find(results, "email_conversion_rate");
        QVERIFY(!conversion.available);
        QVERIFY(conversion.reason.contains(QStringLiteral("Klaviyo")));
        // Opt-outs from the campaigns' unsubscribes when there is no audience export.
        const PviResult& optOuts = *find(results, "opt_out_trend");
        QVERIFY2(optOuts.available, qPrintable(optOuts.reason));
        QCOMPARE(qint64(*optOuts.value), exp[u"opt_outs_campaigns"].toInteger());

        // The per-campaign API of the Email page: Wilson interval of the first campaign.
        const std::vector<CampaignRates> rates = campaignRates(*ws, kPeriod);
        QVERIFY(!rates.empty());
        const QJsonObject first = exp[u"first_campaign"].toObject();
        QCOMPARE(rates[0].totals.name, first[u"name"].toString());
        QVERIFY(rates[0].totals.personalized);
        QVERIFY(near(*rates[0].open.low, first[u"open_low"].toDouble(), 1e-9));
        QVERIFY(near(*rates[0].open.high, first[u"open_high"].toDouble(), 1e-9));
    }

    void defaultPeriodFromEmailData() {
        auto ws = Workspace::open(m_dir.path(QStringLiteral("campaigns.pvi")),
                                  Workspace::Mode::OpenExisting)
                      .workspace;
        // No orders: the last 90 days of email data, ending on the last send (2025-04-03).
        const MetricsQuery query = defaultMetricsQuery(*ws);
        QCOMPARE(query.period.to, QDate(2025, 4, 3));
        QCOMPARE(query.period.from, QDate(2025, 4, 3).addDays(-89));
    }

    void audiencePvis() {
        auto ws = Workspace::open(m_dir.path(QStringLiteral("audience.pvi")),
                                  Workspace::Mode::CreateOrOpen)
                      .workspace;
        QVERIFY(importAll(*ws, {"subscribed_members_export_4de65ff335.csv",
                                "unsubscribed_members_export_4de65ff335.csv",
                                "cleaned_members_export_4de65ff335.csv"}));
        QString error;
        QVERIFY(PersonalizationRules::add(*ws, QStringLiteral("campaign-name"),
                                          QStringLiteral("[P]"), &error));
        const QJsonObject exp = m_expected[u"audience"].toObject();
        const PviResult growth = computeEmailPvi(*ws, QStringLiteral("list_growth_rate"), kPeriod);
        QVERIFY2(growth.available, qPrintable(growth.reason));
        QVERIFY(near(*growth.value, exp[u"growth"].toDouble(), kTol));
        QCOMPARE(growth.n, exp[u"start"].toInteger());
        const PviResult optOuts = computeEmailPvi(*ws, QStringLiteral("opt_out_trend"), kPeriod);
        QVERIFY2(optOuts.available, qPrintable(optOuts.reason));
        QCOMPARE(qint64(*optOuts.value), exp[u"opt_outs"].toInteger());
        QCOMPARE(optOuts.personalized.n, exp[u"opt_outs_personalized"].toInteger());
        const QJsonObject months = exp[u"opt_outs_per_month"].toObject();
        QCOMPARE(optOuts.segments.size(), std::size_t(months.size()));
        for (const SegmentValue& s : optOuts.segments)
            QCOMPARE(s.n, months[s.id].toInteger());
    }

    void activityFatigueAndConversion() {
        auto ws = Workspace::open(m_dir.path(QStringLiteral("activity.pvi")),
                                  Workspace::Mode::CreateOrOpen)
                      .workspace;
        QVERIFY(importAll(*ws, {"orders_for_email.csv", "mailchimp_activity.csv"}));
        QString error;
        QVERIFY(PersonalizationRules::add(*ws, QStringLiteral("campaign-name"),
                                          QStringLiteral("[P]"), &error));
        const QJsonObject exp = m_expected[u"activity"].toObject();
        const FatigueAnalysis fatigue = fatigueAnalysis(*ws, kPeriod);
        QVERIFY2(fatigue.available, qPrintable(fatigue.reason));
        QCOMPARE(fatigue.sends, exp[u"sends"].toInteger());
        const QJsonObject bands = exp[u"bands"].toObject();
        QCOMPARE(fatigue.bands.size(), std::size_t(bands.size()));
        for (const FatigueBand& band : fatigue.bands) {
            const QJsonObject b = bands[QString::number(band.sendsPerWeek)].toObject();
            QCOMPARE(band.open.n, b[u"sends"].toInteger());
            QVERIFY(near(*band.open.rate * 100, b[u"open_rate"].toDouble(), kTol));
            QVERIFY(near(*band.unsubscribe.rate * 100, b[u"unsub_rate"].toDouble(), kTol));
            if (b.contains(u"open_p")) {
                QVERIFY(near(*band.openPValue / b[u"open_p"].toDouble(), 1.0, 1e-6));
                QVERIFY(near(*band.unsubPValue, b[u"unsub_p"].toDouble(), 1e-9));
            }
        }
        QVERIFY(fatigue.onset);
        QCOMPARE(qint64(*fatigue.onset), exp[u"onset"].toInteger());
        {
            // Recipients numbered far apart (a workspace numbered elsewhere): the sends are
            // grouped by a sort instead of by their numbers, into the same recipient-weeks.
            ws->db().exec("SAVEPOINT sparse; UPDATE email_deliveries SET recipient_no = "
                          "recipient_no * 100003;");
            packEveryDeliveryRun(ws->db());
            const FatigueAnalysis sparse = fatigueAnalysis(*ws, kPeriod);
            ws->db().exec("ROLLBACK TO sparse; RELEASE sparse;");
            QCOMPARE(sparse.sends, fatigue.sends);
            QCOMPARE(sparse.recipientWeeks, fatigue.recipientWeeks);
            QCOMPARE(sparse.personalizedRecipientWeeks, fatigue.personalizedRecipientWeeks);
            QCOMPARE(sparse.bands.size(), fatigue.bands.size());
            for (std::size_t b = 0; b < fatigue.bands.size(); ++b) {
                QCOMPARE(sparse.bands[b].open.n, fatigue.bands[b].open.n);
                QCOMPARE(sparse.bands[b].open.rate, fatigue.bands[b].open.rate);
                QCOMPARE(sparse.bands[b].unsubscribe.rate, fatigue.bands[b].unsubscribe.rate);
            }
        }
        const PviResult pvi =
            computeEmailPvi(*ws, QStringLiteral("personalization_fatigue"), kPeriod);
        QVERIFY(near(*pvi.value, exp[u"onset"].toDouble()));
        QVERIFY(near(*pvi.personalized.value, exp[u"personalized_per_week"].toDouble(), kTol));
        QVERIFY(near(*pvi.control.value, exp[u"generic_per_week"].toDouble(), kTol));

        // Campaigns known only from events: open rate over distinct recipients.
        const PviResult open = computeEmailPvi(*ws, QStringLiteral("email_open_rate"), kPeriod);
        QVERIFY(near(*open.value, exp[u"open_rate"].toDouble(), kTol));
        const PviResult conversion =
            computeEmailPvi(*ws, QStringLiteral("email_conversion_rate"), kPeriod);
        QVERIFY2(conversion.available, qPrintable(conversion.reason));
        const QJsonObject conv = exp[u"conversion"].toObject();
        QVERIFY(near(*conversion.value, conv[u"value"].toDouble(), kTol));
        QCOMPARE(conversion.n, conv[u"n"].toInteger());
    }
};

PVI_TEST_CLASS(TestEmailPvis)
#include "test_email_pvis.moc"
