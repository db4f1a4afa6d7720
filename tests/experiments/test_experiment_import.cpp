// Experiment CSVs through the workspace import path: both layouts are detected from the header,
// imported in one transaction as a batch that owns its experiments (re-import replaces by name,
// removing the batch removes them), and what is stored equals what importExperimentCsv reads
// from the same file (the logic is shared). Counts below are from the fixtures, by hand.
#include "analytics/experiments/experiment_store.h"
#include "importers/experiment_csv_importer.h"
#include "importers/import_batches.h"
#include "importers/import_runner.h"
#include "importers/importer_registry.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QTest>

using namespace pvi;

namespace {

QString fixture(const QString& folder, const char* name) {
    return QStringLiteral(PVI_FIXTURES_DIR "/") + folder + u'/' + QLatin1String(name);
}

QString experiments(const char* name) {
    return fixture(QStringLiteral("experiments"), name);
}

bool sameArms(const Experiment& stored, const Experiment& read, QString* why) {
    if (stored.arms.size() != read.arms.size()) {
        *why =
            QStringLiteral("%1 arms stored, %2 read").arg(stored.arms.size()).arg(read.arms.size());
        return false;
    }
    for (const ExperimentArm& r : read.arms) {
        const auto s = std::find_if(stored.arms.begin(), stored.arms.end(),
                                    [&](const ExperimentArm& a) { return a.name == r.name; });
        if (s == stored.arms.end() || s->isControl != r.isControl ||
            !(s->conversions == r.conversions) || !(s->revenue == r.revenue) ||
            s->units.size() != r.units.size() || s->plannedShare != r.plannedShare) {
            *why = QStringLiteral("arm %1 differs").arg(r.name);
            return false;
        }
    }
    return true;
}

} // namespace

class TestExperimentImport : public QObject {
    Q_OBJECT

private:
    test::TempDir m_dir;

    std::unique_ptr<Workspace> open(const char* name) {
        return Workspace::open(m_dir.path(QLatin1String(name)), Workspace::Mode::CreateOrOpen)
            .workspace;
    }

private Q_SLOTS:
    void detectsBothLayouts_data() {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("source");
        QTest::newRow("per visitor") << u"experiment,arm,visitor_id,converted,revenue,started_on"_qs
                                     << u"experiment-visitors"_qs;
        QTest::newRow("per visitor, spaced names")
            << u"Experiment,Variant,Visitor ID,Converted,Revenue,Ended On"_qs
            << u"experiment-visitors"_qs;
        QTest::newRow("per customer")
            << u"experiment,arm,customer_id,converted"_qs << u"experiment-visitors"_qs;
        QTest::newRow("arm totals")
            << u"Experiment,Arm,Visitors,Conversions,Revenue Sum,Revenue Sum Sq,Is Control"_qs
            << u"experiment-totals"_qs;
        QTest::newRow("arm totals, minimal")
            << u"experiment,arm,visitors,conversions"_qs << u"experiment-totals"_qs;
    }

    void detectsBothLayouts() {
        QFETCH(QString, header);
        QFETCH(QString, source);
        const DetectionResult result = ImporterRegistry::instance().detect(header.split(u','));
        QVERIFY2(result.spec != nullptr, qPrintable(header));
        QCOMPARE(result.spec->id, source);
        QCOMPARE(result.confidence, 100);
    }

    void importsPerVisitorRowsAsABatch() {
        auto ws = open("visitors.pvi");
        const ImportReport report = importFile(*ws, experiments("homepage_visitors.csv"));
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.source, u"experiment-visitors"_qs);
        QCOMPARE(report.rowsRead, 5);
        QCOMPARE(report.recordsAdded, 1);
        const auto stored = ExperimentStore(ws->db()).load(u"homepage-reco"_qs);
        QVERIFY(stored.has_value());
        const ExperimentImport read = importExperimentCsv(experiments("homepage_visitors.csv"));
        QVERIFY(read.ok());
        QString why;
        QVERIFY2(sameArms(*stored, read.experiments.front(), &why), qPrintable(why));
        QCOMPARE(stored->startedOn, QDate(2024, 2, 1));
        QCOMPARE(ws->db().queryInt("SELECT count(*) FROM experiments WHERE batch_id = " +
                                   std::to_string(report.batchId)),
                 1);
    }

    void importsArmTotalsAndRemovesThemWithTheBatch() {
        auto ws = open("totals.pvi");
        const ImportReport first = importFile(*ws, experiments("arm_totals.csv"));
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.source, u"experiment-totals"_qs);
        QCOMPARE(first.recordsAdded, 2);
        ExperimentStore store(ws->db());
        const auto email = store.load(u"welcome-email"_qs);
        QVERIFY(email.has_value());
        QCOMPARE(email->control()->name, u"generic"_qs);
        QCOMPARE(email->arms[1].revenue, (MeanSummary{1000, 6500, 330000}));

        // The same file again replaces both experiments, now owned by the second batch.
        const ImportReport second = importFile(*ws, experiments("arm_totals.csv"));
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(second.recordsAdded, 0);
        QCOMPARE(second.recordsUpdated, 2);
        QCOMPARE(store.loadAll().size(), std::size_t{2});
        QCOMPARE(listImportBatches(*ws).size(), std::size_t{2});

        QString error;
        QVERIFY2(removeImportBatch(*ws, second.batchId, &error), qPrintable(error));
        QCOMPARE(store.loadAll().size(), std::size_t{0});
        QCOMPARE(ws->db().queryInt("SELECT count(*) FROM experiment_arms", -1), 0);
    }

    void takesTheStatsFixtures() {
        // The per-visitor fixture the analysis tests use (Variant, Visitor ID, no is_control).
        auto ws = open("stats.pvi");
        for (const char* name : {"experiment_visitors.csv", "experiment_totals.csv"}) {
            const QString path = fixture(QStringLiteral("stats"), name);
            const ImportReport report = importFile(*ws, path);
            QVERIFY2(report.ok, qPrintable(report.error));
            const ExperimentImport read = importExperimentCsv(path);
            for (const Experiment& e : read.experiments) {
                const auto stored = ExperimentStore(ws->db()).load(e.name);
                QVERIFY2(stored.has_value(), qPrintable(e.name));
                QString why;
                QVERIFY2(sameArms(*stored, e, &why), qPrintable(e.name + u": "_qs + why));
            }
        }
    }

    void badFileWritesNothing() {
        auto ws = open("bad.pvi");
        const ImportReport report = importFile(*ws, experiments("arm_totals_bad.csv"));
        QVERIFY(!report.ok);
        QCOMPARE(report.source, u"experiment-totals"_qs);
        bool lineTwo = false;
        for (const ImportIssue& issue : report.issues)
            lineTwo = lineTwo || (issue.line == 2 && issue.code == u"bad-experiment-row"_qs);
        QVERIFY2(lineTwo, qPrintable(report.error));
        QCOMPARE(ws->db().queryInt("SELECT count(*) FROM experiments", -1), 0);
        QCOMPARE(ws->db().queryInt("SELECT count(*) FROM import_batches", -1), 0);
    }
};

PVI_TEST_CLASS(TestExperimentImport)
#include "test_experiment_import.moc"
