// engagement_score and fairness_ratio computed by computeMetrics() on the pvi_trust fixture shop
// (tests/fixtures/pvi_trust, written by make_fixtures.py), against the values of
// tests/reference/pvi_trust/engagement_fairness_reference.py (pandas + scipy, PVI.md's
// definitions). Tolerance 1e-9 relative for values, exact for counts; Welch p-value 1e-6
// relative (Boost vs scipy t distribution).
#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/personalization_rules.h"
#include "pvi/engine/pvi_registry.h"
#include "pvi/orders/pvi_engagement_score.h"
#include "pvi/orders/pvi_fairness.h"
#include "store/email_fact_tables.h"
#include "store/statement.h"
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

namespace {

const Period kPeriod{QDate(2025, 4, 1), QDate(2025, 6, 30)};

bool close(double actual, double expected, double relative = 1e-9) {
    const bool ok = std::abs(actual - expected) <= relative * std::max(1.0, std::abs(expected));
    if (!ok)
        qWarning("actual %.17g, expected %.17g", actual, expected);
    return ok;
}

/// The rows of a fixture CSV (no quoting in these files), without the header.
QList<QStringList> rows(const char* name) {
    QFile file(QStringLiteral(PVI_FIXTURES_DIR "/pvi_trust/") + QLatin1String(name));
    QList<QStringList> result;
    if (!file.open(QIODevice::ReadOnly))
        return result;
    file.readLine();
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty())
            result.append(line.split(QLatin1Char(',')));
    }
    return result;
}

void run(Workspace& ws, const char* sql, const QStringList& values) {
    Statement stmt = ws.db().prepare(sql);
    for (int i = 0; i < values.size(); ++i) {
        if (values[i].isEmpty())
            stmt.bindNull(i + 1);
        else
            stmt.bind(i + 1, values[i]);
    }
    stmt.run();
}

/// Inserts the fixture shop into an empty workspace (one import batch for every row).
void loadShop(Workspace& ws) {
    ws.db().exec("INSERT INTO import_batches (id, file_name, file_path, sha256, source, "
                 "imported_at) VALUES (1, 'fixture', 'fixture', '', 'fixture', "
                 "'2025-07-01T00:00:00Z')");
    for (int id = 1; id <= 250; ++id)
        run(ws, "INSERT INTO customers (id, email) VALUES (?1, ?2)",
            {QString::number(id), QStringLiteral("c%1@example.net").arg(id)});
    for (const QStringList& c : rows("customers.csv"))
        run(ws,
            "INSERT INTO customer_records (customer_id, batch_id, country, province) VALUES "
            "(?1, 1, ?2, ?3)",
            {c[0], c[2], c[3]});
    for (const QStringList& o : rows("orders.csv"))
        run(ws,
            "INSERT INTO orders (id, batch_id, source, order_key, customer_id, created_at, "
            "order_date, net_revenue, tags, billing_country, billing_province, is_valid) VALUES "
            "(?1, 1, 'fixture', ?1, ?2, ?3 || 'T12:00:00', ?3, CAST(?4 AS REAL), ?5, ?6, ?7, 1)",
            {o[0], o[1], o[2], o[3], o[4], o[5], o[6]});
    int n = 0;
    for (const QStringList& e : rows("email_events.csv"))
        run(ws,
            "INSERT INTO email_events (batch_id, platform, campaign_key, campaign_name, "
            "customer_id, email, event, occurred_at, event_date) VALUES (1, 'fixture', 'c', "
            "'Campaign', ?1, 'c' || ?1 || '@example.net', ?2, ?3 || 'T00:00:' || ?4, ?3)",
            {e[0], e[1], e[2], QString::number(++n)});
    for (const QStringList& s : rows("survey_respondents.csv"))
        run(ws,
            "INSERT INTO survey_respondents (batch_id, platform, survey, survey_title, "
            "respondent_key, customer_id, submitted_date) VALUES (1, 'fixture', 's', 'Survey', "
            "?1 || '-' || ?2, ?1, ?2)",
            {s[0], s[1]});
    for (const QStringList& t : rows("touchpoints.csv"))
        run(ws,
            "INSERT INTO touchpoints (journey_key, customer_id, touched_at, channel) VALUES "
            "('j' || ?1, ?1, ?2, ?3)",
            {t[0], t[1], t[2]});
    // The events went in without an importer: derive their facts as an import does.
    rebuildEmailFacts(ws.db());
}

QJsonObject reference(const char* id) {
    QFile file(QStringLiteral(PVI_REFERENCE_DIR "/pvi_trust/expected.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String(id)).toObject();
}

const PviResult* find(const std::vector<PviResult>& results, const char* id) {
    for (const PviResult& r : results) {
        if (r.id == QLatin1String(id))
            return &r;
    }
    return nullptr;
}

} // namespace

class TestPviTrust : public QObject {
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::vector<PviResult> m_results;

private Q_SLOTS:
    void initTestCase() {
        auto opened =
            Workspace::open(m_dir.path(QStringLiteral("trust.pvi")), Workspace::Mode::CreateOrOpen);
        QVERIFY2(opened.workspace, qPrintable(opened.error));
        m_ws = std::move(opened.workspace);
        loadShop(*m_ws);
        QString error;
        QVERIFY2(PersonalizationRules::add(*m_ws, QStringLiteral("order-tag"),
                                           QStringLiteral("personalized"), &error),
                 qPrintable(error));
        m_results = computeMetrics(*m_ws, {kPeriod, kPeriod.previous()});
    }

    void registered() {
        QVERIFY(PviRegistry::find(QStringLiteral("engagement_score")));
        QVERIFY(PviRegistry::find(QStringLiteral("fairness_ratio")));
        QVERIFY(find(m_results, "engagement_score"));
        QVERIFY(find(m_results, "fairness_ratio"));
    }

    void engagementScoreMatchesReference() {
        const QJsonObject ref = reference("engagement_score");
        QVERIFY(!ref.isEmpty());
        const PviResult& r = *find(m_results, "engagement_score");
        QVERIFY2(r.available, qPrintable(r.reason));
        QVERIFY(close(*r.value, ref[u"value"].toDouble()));
        QCOMPARE(r.n, ref[u"n"].toInteger());
        QVERIFY(close(*r.personalized.value, ref[u"personalized"].toDouble()));
        QCOMPARE(r.personalized.n, ref[u"personalized_n"].toInteger());
        QVERIFY(close(*r.control.value, ref[u"control"].toDouble()));
        QCOMPARE(r.control.n, ref[u"control_n"].toInteger());
        QVERIFY(close(*r.liftPercent, ref[u"lift_percent"].toDouble()));
        QVERIFY(r.liftCi95);
        QVERIFY(r.liftCi95->first < *r.liftPercent && *r.liftPercent < r.liftCi95->second);
        QVERIFY(close(*r.pValue, ref[u"p_value"].toDouble(), 1e-6));
        // The RFM breakdown covers every scored customer; those who never ordered have no
        // segment.
        qint64 inSegments = 0;
        qint64 noOrders = 0;
        for (const SegmentValue& s : r.segments) {
            inSegments += s.n;
            if (s.id == u"no_orders")
                noOrders = s.n;
        }
        QCOMPARE(inSegments, r.n);
        QCOMPARE(noOrders, ref[u"no_orders_n"].toInteger());
        QVERIFY(r.previous.value); // March has activity too
    }

    void fairnessRatioMatchesReference() {
        const QJsonObject ref = reference("fairness_ratio");
        QVERIFY(!ref.isEmpty());
        const PviResult& r = *find(m_results, "fairness_ratio");
        QVERIFY2(r.available, qPrintable(r.reason));
        QVERIFY(close(*r.value, ref[u"value"].toDouble()));
        QCOMPARE(r.n, ref[u"n"].toInteger());
        QVERIFY(close(*r.personalized.value, ref[u"personalized"].toDouble()));
        QVERIFY(close(*r.control.value, ref[u"control"].toDouble()));
        QCOMPARE(r.personalized.n, ref[u"personalized_n"].toInteger());
        QCOMPARE(r.control.n, ref[u"control_n"].toInteger());
        const QJsonObject refRows = ref[u"rows"].toObject();
        QCOMPARE(static_cast<qsizetype>(r.segments.size()), refRows.size());
        for (const SegmentValue& s : r.segments) {
            const QJsonObject row = refRows[s.id].toObject();
            QVERIFY2(!row.isEmpty(), qPrintable(s.id));
            QVERIFY(close(*s.value, row[u"ratio"].toDouble()));
            QCOMPARE(s.n, row[u"n"].toInteger());
            QCOMPARE(s.name.contains(u"below 0.8"), *s.value < 0.8);
            for (const char* end : {"lowest", "highest"}) {
                const QString group =
                    QLatin1String(end) + u' ' + row[QLatin1String(end)].toString();
                QVERIFY2(s.name.contains(group + u' '),
                         qPrintable(s.name + QStringLiteral(", expected ") + group));
            }
        }
    }

    void fairnessBreakdownByTheShopsOwnSegments() {
        // Every customer gets an e-mail group, "even" or "odd" by id: the breakdown compares the
        // two groups; the headline keeps to where customers live. A third of the customers are
        // tagged "vip": the tag comparison leaves out the rule's own tag ("personalized", on
        // orders), which is personalized by definition, so "vip" has nothing to be compared with.
        // Every customer is on the imported lists "beta" and "alpha": equal rates, reported as
        // the first list in name order.
        test::TempDir dir;
        auto opened =
            Workspace::open(dir.path(QStringLiteral("groups.pvi")), Workspace::Mode::CreateOrOpen);
        QVERIFY2(opened.workspace, qPrintable(opened.error));
        Workspace& ws = *opened.workspace;
        loadShop(ws);
        QString error;
        QVERIFY(PersonalizationRules::add(ws, QStringLiteral("order-tag"),
                                          QStringLiteral("personalized"), &error));
        ws.db().exec("INSERT INTO audience_segments (platform, email, customer_id, kind, label) "
                     "SELECT 'mailchimp', email, id, 'group', CASE id % 2 WHEN 0 THEN 'even' "
                     "ELSE 'odd' END FROM customers");
        ws.db().exec("UPDATE customer_records SET tags = 'vip' WHERE customer_id % 3 = 0");
        ws.db().exec("INSERT INTO customer_lists (batch_id, list_name, customer_id) SELECT 1, "
                     "name, id FROM customers, (SELECT 'beta' AS name UNION ALL SELECT 'alpha')");
        const std::vector<PviResult> results = computeMetrics(ws, {kPeriod, kPeriod.previous()});
        const PviResult& r = *find(results, "fairness_ratio");
        const QJsonObject ref = reference("fairness_ratio");
        QVERIFY(close(*r.value, ref[u"value"].toDouble()));
        const QJsonObject expected = ref[u"email_group_rows"].toObject();
        QCOMPARE(expected.size(), 2);
        int found = 0;
        for (const SegmentValue& s : r.segments) {
            if (!s.id.startsWith(u"email_group_"))
                continue;
            ++found;
            const QJsonObject row = expected[s.id].toObject();
            QVERIFY2(!row.isEmpty(), qPrintable(s.id));
            QVERIFY2(close(*s.value, row[u"ratio"].toDouble()), qPrintable(s.name));
            QCOMPARE(s.n, row[u"n"].toInteger());
        }
        QCOMPARE(found, 2);
        int lists = 0;
        for (const SegmentValue& s : r.segments) {
            QVERIFY2(!s.id.startsWith(u"tag_"), qPrintable(s.name));
            if (!s.id.startsWith(u"list_"))
                continue;
            ++lists;
            QCOMPARE(*s.value, 1.0);
            QVERIFY2(s.name.contains(u"lowest alpha ") && s.name.contains(u"highest alpha "),
                     qPrintable(s.name));
        }
        QCOMPARE(lists, 2); // personalization and conversion
    }

    void fourFifthsByHand() {
        // Groups A 10/40 = 0.25, B 6/30 = 0.2, C 9/10 (below 20 customers, left out):
        // ratio = 0.2 / 0.25 = 0.8 exactly, lowest B, highest A, 70 customers.
        const FairnessComparison c = compareGroups({{QStringLiteral("A"), 40, 10},
                                                    {QStringLiteral("B"), 30, 6},
                                                    {QStringLiteral("C"), 10, 9}});
        QVERIFY(c.ratio);
        QVERIFY(close(*c.ratio, 0.8));
        QCOMPARE(c.lowest.name, QStringLiteral("B"));
        QCOMPARE(c.highest.name, QStringLiteral("A"));
        QCOMPARE(c.n, qint64(70));
        QVERIFY(!compareGroups({{QStringLiteral("A"), 40, 10}}).ratio);
        QVERIFY(!compareGroups({{QStringLiteral("A"), 40, 0}, {QStringLiteral("B"), 30, 0}}).ratio);
    }

    void engagementScoresByHand() {
        // Two customers, orders and clicks only (weights 3 and 2): maxima 2 orders, 4 clicks.
        // Customer 1: 2 orders, 1 click → 100 × (3 × 1 + 2 × 0.25) / 5 = 70.
        // Customer 2: 1 order, 4 clicks → 100 × (3 × 0.5 + 2 × 1) / 5 = 70.
        // Customer 3: only opens, a channel without data here → 0.
        EngagementChannels with{};
        with[static_cast<std::size_t>(EngagementChannel::Orders)] = true;
        with[static_cast<std::size_t>(EngagementChannel::EmailClicks)] = true;
        const std::vector<double> scores =
            engagementScores({{1, {0, 0, 1, 2, 0}}, {2, {0, 0, 4, 1, 0}}, {3, {0, 5, 0, 0, 0}}},
                             with, defaultEngagementWeights());
        QCOMPARE(scores.size(), std::size_t(3));
        QVERIFY(close(scores[0], 70));
        QVERIFY(close(scores[1], 70));
        QVERIFY(close(scores[2], 0));
    }

    void unavailableWithReasons() {
        test::TempDir dir;
        auto opened =
            Workspace::open(dir.path(QStringLiteral("empty.pvi")), Workspace::Mode::CreateOrOpen);
        QVERIFY(opened.workspace);
        const std::vector<PviResult> results = computeMetrics(*opened.workspace, {kPeriod, {}});
        for (const char* id : {"engagement_score", "fairness_ratio"}) {
            const PviResult& r = *find(results, id);
            QVERIFY(!r.available);
            QVERIFY(!r.value);
            QVERIFY2(r.reason.contains(u"import"), qPrintable(r.reason));
        }
    }
};

PVI_TEST_CLASS(TestPviTrust)
#include "test_pvi_trust.moc"
