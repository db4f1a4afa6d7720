// Every statement a run executes, checked through EXPLAIN QUERY PLAN on the demo shop: none may
// scan a whole event table (email_events, order_lines, survey_responses, web_pages,
// experiment_units) inside a correlated subquery, the pattern that made the dashboard's cost grow
// with events × campaigns. The statements are caught with sqlite3_trace_v2, on every connection
// the run opens (its loading lanes read through connections of their own), while computeRun()
// computes every PVI, its comparison and its sparklines.
#include "full_demo_workspace.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/pvi_engine.h"
#include "pvi/engine/pvi_run_cache.h"
#include "store/database.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QRegularExpression>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <vector>

using namespace pvi;
using namespace Qt::StringLiterals;

namespace {

const char* const kEventTables[] = {"email_events", "order_lines", "survey_responses", "web_pages",
                                    "experiment_units"};

/// The statements seen on any traced connection, from whichever thread ran them.
struct TracedStatements {
    std::mutex mutex;
    std::set<std::string> statements;
};

TracedStatements g_traced;

int collectStatement(unsigned type, void*, void* statement, void*) {
    if (type == SQLITE_TRACE_STMT) {
        if (const char* sql = sqlite3_sql(static_cast<sqlite3_stmt*>(statement))) {
            const std::lock_guard lock(g_traced.mutex);
            g_traced.statements.insert(sql);
        }
    }
    return 0;
}

/// Registered with sqlite3_auto_extension: traces each connection opened from then on.
int traceNewConnection(sqlite3* db, const char**, const struct sqlite3_api_routines*) {
    sqlite3_trace_v2(db, SQLITE_TRACE_STMT, &collectStatement, nullptr);
    return SQLITE_OK;
}

/// Traces every connection opened while it lives.
class TraceEveryConnection {
public:
    TraceEveryConnection() {
        sqlite3_auto_extension(reinterpret_cast<void (*)()>(&traceNewConnection));
    }
    ~TraceEveryConnection() {
        sqlite3_cancel_auto_extension(reinterpret_cast<void (*)()>(&traceNewConnection));
    }
    TraceEveryConnection(const TraceEveryConnection&) = delete;
    TraceEveryConnection& operator=(const TraceEveryConnection&) = delete;
};

struct PlanRow {
    int parent = 0;
    QString detail;
};

/// The statement's query plan rows by id; empty with `error` set when it cannot be explained.
std::map<int, PlanRow> queryPlan(sqlite3* db, const std::string& sql, QString* error) {
    std::map<int, PlanRow> rows;
    sqlite3_stmt* stmt = nullptr;
    const std::string explain = "EXPLAIN QUERY PLAN " + sql;
    if (sqlite3_prepare_v2(db, explain.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
        return rows;
    }
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        rows[sqlite3_column_int(stmt, 0)] = {
            sqlite3_column_int(stmt, 1),
            QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 3)))};
    }
    sqlite3_finalize(stmt);
    return rows;
}

/// The names an event table goes by in `sql`: its own and its aliases (SQLite's plan says
/// "SCAN e" for "email_events e").
QStringList eventTableNames(const QString& sql) {
    static const QStringList kKeywords = {u"where"_s, u"join"_s,  u"left"_s,   u"inner"_s,
                                          u"cross"_s, u"on"_s,    u"using"_s,  u"group"_s,
                                          u"order"_s, u"limit"_s, u"union"_s,  u"indexed"_s,
                                          u"not"_s,   u"as"_s,    u"natural"_s};
    QStringList names;
    for (const char* table : kEventTables) {
        names << QLatin1String(table);
        const QRegularExpression alias(
            u"\\b%1\\s+(?:AS\\s+)?([A-Za-z_][A-Za-z_0-9]*)"_s.arg(QLatin1String(table)),
            QRegularExpression::CaseInsensitiveOption);
        for (auto it = alias.globalMatch(sql); it.hasNext();) {
            const QString name = it.next().captured(1);
            if (!kKeywords.contains(name.toLower()))
                names << name;
        }
    }
    return names;
}

/// The first plan row that scans a whole event table under a CORRELATED subquery, or empty.
QString correlatedEventScan(const std::map<int, PlanRow>& plan, const QString& sql) {
    const QStringList names = eventTableNames(sql);
    for (const auto& [id, row] : plan) {
        bool scansEvents = false;
        for (const QString& name : names)
            scansEvents = scansEvents || row.detail == u"SCAN "_s + name ||
                          row.detail.startsWith(u"SCAN "_s + name + u' ');
        if (!scansEvents)
            continue;
        for (int up = row.parent; up != 0;) {
            const auto parent = plan.find(up);
            if (parent == plan.end())
                break;
            if (parent->second.detail.contains(u"CORRELATED"_s))
                return row.detail + u" under "_s + parent->second.detail;
            up = parent->second.parent;
        }
    }
    return {};
}

} // namespace

class TestRunQueryPlans : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theCheckCatchesACorrelatedEventScan();
    void noRunStatementScansEventsInACorrelatedSubquery();
};

void TestRunQueryPlans::theCheckCatchesACorrelatedEventScan() {
    // The shape the email rates had before their facts: every campaign compared with every
    // event. The check must flag it, or a passing test below would mean nothing.
    test::TempDir dir;
    const QString path = dir.path(u"empty.pvi"_s);
    auto ws = Workspace::open(path, Workspace::Mode::CreateOrOpen).workspace;
    QVERIFY(ws);
    QString error;
    const std::string bad =
        "SELECT c.campaign_key FROM email_campaigns c WHERE NOT EXISTS (SELECT 1 FROM "
        "email_events e WHERE e.campaign_key = c.campaign_key OR e.campaign_name = c.name)";
    const auto plan = queryPlan(ws->db().handle(), bad, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!correlatedEventScan(plan, QString::fromStdString(bad)).isEmpty(),
             "a correlated NOT EXISTS over email_events was not flagged");
}

void TestRunQueryPlans::noRunStatementScansEventsInACorrelatedSubquery() {
    test::TempDir dir;
    const QString path = dir.path(u"demo.pvi"_s);
    const QString built = test::buildFullDemoWorkspace(path);
    QVERIFY2(built.isEmpty(), qPrintable(built));
    auto ws = Workspace::open(path, Workspace::Mode::OpenExisting).workspace;
    QVERIFY(ws);

    const MetricsQuery query = defaultMetricsQuery(*ws);
    {
        const TraceEveryConnection tracing;
        sqlite3_trace_v2(ws->db().handle(), SQLITE_TRACE_STMT, &collectStatement, nullptr);
        const PviRun run = computeRun(*ws, query, kWindowSparklinePoints);
        sqlite3_trace_v2(ws->db().handle(), 0, nullptr, nullptr);
        QVERIFY(!run.results.empty());
    }
    const std::set<std::string> statements = [] {
        const std::lock_guard lock(g_traced.mutex);
        return g_traced.statements;
    }();

    // The trace saw the run read every source it should (else it checked nothing): the e-mail
    // activity through the facts derived at import time (the recipient rows as import packed
    // them), never the raw events again.
    const auto reads = [&](const char* table) {
        return std::any_of(statements.begin(), statements.end(), [&](const std::string& sql) {
            return QString::fromStdString(sql).contains(
                QRegularExpression(u"\\b%1\\b"_s.arg(QLatin1String(table))));
        });
    };
    for (const char* table : {"email_delivery_runs", "email_engagement_days", "survey_responses",
                              "web_pages", "orders"})
        QVERIFY2(reads(table), qPrintable(u"no traced statement reads "_s + QLatin1String(table)));
    QVERIFY2(!reads("email_events"), "the run grouped the raw email events again instead of "
                                     "reading the facts derived at import time");
    QStringList failures;
    for (const std::string& sql : statements) {
        QString error;
        const auto plan = queryPlan(ws->db().handle(), sql, &error);
        if (!error.isEmpty()) {
            // PRAGMAs and statements that are not queries have no plan to check.
            continue;
        }
        if (const QString scan = correlatedEventScan(plan, QString::fromStdString(sql));
            !scan.isEmpty())
            failures << u"%1\n    in: %2"_s.arg(scan, QString::fromStdString(sql).simplified());
    }
    QVERIFY2(failures.isEmpty(), qPrintable(u"%1 of %2 statements scan an event table inside a "
                                            "correlated subquery:\n"_s.arg(failures.size())
                                                .arg(statements.size()) +
                                            failures.join(u'\n')));
}

PVI_TEST_CLASS(TestRunQueryPlans)
#include "test_run_query_plans.moc"
