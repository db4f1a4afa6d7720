// The Email page on workspaces built from our fixtures (tests/fixtures/email) through
// importFile: per-campaign rates with their n, the personalized vs generic pooled rates with
// their Wilson intervals, the A/B arms, the fatigue chart, and the "not available" message of a
// workspace without email data. Expected pooled counts are worked by hand from the fixture
// (see the comments); their intervals come from the model's rateWithInterval on those counts.
#include "charts/interval_chart.h"
#include "charts/line_chart.h"
#include "gui_test_setup.h"
#include "importers/import_runner.h"
#include "pages/campaign_rates_model.h"
#include "pages/email_page.h"
#include "pvi/email/email_fatigue.h"
#include "pvi/engine/personalization_rules.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

/// Tolerance of values that went through the same double arithmetic.
constexpr double kTol = 1e-9;

QString fixture(const QString& name) {
    return QStringLiteral(PVI_FIXTURES_DIR "/email/") + name;
}

/// A workspace at `path` with the given email fixtures imported and the rule "[P]".
QString buildWorkspace(const QString& path, const QStringList& files, bool withRule = true) {
    auto opened = pvi::Workspace::open(path, pvi::Workspace::Mode::CreateOrOpen);
    if (!opened.workspace)
        return opened.error;
    for (const QString& file : files) {
        const pvi::ImportReport report = pvi::importFile(*opened.workspace, fixture(file));
        if (!report.ok)
            return file + u": "_s + report.error;
    }
    QString error;
    if (withRule &&
        !pvi::PersonalizationRules::add(*opened.workspace, u"campaign-name"_s, u"[P]"_s, &error))
        return error;
    return {};
}

/// Opens the page on the workspace and waits until it has loaded.
bool load(pvi::EmailPage& page, const QString& path) {
    QSignalSpy loaded(&page, &pvi::Page::loaded);
    page.resize(1400, 1200);
    page.setWorkspacePath(path);
    page.show();
    return loaded.wait(60000) || !loaded.isEmpty();
}

bool near(double actual, double expected, double tol = kTol) {
    if (std::fabs(actual - expected) <= tol)
        return true;
    qWarning("actual %.12g, expected %.12g", actual, expected);
    return false;
}

/// The chart point must be the rate count/n in percent with its Wilson interval.
bool pointMatches(const pvi::IntervalPoint& p, const QString& label, qint64 count, qint64 n) {
    const pvi::RateWithInterval r = pvi::rateWithInterval(count, n);
    if (p.label != label) {
        qWarning("label '%s', expected '%s'", qPrintable(p.label), qPrintable(label));
        return false;
    }
    return near(p.estimate, double(count) / double(n) * 100.0) && near(p.low, *r.low * 100.0) &&
           near(p.high, *r.high * 100.0);
}

} // namespace

class TestEmailPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { pvi::test::isolateGuiTestSettings(); }
    void campaignRatesAndGroups();
    void fatigueChartFromActivity();
    void emptyWorkspaceSaysWhatToImport();

private:
    pvi::test::TempDir m_dir;
};

void TestEmailPage::campaignRatesAndGroups() {
    const QString path = m_dir.path(u"campaigns.pvi"_s);
    const QString error = buildWorkspace(path, {u"mailchimp_campaigns_export.csv"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    pvi::EmailPage page(u"email"_s, u"Email"_s);
    QVERIFY(load(page, path));
    QVERIFY2(page.data().error.isEmpty(), qPrintable(page.data().error));
    QVERIFY(!page.messageLabel()->isVisible());

    // The 8 campaigns of the fixture, all sent 10 Jan – 3 Apr 2025 (inside the last 90 days of
    // the email data, which end on 3 Apr 2025).
    QCOMPARE(page.data().period.to, QDate(2025, 4, 3));
    pvi::CampaignRatesModel* model = page.campaignModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 8);
    // Row 1 (by send date) is "[P] Spring picks, for you": 1000 recipients, 980 delivered,
    // 412 unique opens, 88 clicks, 3 unsubscribes, 20 bounces.
    const auto raw = [&](int row, int column) {
        return model->data(model->index(row, column), pvi::CampaignRatesModel::RawValueRole);
    };
    const auto text = [&](int row, int column) {
        return model->data(model->index(row, column)).toString();
    };
    QCOMPARE(text(1, pvi::CampaignRatesModel::Campaign), u"[P] Spring picks, for you"_s);
    QCOMPARE(text(1, pvi::CampaignRatesModel::Group), u"Personalized"_s);
    QCOMPARE(raw(1, pvi::CampaignRatesModel::Delivered).toLongLong(), 980);
    QVERIFY(near(raw(1, pvi::CampaignRatesModel::OpenRate).toDouble(), 412.0 / 980.0));
    QVERIFY(near(raw(1, pvi::CampaignRatesModel::ClickRate).toDouble(), 88.0 / 980.0));
    QVERIFY(near(raw(1, pvi::CampaignRatesModel::UnsubscribeRate).toDouble(), 3.0 / 980.0));
    QVERIFY(near(raw(1, pvi::CampaignRatesModel::BounceRate).toDouble(), 20.0 / 1000.0));
    QCOMPARE(text(1, pvi::CampaignRatesModel::OpenRate), u"42.0%"_s);
    // Row 0, "Easter hours", matches no rule.
    QCOMPARE(text(0, pvi::CampaignRatesModel::Group), u"Generic"_s);

    // Pooled by hand over the fixture (rule "[P]", any case):
    // personalized = Spring picks, both Combo arms, [p] Birthday treat:
    //   delivered 980 + 495 + 497 + 299 = 2271, opens 412 + 228 + 201 + 161 = 1002,
    //   clicks 88 + 52 + 40 + 45 = 225, unsubscribes 3 + 1 + 2 + 0 = 6,
    //   bounces 20 + 5 + 3 + 1 = 29 of recipients 1000 + 500 + 500 + 300 = 2300;
    // generic = Easter hours, Newsletter March, Weekend sale, Newsletter April:
    //   delivered 1085 + 1180 + 1190 + 1225 = 4680, opens 300 + 354 + 298 + 343 = 1295,
    //   clicks 20 + 41 + 30 + 37 = 128, unsubscribes 4 + 6 + 9 + 7 = 26,
    //   bounces 15 + 20 + 20 + 25 = 80 of recipients 1100 + 1200 + 1210 + 1250 = 4760.
    QCOMPARE(page.data().personalized.campaigns, 4);
    QCOMPARE(page.data().generic.campaigns, 4);
    const QList<pvi::IntervalPoint>& engagement = page.engagementChart()->points();
    QCOMPARE(engagement.size(), 4);
    QVERIFY(pointMatches(engagement[0], u"Open, personalized (n = 2,271)"_s, 1002, 2271));
    QVERIFY(pointMatches(engagement[1], u"Open, generic (n = 4,680)"_s, 1295, 4680));
    QVERIFY(pointMatches(engagement[2], u"Click, personalized (n = 2,271)"_s, 225, 2271));
    QVERIFY(pointMatches(engagement[3], u"Click, generic (n = 4,680)"_s, 128, 4680));
    const QList<pvi::IntervalPoint>& losses = page.lossChart()->points();
    QCOMPARE(losses.size(), 4);
    QVERIFY(pointMatches(losses[0], u"Unsubscribe, personalized (n = 2,271)"_s, 6, 2271));
    QVERIFY(pointMatches(losses[1], u"Unsubscribe, generic (n = 4,680)"_s, 26, 4680));
    QVERIFY(pointMatches(losses[2], u"Bounce, personalized (n = 2,300)"_s, 29, 2300));
    QVERIFY(pointMatches(losses[3], u"Bounce, generic (n = 4,760)"_s, 80, 4760));

    // The A/B campaign "[P] Your favourites are back" with its two arms, Combo 1 first.
    pvi::CampaignRatesModel* ab = page.abModel();
    QCOMPARE(ab->rowCount(), 2);
    QCOMPARE(ab->data(ab->index(0, pvi::CampaignRatesModel::Arm)).toString(), u"Combo 1"_s);
    QCOMPARE(ab->data(ab->index(1, pvi::CampaignRatesModel::Arm)).toString(), u"Combo 2"_s);
    // Combo 1: 228 opens of 495 deliveries, written with its interval.
    const pvi::RateWithInterval combo1 = pvi::rateWithInterval(228, 495);
    QCOMPARE(ab->data(ab->index(0, pvi::CampaignRatesModel::OpenRate)).toString(),
             u"%1% (%2–%3)"_s.arg(QString::number(228.0 / 495.0 * 100.0, 'f', 1),
                                  QString::number(*combo1.low * 100.0, 'f', 1),
                                  QString::number(*combo1.high * 100.0, 'f', 1)));

    // No per-recipient activity: the fatigue card says so instead of drawing an empty chart.
    QVERIFY(!page.data().fatigue.available);
    QVERIFY(page.fatigueChart()->isHidden());
    QVERIFY2(page.fatigueNote()->text().contains(u"per-recipient email activity"_s),
             qPrintable(page.fatigueNote()->text()));
}

void TestEmailPage::fatigueChartFromActivity() {
    const QString path = m_dir.path(u"activity.pvi"_s);
    const QString error = buildWorkspace(path, {u"mailchimp_activity.csv"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    pvi::EmailPage page(u"email"_s, u"Email"_s);
    QVERIFY(load(page, path));
    QVERIFY2(page.data().error.isEmpty(), qPrintable(page.data().error));

    // The chart draws the model's bands (the model is checked against the pandas/statsmodels
    // reference in tests/email): one category per band, open rate on the left axis and
    // unsubscribe rate on the right, in percent.
    auto opened = pvi::Workspace::open(path, pvi::Workspace::Mode::OpenExisting);
    QVERIFY(opened.workspace);
    const pvi::FatigueAnalysis expected =
        pvi::fatigueAnalysis(*opened.workspace, page.data().period);
    QVERIFY2(expected.available, qPrintable(expected.reason));
    QVERIFY(!page.fatigueChart()->isHidden());
    const pvi::LineChart* chart = page.fatigueChart();
    QCOMPARE(chart->categories().size(), qsizetype(expected.bands.size()));
    QCOMPARE(chart->series().size(), 2);
    QVERIFY(!chart->series()[0].rightAxis);
    QVERIFY(chart->series()[1].rightAxis);
    for (std::size_t i = 0; i < expected.bands.size(); ++i) {
        const pvi::FatigueBand& band = expected.bands[i];
        QVERIFY(chart->categories()[qsizetype(i)].startsWith(band.label + u" (n = "_s));
        QVERIFY(near(chart->series()[0].values[qsizetype(i)], *band.open.rate * 100.0));
        QVERIFY(near(chart->series()[1].values[qsizetype(i)], *band.unsubscribe.rate * 100.0));
    }
    QVERIFY(expected.onset);
    QVERIFY2(
        page.fatigueNote()->text().contains(u"Fatigue from %1 sends a week"_s.arg(*expected.onset)),
        qPrintable(page.fatigueNote()->text()));
    // Campaigns known only from the events are listed too (12 of them: 4 weeks × 3 campaigns).
    QCOMPARE(page.campaignModel()->rowCount(), 12);
    QVERIFY(page.abNote()->text().startsWith(u"No A/B campaign"_s));
}

void TestEmailPage::emptyWorkspaceSaysWhatToImport() {
    const QString path = m_dir.path(u"empty.pvi"_s);
    QVERIFY(buildWorkspace(path, {}, false).isEmpty());
    pvi::EmailPage page(u"email"_s, u"Email"_s);
    QVERIFY(load(page, path));
    QVERIFY(page.messageLabel()->isVisible());
    QVERIFY2(page.messageLabel()->text().contains(u"not available"_s) &&
                 page.messageLabel()->text().contains(u"campaign export"_s),
             qPrintable(page.messageLabel()->text()));
    QCOMPARE(page.campaignModel()->rowCount(), 0);
    QVERIFY(page.engagementChart()->points().isEmpty());
}

PVI_TEST_CLASS(TestEmailPage)
#include "test_email_page.moc"
