// GA4 conversion paths: the importer on downloads laid out like the real ones
// (tests/fixtures/web/ga4_conversion_paths*.csv), bad input that must leave the workspace
// unchanged, and the attribution models over the imported paths against the independent
// pandas/numpy reference (tests/reference/attribution/make_ga4_paths_reference.py →
// ga4_paths_expected.json; 1e-9 relative).
#include "analytics/attribution/attribution_engine.h"
#include "analytics/attribution/ga4_path_journeys.h"
#include "importers/import_runner.h"
#include "importers/importer_registry.h"
#include "pvi/engine/personalization_rules.h"
#include "pvi/reports/attribution_journeys.h"
#include "store/migrations.h"
#include "store/schema_sql.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace pvi;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString& name) {
    return QStringLiteral(PVI_FIXTURES_DIR "/web/") + name;
}

QJsonObject expected(const QString& set) {
    QFile file(QStringLiteral(PVI_REFERENCE_DIR "/attribution/ga4_paths_expected.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read ga4_paths_expected.json");
    return QJsonDocument::fromJson(file.readAll()).object().value(set).toObject();
}

bool close(double actual, double expected) {
    const bool ok = std::fabs(actual - expected) <= 1e-9 * std::max(1.0, std::fabs(expected));
    if (!ok)
        qWarning("actual %.17g, expected %.17g", actual, expected);
    return ok;
}

/// Every channel of `expected` has the same credit in `actual`; mismatches as text.
QStringList compareCredit(const ChannelCredit& actual, const QJsonObject& expected,
                          const QString& what) {
    QStringList problems;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const auto found = actual.find(it.key());
        if (found == actual.end() || !close(found->second, it.value().toDouble()))
            problems << what + u' ' + it.key();
    }
    if (actual.size() != std::size_t(expected.size()))
        problems << what + u": channel count"_s;
    return problems;
}

/// The fixture's text with `from` replaced by `to`, written to `path`.
void writeVariant(const QString& source, const QString& path, const QByteArray& from,
                  const QByteArray& to) {
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(source));
    QByteArray text = in.readAll();
    if (!text.contains(from))
        qFatal("fixture lacks '%s'", from.constData());
    text.replace(from, to);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    out.write(text);
}

std::int64_t count(Workspace& ws, const char* sql) {
    return ws.db().queryInt(sql, -1);
}

} // namespace

class TestGa4ConversionPaths : public QObject {
    Q_OBJECT

private:
    test::TempDir m_dir;

    std::unique_ptr<Workspace> open(const QString& name) {
        auto opened = Workspace::open(m_dir.path(name), Workspace::Mode::CreateOrOpen);
        if (!opened.workspace)
            qFatal("cannot open workspace: %s", qPrintable(opened.error));
        return std::move(opened.workspace);
    }

    static AttributionReport attribution(Workspace& ws, QStringList* notes = nullptr) {
        const JourneyLoadResult loaded = loadAttributionJourneys(ws, AttributionSource::Ga4Paths);
        if (!loaded.ok())
            qFatal("journeys: %s", qPrintable(loaded.error));
        if (notes)
            *notes = loaded.notes;
        return runAttribution(loaded.journeys);
    }

    static void checkModels(const AttributionReport& r, const QJsonObject& exp) {
        QStringList problems;
        const QJsonObject models = exp.value(u"models"_s).toObject();
        for (const ModelCredit& m : r.models) {
            if (m.model == u"markov")
                continue;
            const QJsonObject e = models.value(m.model).toObject();
            QVERIFY2(!e.isEmpty(), qPrintable(m.model));
            problems << compareCredit(m.overall.conversions, e.value(u"conversions"_s).toObject(),
                                      m.model + u" conversions"_s)
                     << compareCredit(m.overall.value, e.value(u"value"_s).toObject(),
                                      m.model + u" value"_s);
        }
        const ModelCredit& markov = r.models.back();
        const QJsonObject e = exp.value(u"markov"_s).toObject();
        problems << compareCredit(markov.removalEffect, exp.value(u"removal_effect"_s).toObject(),
                                  u"removal effect"_s)
                 << compareCredit(markov.overall.conversions, e.value(u"conversions"_s).toObject(),
                                  u"markov conversions"_s)
                 << compareCredit(markov.overall.value, e.value(u"value"_s).toObject(),
                                  u"markov value"_s)
                 << compareCredit(markov.personalized.conversions,
                                  e.value(u"personalized_conversions"_s).toObject(),
                                  u"markov personalized conversions"_s)
                 << compareCredit(markov.personalized.value,
                                  e.value(u"personalized_value"_s).toObject(),
                                  u"markov personalized value"_s);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u", "_s)));
        QVERIFY(close(r.conversions, exp.value(u"conversions"_s).toDouble()));
        QVERIFY(close(r.conversionValue, exp.value(u"value"_s).toDouble()));
        QVERIFY(close(r.markovConversionProbability,
                      exp.value(u"conversion_probability"_s).toDouble()));
    }

private Q_SLOTS:
    void detection();
    void importFixture();
    void reimportReplaces();
    void missingColumnLeavesWorkspaceUnchanged();
    void badNumberNamesLineAndColumn();
    void missingDateRange();
    void channelPathsMatchReference();
    void removalEffectIsShareOfConversionsThrough();
    void cyclicPathsFollowTheChain();
    void landingPagePathsArePersonalized();
    void automaticSourcePrefersPaths();
    void pathSteps();
    void version7WorkspaceGetsTheTable();
};

void TestGa4ConversionPaths::detection() {
    const auto& registry = ImporterRegistry::instance();
    for (const QStringList& header :
         {QStringList{u"Default channel group"_s, u"Key events"_s, u"Purchase revenue"_s,
                      u"Days to key event"_s, u"Touchpoints to key event"_s},
          QStringList{u"Session source / medium"_s, u"Conversions"_s, u"Purchase revenue"_s,
                      u"Days to conversion"_s, u"Touchpoints to conversion"_s}}) {
        const DetectionResult found = registry.detect(header);
        QVERIFY2(found.spec, qPrintable(header.join(u',')));
        QCOMPARE(found.spec->id, u"ga4-conversion-paths"_s);
    }
    // The landing-page report is still the landing-page importer's.
    const DetectionResult landing =
        registry.detect({u"Landing page"_s, u"Sessions"_s, u"Average engagement time per session"_s,
                         u"Key events"_s, u"Total revenue"_s, u"Session key event rate"_s});
    QVERIFY(landing.spec);
    QCOMPARE(landing.spec->id, u"ga4-landing-pages"_s);
}

void TestGa4ConversionPaths::importFixture() {
    auto ws = open(u"import.pvi"_s);
    const ImportReport report = importFile(*ws, fixture(u"ga4_conversion_paths.csv"_s));
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.source, u"ga4-conversion-paths"_s);
    QCOMPARE(report.recordsAdded, 10);
    QCOMPARE(count(*ws, "SELECT count(*) FROM ga4_conversion_paths"), 10);
    QCOMPARE(count(*ws, "SELECT sum(conversions) FROM ga4_conversion_paths"), 302);
    QCOMPARE(count(*ws, "SELECT count(*) FROM ga4_conversion_paths WHERE date_from = "
                        "'2026-08-01' AND date_to = '2026-10-31' AND dimension = 'Default "
                        "channel group' AND batch_id = (SELECT max(id) FROM import_batches)"),
             10);
    Statement row = ws->db().prepare(
        "SELECT conversions, revenue, days_to_conversion, touchpoints FROM ga4_conversion_paths "
        "WHERE path = 'Organic Search > Direct'");
    QVERIFY(row.step());
    QCOMPARE(row.columnDouble(0), 45.0);
    QCOMPARE(row.columnDouble(1), 4050.5);
    QVERIFY(close(row.columnDouble(2), 3.2222222222222223));
    QCOMPARE(row.columnDouble(3), 2.6);
    QVERIFY(report.issues.isEmpty());
}

void TestGa4ConversionPaths::reimportReplaces() {
    auto ws = open(u"reimport.pvi"_s);
    QVERIFY(importFile(*ws, fixture(u"ga4_conversion_paths.csv"_s)).ok);
    const ImportReport again = importFile(*ws, fixture(u"ga4_conversion_paths.csv"_s));
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.recordsUpdated, 10);
    QCOMPARE(count(*ws, "SELECT count(*) FROM ga4_conversion_paths"), 10);
}

void TestGa4ConversionPaths::missingColumnLeavesWorkspaceUnchanged() {
    auto ws = open(u"missing.pvi"_s);
    const QString bad = m_dir.path(u"paths_no_key_events.csv"_s);
    writeVariant(fixture(u"ga4_conversion_paths.csv"_s), bad, "Default channel group,Key events,",
                 "Default channel group,Sessions,");
    const ImportReport report = importFile(*ws, bad);
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(bad) && report.error.contains(u"Key events"_s),
             qPrintable(report.error));
    QVERIFY(!report.issues.isEmpty());
    QCOMPARE(report.issues.front().file, bad);
    QCOMPARE(report.issues.front().line, 10); // the header, after nine comment lines
    QCOMPARE(count(*ws, "SELECT count(*) FROM ga4_conversion_paths"), 0);
    QCOMPARE(count(*ws, "SELECT count(*) FROM import_batches"), 0);
}

void TestGa4ConversionPaths::badNumberNamesLineAndColumn() {
    auto ws = open(u"badnumber.pvi"_s);
    QVERIFY(importFile(*ws, fixture(u"ga4_conversion_paths.csv"_s)).ok);
    const QString bad = m_dir.path(u"paths_bad_number.csv"_s);
    writeVariant(fixture(u"ga4_conversion_paths.csv"_s), bad, "Email > Direct,30,2700,5.5,2",
                 "Email > Direct,30,2700,five,2");
    const ImportReport report = importFile(*ws, bad);
    QVERIFY(!report.ok);
    const auto issue =
        std::find_if(report.issues.begin(), report.issues.end(), [](const ImportIssue& i) {
            return i.severity == ImportIssue::Severity::Error;
        });
    QVERIFY(issue != report.issues.end());
    QCOMPARE(issue->file, bad);
    QCOMPARE(issue->line, 14);
    QCOMPARE(issue->column, 4);
    QCOMPARE(issue->code, u"bad-number"_s);
    QVERIFY2(issue->message.contains(u"five"_s), qPrintable(issue->message));
    // the earlier import is untouched
    QCOMPARE(count(*ws, "SELECT count(*) FROM ga4_conversion_paths"), 10);
    QCOMPARE(count(*ws, "SELECT count(*) FROM import_batches"), 1);
    QCOMPARE(count(*ws, "SELECT CAST(days_to_conversion * 10 AS INTEGER) FROM "
                        "ga4_conversion_paths WHERE path = 'Email > Direct'"),
             55);
}

void TestGa4ConversionPaths::missingDateRange() {
    auto ws = open(u"norange.pvi"_s);
    const QString bad = m_dir.path(u"paths_no_range.csv"_s);
    writeVariant(fixture(u"ga4_conversion_paths.csv"_s), bad, "# Start date: 20260801",
                 "# Start: 20260801");
    const ImportReport report = importFile(*ws, bad);
    QVERIFY(!report.ok);
    QVERIFY(std::any_of(report.issues.begin(), report.issues.end(),
                        [](const ImportIssue& i) { return i.code == u"no-date-range"; }));
    QCOMPARE(count(*ws, "SELECT count(*) FROM ga4_conversion_paths"), 0);
}

void TestGa4ConversionPaths::channelPathsMatchReference() {
    auto ws = open(u"channels.pvi"_s);
    QVERIFY(importFile(*ws, fixture(u"ga4_conversion_paths.csv"_s)).ok);
    QStringList notes;
    const AttributionReport r = attribution(*ws, &notes);
    QCOMPARE(r.journeys, 10);
    QVERIFY2(notes.join(u' ').contains(u"2026-08-01 to 2026-10-31"_s),
             qPrintable(notes.join(u' ')));
    checkModels(r, expected(u"channel_group"_s));
}

void TestGa4ConversionPaths::removalEffectIsShareOfConversionsThrough() {
    // Every GA4 path converts: P(conversion) = 1 and, as no fixture path returns to a channel it
    // left, a channel's removal effect is the share of conversions whose path includes it.
    auto ws = open(u"share.pvi"_s);
    QVERIFY(importFile(*ws, fixture(u"ga4_conversion_paths.csv"_s)).ok);
    const AttributionReport r = attribution(*ws);
    QVERIFY(close(r.markovConversionProbability, 1.0));
    const QJsonObject share =
        expected(u"channel_group"_s).value(u"share_of_conversions_including"_s).toObject();
    const QStringList problems =
        compareCredit(r.models.back().removalEffect, share, u"share of conversions"_s);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u", "_s)));
    // Direct is on 213 of the 302 conversions' paths.
    QVERIFY(close(r.models.back().removalEffect.at(u"Direct"_s), 213.0 / 302.0));
}

void TestGa4ConversionPaths::cyclicPathsFollowTheChain() {
    // A > B (3), B > A (1), A (2): the chain can walk A > B > A > ..., so the removal effects
    // (7/8, 7/12) are below the shares of conversions through A and B (1, 2/3).
    const QJsonObject exp = expected(u"cyclic"_s);
    std::vector<Ga4Path> paths;
    for (const QJsonValue& v : exp.value(u"input"_s).toArray()) {
        Ga4Path p;
        p.dimension = u"Default channel group"_s;
        p.from = QDate(2026, 8, 1);
        p.to = QDate(2026, 10, 31);
        p.path = v[u"path"_s].toString();
        p.conversions = v[u"conversions"_s].toDouble();
        p.revenue = v[u"revenue"_s].toDouble();
        paths.push_back(p);
    }
    const AttributionReport r = runAttribution(ga4PathJourneys(paths, {}));
    checkModels(r, exp);
    QVERIFY(close(r.models.back().removalEffect.at(u"A"_s), 7.0 / 8.0));
    QVERIFY(close(r.models.back().removalEffect.at(u"B"_s), 7.0 / 12.0));
}

void TestGa4ConversionPaths::landingPagePathsArePersonalized() {
    auto ws = open(u"landing.pvi"_s);
    QString error;
    QVERIFY2(PersonalizationRules::add(*ws, u"landing-page-prefix"_s, u"/for-you/"_s, &error),
             qPrintable(error));
    const ImportReport report = importFile(*ws, fixture(u"ga4_conversion_paths_landing.csv"_s));
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(count(*ws, "SELECT count(*) FROM ga4_conversion_paths WHERE dimension = 'Landing "
                        "page'"),
             5);
    const AttributionReport r = attribution(*ws);
    checkModels(r, expected(u"landing_page"_s));
    // last touch: /for-you/picks closes 25 + 10 conversions, all personalized
    const ModelCredit& last = r.models.at(1);
    QCOMPARE(last.model, u"last_touch"_s);
    QVERIFY(close(last.personalized.conversions.at(u"/for-you/picks"_s), 35.0));
    QVERIFY(close(last.generic.conversions.at(u"/for-you/picks"_s), 0.0));
}

void TestGa4ConversionPaths::automaticSourcePrefersPaths() {
    auto ws = open(u"auto.pvi"_s);
    QVERIFY(importFile(*ws, fixture(u"ga4_conversion_paths.csv"_s)).ok);
    const JourneyLoadResult loaded = loadAttributionJourneys(*ws);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.journeys.size(), std::size_t(10));
    QVERIFY(loaded.notes.join(u' ').contains(u"GA4 conversion paths"_s));
    const JourneyLoadResult none = loadAttributionJourneys(*ws, AttributionSource::Touchpoints);
    QVERIFY(!none.ok());
    auto empty = open(u"empty.pvi"_s);
    const JourneyLoadResult noPaths = loadAttributionJourneys(*empty, AttributionSource::Ga4Paths);
    QVERIFY(!noPaths.ok());
    QVERIFY2(noPaths.error.contains(u"no GA4 conversion paths"_s), qPrintable(noPaths.error));
}

void TestGa4ConversionPaths::pathSteps() {
    QCOMPARE(ga4PathSteps(u"Direct \u00D73 > Email"_s),
             (QStringList{u"Direct"_s, u"Direct"_s, u"Direct"_s, u"Email"_s}));
    QCOMPARE(ga4PathSteps(u" Organic Search  >  > Direct "_s),
             (QStringList{u"Organic Search"_s, u"Direct"_s}));
    const QStringList prefixes{u"/for-you/"_s};
    QVERIFY(ga4StepIsPersonalized(u"/For-You/shoes"_s, prefixes));
    QVERIFY(ga4StepIsPersonalized(u"https://shop.example/for-you/x?a=1"_s, prefixes));
    QVERIFY(!ga4StepIsPersonalized(u"/products/shoe"_s, prefixes));
    QVERIFY(!ga4StepIsPersonalized(u"Email"_s, prefixes));
}

void TestGa4ConversionPaths::version7WorkspaceGetsTheTable() {
    const QString path = m_dir.path(u"v7.pvi"_s);
    {
        auto ws = open(u"v7.pvi"_s);
        // Version 7 had no GA4 paths, and the e-mail facts of version 6 (version 9 replaced them).
        ws->db().exec(
            std::string("DROP TABLE ga4_conversion_paths; DROP TABLE email_delivery_runs; "
                        "DROP TABLE email_deliveries; "
                        "DROP TABLE email_clicks; DROP TABLE email_engagement_days; "
                        "DROP TABLE email_fact_campaigns; DROP TABLE "
                        "email_fact_recipients; DROP TABLE email_fact_names; ") +
            kSchemaV6 + "UPDATE meta SET value = '7' WHERE key = 'schema_version';");
    }
    auto opened = Workspace::open(path, Workspace::Mode::OpenExisting);
    QVERIFY2(opened.workspace, qPrintable(opened.error));
    QCOMPARE(opened.workspace->schemaVersion(), latestSchemaVersion());
    QVERIFY(importFile(*opened.workspace, fixture(u"ga4_conversion_paths.csv"_s)).ok);
    QCOMPARE(count(*opened.workspace, "SELECT count(*) FROM ga4_conversion_paths"), 10);
}

PVI_TEST_CLASS(TestGa4ConversionPaths)
#include "test_ga4_conversion_paths.moc"
