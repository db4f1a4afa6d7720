// The real GA4 downloads in the shared datasets (read in place): the landing-page report imports
// cleanly with the figures pandas computes from it (tests/reference/web/make_web_reference.py →
// web_conformance.json; tolerance 1e-9 relative); the Reports snapshot, which has no landing-page
// table, is rejected with a message that names its tables and the report to download instead,
// and writes nothing.
#include "importers/import_runner.h"
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

class TestWebConformance : public QObject {
    Q_OBJECT

private:
    TempDir m_dir;

    static QString exportFile(const char* name) {
        return QStringLiteral(PVI_SHARED_DATASETS_DIR) + QStringLiteral("/exports/") +
               QLatin1String(name);
    }

private Q_SLOTS:
    void landingPageReportImports() {
        QFile file(QStringLiteral(PVI_REFERENCE_DIR) + QStringLiteral("/web/web_conformance.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject exp = QJsonDocument::fromJson(file.readAll()).object();
        auto ws =
            Workspace::open(m_dir.path(QStringLiteral("real.pvi")), Workspace::Mode::CreateOrOpen)
                .workspace;
        const ImportReport report = importFile(*ws, exportFile("ga4_landing_page_report.csv"));
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.source, QStringLiteral("ga4-landing-pages"));
        QCOMPARE(report.recordsAdded, exp[u"pages"].toInteger());
        QCOMPARE(report.issues.size(), 0);
        const Period period{QDate(2025, 2, 1), QDate(2025, 8, 4)};
        for (const char* id : {"conversion_rate", "time_on_page", "revenue_per_visitor"}) {
            const PviResult r = computeWebPvi(*ws, QLatin1String(id), period);
            QVERIFY2(r.available, qPrintable(r.reason));
            const double expected = exp[QLatin1String(id)].toDouble();
            QVERIFY2(std::fabs(*r.value - expected) <= 1e-9 * std::max(1.0, std::fabs(expected)),
                     qPrintable(QStringLiteral("%1: %2 vs %3")
                                    .arg(QLatin1String(id))
                                    .arg(*r.value)
                                    .arg(expected)));
            QCOMPARE(r.n, exp[u"sessions"].toInteger());
        }
        QVERIFY(!computeWebPvi(*ws, QStringLiteral("bounce_rate"), period).available);
    }

    void reportsSnapshotIsRejectedCleanly() {
        auto ws = Workspace::open(m_dir.path(QStringLiteral("snapshot.pvi")),
                                  Workspace::Mode::CreateOrOpen)
                      .workspace;
        const ImportReport report = importFile(*ws, exportFile("ga4_reports_snapshot.csv"));
        QVERIFY(!report.ok);
        QCOMPARE(report.issues.first().code, QStringLiteral("unknown-format"));
        // 15 tables, counted by hand (headers on lines 9, 41, 73, 105, 111, 118, ... 209); the
        // first six are named, then "9 more".
        for (const char* expected :
             {"none of its 15 table(s) is a landing-page report", "'Nth day, Users'",
              "'Session default channel group, Sessions'", "9 more",
              "Reports › Engagement › Landing page"})
            QVERIFY2(report.error.contains(QString::fromUtf8(expected)), qPrintable(report.error));
        QCOMPARE(ws->db().queryInt("SELECT count(*) FROM import_batches", -1), 0);
    }
};

PVI_TEST_CLASS(TestWebConformance)
#include "test_web_conformance.moc"
