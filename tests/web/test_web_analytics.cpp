// GA4 / Universal Analytics landing-page imports and the family A PVIs, against the reference
// written by tests/reference/web/make_web_reference.py (pandas, statsmodels, scipy) with the
// landing-page-prefix rule "/product". Tolerance: 1e-9 relative to max(1, |expected|) for values
// and lifts, 1e-7 for interval bounds, 1e-6 relative for p-values.
#include "importers/import_runner.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/personalization_rules.h"
#include "pvi/engine/pvi_registry.h"
#include "pvi/web/pvi_web.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace pvi;
using namespace pvi::test;

namespace {

QString fixture(const QString& name) {
    return QStringLiteral(PVI_FIXTURES_DIR) + QStringLiteral("/web/") + name;
}

QJsonObject reference() {
    QFile file(QStringLiteral(PVI_REFERENCE_DIR) + QStringLiteral("/web/web_reference.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool close(double actual, double expected, double tol) {
    const bool ok = std::fabs(actual - expected) <= tol * std::max(1.0, std::fabs(expected));
    if (!ok)
        qWarning("actual %.17g, expected %.17g", actual, expected);
    return ok;
}

std::int64_t count(Workspace& ws, const char* sql) {
    return ws.db().queryInt(sql, -1);
}

} // namespace

class TestWebAnalytics : public QObject {
    Q_OBJECT

private:
    TempDir m_dir;
    QJsonObject m_ref = reference();

    std::unique_ptr<Workspace> open(const QString& name) {
        return Workspace::open(m_dir.path(name), Workspace::Mode::CreateOrOpen).workspace;
    }

    void check(const PviResult& r, const QJsonObject& exp) {
        QVERIFY2(r.available, qPrintable(r.id + QStringLiteral(": ") + r.reason));
        QVERIFY2(close(*r.value, exp[u"value"].toDouble(), 1e-9), qPrintable(r.id));
        QCOMPARE(r.n, exp[u"n"].toInteger());
        QVERIFY2(r.splitReason.isEmpty(), qPrintable(r.splitReason));
        QVERIFY(close(*r.personalized.value, exp[u"personalized"].toDouble(), 1e-9));
        QVERIFY(close(*r.control.value, exp[u"control"].toDouble(), 1e-9));
        if (r.id != u"content_engagement_lift")
            QVERIFY(close(*r.liftPercent, exp[u"lift"].toDouble(), 1e-9));
        if (exp.contains(u"p_value")) {
            QVERIFY2(r.liftCi95 && r.pValue, qPrintable(r.id));
            QVERIFY(close(r.liftCi95->first, exp[u"ci_low"].toDouble(), 1e-7));
            QVERIFY(close(r.liftCi95->second, exp[u"ci_high"].toDouble(), 1e-7));
            QVERIFY(close(*r.pValue / exp[u"p_value"].toDouble(), 1.0, 1e-6));
        }
    }

    void checkReport(const char* section, const QString& file) {
        auto ws = open(file + QStringLiteral(".pvi"));
        const ImportReport report = importFile(*ws, fixture(file));
        QVERIFY2(report.ok, qPrintable(report.error));
        const QJsonObject exp = m_ref[QLatin1String(section)].toObject();
        QCOMPARE(report.recordsAdded, exp[u"pages"].toInteger());
        QString error;
        QVERIFY(PersonalizationRules::add(*ws, QStringLiteral("landing-page-prefix"),
                                          QStringLiteral("/product"), &error));
        const Period period{QDate::fromString(exp[u"from"].toString(), Qt::ISODate),
                            QDate::fromString(exp[u"to"].toString(), Qt::ISODate)};
        const QJsonObject pvis = exp[u"pvis"].toObject();
        for (auto it = pvis.begin(); it != pvis.end(); ++it) {
            const PviResult r = computeWebPvi(*ws, it.key(), period);
            check(r, it.value().toObject());
        }
        // A period the report's range does not lie inside sees nothing of it.
        const PviResult outside = computeWebPvi(*ws, QStringLiteral("conversion_rate"),
                                                {period.from.addDays(1), period.to.addDays(30)});
        QVERIFY(!outside.available);
        QVERIFY(outside.reason.contains(u"lies inside"));
    }

private Q_SLOTS:
    void registryHasEveryWebPvi() {
        for (const char* id :
             {"conversion_rate", "click_through_rate", "bounce_rate", "time_on_page",
              "pages_per_visit", "revenue_per_visitor", "content_engagement_lift"}) {
            const PviDefinition* d = PviRegistry::find(QLatin1String(id));
            QVERIFY2(d, id);
            QVERIFY(d->explanation.size() > 80 && d->formula.size() > 30);
            QVERIFY(isWebPvi(QLatin1String(id)));
        }
        QVERIFY(PersonalizationRules::kinds().contains(u"landing-page-prefix"));
        QVERIFY(PersonalizationRules::kinds().contains(u"item-list"));
    }

    void ga4LandingPagesMatchReference() {
        checkReport("ga4", QStringLiteral("ga4_landing_page.csv"));
    }

    void ga4SkipsFurtherTablesWithWarning() {
        auto ws = open(QStringLiteral("ga4_tables.pvi"));
        const ImportReport report =
            importFile(*ws, fixture(QStringLiteral("ga4_landing_page.csv")));
        QVERIFY(report.ok);
        QCOMPARE(report.source, QStringLiteral("ga4-landing-pages"));
        bool warned = false;
        for (const ImportIssue& issue : report.issues)
            warned = warned || (issue.code == u"other-tables-skipped" &&
                                issue.message.contains(u"Nth day,Users"));
        QVERIFY(warned);
        QCOMPARE(count(*ws, "SELECT count(*) FROM web_pages WHERE date_from = '2025-03-01' AND "
                            "date_to = '2025-03-31'"),
                 8);
        // Re-importing the same report replaces its pages.
        const ImportReport again = importFile(*ws, fixture(QStringLiteral("ga4_landing_page.csv")));
        QVERIFY(again.ok);
        QCOMPARE(again.recordsUpdated, 8);
        QCOMPARE(count(*ws, "SELECT count(*) FROM web_pages"), 8);
    }

    void ga4WithoutEngagementRateHasNoBounceRate() {
        auto ws = open(QStringLiteral("ga4_default.pvi"));
        QVERIFY(importFile(*ws, fixture(QStringLiteral("ga4_landing_page_default.csv"))).ok);
        const Period april{QDate(2025, 4, 1), QDate(2025, 4, 30)};
        const PviResult bounce = computeWebPvi(*ws, QStringLiteral("bounce_rate"), april);
        QVERIFY(!bounce.available);
        QVERIFY2(bounce.reason.contains(u"Engagement rate"), qPrintable(bounce.reason));
        QVERIFY(!computeWebPvi(*ws, QStringLiteral("pages_per_visit"), april).available);
        QVERIFY(!computeWebPvi(*ws, QStringLiteral("click_through_rate"), april).available);
        // Hand-worked: (0.01 × 200 + 0.1 × 50) / 250 = 7 / 250 = 2.8 %; no rule → no split.
        const PviResult conversion = computeWebPvi(*ws, QStringLiteral("conversion_rate"), april);
        QVERIFY(conversion.available);
        QVERIFY(close(*conversion.value, 2.8, 1e-12));
        QCOMPARE(conversion.n, 250);
        QVERIFY(conversion.splitReason.contains(u"landing-page-prefix"));
        // The metrics default to the report's range when the workspace has no orders.
        const MetricsQuery query = defaultMetricsQuery(*ws);
        QCOMPARE(query.period.from, april.from);
        QCOMPARE(query.period.to, april.to);
        bool listed = false;
        for (const PviResult& r : computeMetrics(*ws, query))
            listed = listed || (r.id == u"time_on_page" && r.available &&
                                close(*r.value, (30.0 * 200 + 60.0 * 50) / 250, 1e-12));
        QVERIFY(listed);
    }

    void ga4ItemListsGiveClickThroughRate() {
        // An item-list report beside a landing-page report of the same month: the lists give
        // click_through_rate (split by the item-list rule), the pages keep their own PVIs.
        auto ws = open(QStringLiteral("ga4_lists.pvi"));
        const ImportReport pages = importFile(*ws, fixture(QStringLiteral("ga4_landing_page.csv")));
        QVERIFY2(pages.ok, qPrintable(pages.error));
        const ImportReport lists = importFile(*ws, fixture(QStringLiteral("ga4_item_lists.csv")));
        QVERIFY2(lists.ok, qPrintable(lists.error));
        QCOMPARE(lists.source, QStringLiteral("ga4-item-lists"));
        const QJsonObject exp = m_ref[u"ga4_item_lists"].toObject();
        QCOMPARE(lists.recordsAdded, exp[u"lists"].toInteger());
        const Period march{QDate(2025, 3, 1), QDate(2025, 3, 31)};
        const PviResult noRule = computeWebPvi(*ws, QStringLiteral("click_through_rate"), march);
        QVERIFY2(noRule.available, qPrintable(noRule.reason));
        QVERIFY2(noRule.splitReason.contains(u"item-list"), qPrintable(noRule.splitReason));
        QString error;
        QVERIFY(PersonalizationRules::add(*ws, QStringLiteral("item-list"),
                                          QStringLiteral("for you"), &error));
        QVERIFY(PersonalizationRules::add(*ws, QStringLiteral("landing-page-prefix"),
                                          QStringLiteral("/product"), &error));
        check(computeWebPvi(*ws, QStringLiteral("click_through_rate"), march),
              exp[u"pvis"][u"click_through_rate"].toObject());
        const QJsonObject landing = m_ref[u"ga4"][u"pvis"].toObject();
        check(computeWebPvi(*ws, QStringLiteral("conversion_rate"), march),
              landing[u"conversion_rate"].toObject());
        check(computeWebPvi(*ws, QStringLiteral("time_on_page"), march),
              landing[u"time_on_page"].toObject());
    }

    void universalAnalyticsMatchesReference() {
        checkReport("ua", QStringLiteral("ua_landing_pages.csv"));
    }

    void badInputChangesNothing_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing column")
            << QStringLiteral("bad/ga4_missing_sessions.csv") << QStringLiteral("missing-column")
            << QStringLiteral("Sessions");
        QTest::newRow("bad rate") << QStringLiteral("bad/ga4_bad_rate.csv")
                                  << QStringLiteral("bad-number") << QStringLiteral("n/a");
        QTest::newRow("header only") << QStringLiteral("bad/ga4_header_only.csv")
                                     << QStringLiteral("no-rows") << QStringLiteral("no rows");
        QTest::newRow("no dates") << QStringLiteral("bad/ga4_no_dates.csv")
                                  << QStringLiteral("no-date-range")
                                  << QStringLiteral("Start date");
        QTest::newRow("empty") << QStringLiteral("bad/empty.csv") << QStringLiteral("empty-file")
                               << QStringLiteral("empty");
        QTest::newRow("list clicked more than shown")
            << QStringLiteral("bad/ga4_lists_clicks_above_views.csv")
            << QStringLiteral("clicks-above-views") << QStringLiteral("Items clicked in list");
    }

    void badInputChangesNothing() {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        auto ws = open(QStringLiteral("bad.pvi"));
        const ImportReport report = importFile(*ws, fixture(file));
        QVERIFY(!report.ok);
        bool found = false;
        for (const ImportIssue& issue : report.issues)
            found = found || (issue.code == code && issue.message.contains(mentions));
        QVERIFY2(found, qPrintable(report.error));
        if (code == u"bad-number") {
            const auto it =
                std::find_if(report.issues.begin(), report.issues.end(),
                             [](const ImportIssue& i) { return i.code == u"bad-number"; });
            QCOMPARE(it->line, 13);
            QCOMPARE(it->column, 8);
        }
        if (code == u"clicks-above-views") {
            QCOMPARE(report.issues.constFirst().line, 12);
            QCOMPARE(report.issues.constFirst().column, 3);
        }
        QCOMPARE(count(*ws, "SELECT count(*) FROM web_pages"), 0);
        QCOMPARE(count(*ws, "SELECT count(*) FROM import_batches"), 0);
    }
};

PVI_TEST_CLASS(TestWebAnalytics)
#include "test_web_analytics.moc"
