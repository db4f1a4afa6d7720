// Imports that die: `pvi import` killed with SIGKILL at random moments, and a disk that fills
// up during an import; the same kills of batch removals and of the edits of rules, costs,
// targets and settings. Each time the workspace must pass SQLite's integrity_check, hold the
// killed file's batch whole or not at all, and still open and take writes. The counts are read
// through a plain SQLite connection, not through the code under test.
//
// The unit test kills 20 imports (PVI_CRASH_KILLS=100 for the full run; docs/reliability.md);
// PVI_CRASH_SEED picks other moments.
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <functional>
#include <memory>
#include <sys/mount.h>
#include <unistd.h>

class TestImportCrash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedImportsLeaveTheWorkspaceWholeAndUsable();
    void killedRemovalsLeaveTheBatchWholeOrGone();
    void killedRuleEditsLeaveTheWorkspaceWholeAndUsable();
    void killedCostImportsAndRemovalsLeaveEveryRowOrNone();
    void killedCostEditsLeaveTheWorkspaceWholeAndUsable();
    void killedTargetEditsLeaveTheTargetWholeOrAbsent();
    void killedSettingsEditsLeaveEverySettingOrNone();
    void aFullDiskDuringImportChangesNothing();

private:
    struct Counts {
        qint64 batches = -1;
        qint64 orders = -1;
        qint64 lines = -1;
        qint64 rules = -1;
        qint64 costs = -1;
        qint64 targets = -1;
        qint64 settings = -1;
        /// Rows of the settings edit's values (kEditedSettings) present as written.
        qint64 editedSettings = -1;
        /// The target of kTargetPvi exactly as the targets edit writes it: 1, absent: 0.
        qint64 editedTarget = -1;
        QString integrity;
    };
    static Counts countsOf(const QString& path);
    void freshCopy(const QString& target) const;
    void checkUsable(const QString& path);
    /// Copies `from` to `path` and runs `pvi arguments` there, killed with SIGKILL at a random
    /// moment of its measured duration (PVI_CRASH_KILLS times, else `kills`; seed
    /// PVI_CRASH_SEED); after
    /// each kill the file must pass integrity_check, satisfy `check` and take a write. Returns
    /// the duration of an unkilled run in ms, or -1 after a failure.
    qint64 killRepeatedly(const QString& from, const QString& path, const QStringList& arguments,
                          const char* what,
                          const std::function<void(const Counts&, const QByteArray&)>& check,
                          int kills = kKills);

    /// Kills of each command unless PVI_CRASH_KILLS says otherwise; the small edits (a row or a
    /// few settings, a few hundred ms each) take kEditKills.
    static constexpr int kKills = 20;
    static constexpr int kEditKills = 12;

    std::unique_ptr<pvi::test::TempDir> m_dir;
    QString m_baseline; ///< a workspace with two batches, closed cleanly
    QString m_withBig;  ///< the baseline plus the large export's batch, closed cleanly
    QString m_bigCsv;   ///< kOrders orders of two lines each
    QString m_costsCsv; ///< kCostRows cost rows
    Counts m_before;
    qint64 m_fullImportMs = 0;
};

namespace {

const QString kPvi = QStringLiteral(PVI_CLI_PATH);
constexpr int kOrders = 30000;
constexpr int kCostRows = 5000;
const QStringList kEditedSettings = {
    QStringLiteral("gross_margin=0.35"), QStringLiteral("activity_window_days=90"),
    QStringLiteral("anomaly_window=12"), QStringLiteral("attribution_lookback_days=14")};
const QString kTargetPvi = QStringLiteral("repeat_purchase_rate");

QString envOr(const char* name, const QString& fallback) {
    const QByteArray value = qgetenv(name);
    return value.isEmpty() ? fallback : QString::fromLocal8Bit(value);
}

qint64 scalar(sqlite3* db, const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

int runPvi(const QStringList& arguments, QByteArray* err = nullptr) {
    QProcess process;
    process.start(kPvi, arguments);
    if (!process.waitForFinished(300000))
        return -1;
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void removeWorkspaceFiles(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

/// Runs `pvi arguments` and kills it with SIGKILL after `delayMs` unless it finished first;
/// true when it finished by itself.
bool runAndKillAfter(const QStringList& arguments, int delayMs) {
    QProcess process;
    process.start(kPvi, arguments);
    if (!process.waitForStarted())
        return false;
    if (process.waitForFinished(delayMs))
        return true;
    process.kill(); // SIGKILL
    process.waitForFinished(30000);
    return false;
}

/// How long a command takes when nobody kills it, in ms (at least 1).
qint64 durationOf(const QStringList& arguments) {
    QElapsedTimer timer;
    timer.start();
    runPvi(arguments);
    return std::max<qint64>(1, timer.elapsed());
}

} // namespace

TestImportCrash::Counts TestImportCrash::countsOf(const QString& path) {
    Counts counts;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK) {
            QStringList lines;
            while (sqlite3_step(stmt) == SQLITE_ROW)
                lines.append(
                    QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))));
            counts.integrity = lines.join(QStringLiteral("; "));
        }
        sqlite3_finalize(stmt);
        counts.batches = scalar(db, "SELECT count(*) FROM import_batches");
        counts.orders = scalar(db, "SELECT count(*) FROM orders");
        counts.lines = scalar(db, "SELECT count(*) FROM order_lines");
        counts.rules = scalar(db, "SELECT count(*) FROM personalization_rules");
        counts.costs = scalar(db, "SELECT count(*) FROM costs");
        counts.targets = scalar(db, "SELECT count(*) FROM targets");
        counts.settings = scalar(db, "SELECT count(*) FROM settings");
        const QString edited = QStringLiteral("SELECT count(*) FROM settings WHERE key || '=' || "
                                              "value IN ('%1')")
                                   .arg(kEditedSettings.join(QStringLiteral("', '")));
        counts.editedSettings = scalar(db, edited.toUtf8().constData());
        counts.editedTarget =
            scalar(db, "SELECT count(*) FROM targets WHERE pvi_id = 'repeat_purchase_rate' AND "
                       "target = 30.0 AND alert_low = 25.0 AND alert_high = 45.0");
    }
    sqlite3_close(db);
    return counts;
}

void TestImportCrash::freshCopy(const QString& target) const {
    removeWorkspaceFiles(target);
    QVERIFY(QFile::copy(m_baseline, target));
}

void TestImportCrash::checkUsable(const QString& path) {
    auto opened = pvi::Workspace::open(path, pvi::Workspace::Mode::OpenExisting);
    QVERIFY2(opened.workspace, qPrintable(opened.error));
    QVERIFY(!opened.workspace->isReadOnly());
    opened.workspace->setSetting(QStringLiteral("gross_margin"), QStringLiteral("0.4"));
    QCOMPARE(opened.workspace->setting(QStringLiteral("gross_margin")), QStringLiteral("0.4"));
}

void TestImportCrash::initTestCase() {
    m_dir = std::make_unique<pvi::test::TempDir>();
    m_baseline = m_dir->path(QStringLiteral("baseline.pvi"));
    QCOMPARE(runPvi({QStringLiteral("init"), m_baseline}), 0);
    for (const char* fixture : {"orders_2025_layout", "orders_trimmed"})
        QCOMPARE(runPvi({QStringLiteral("import"), m_baseline,
                         QStringLiteral(PVI_FIXTURES_DIR "/shopify/%1/input.csv")
                             .arg(QLatin1String(fixture))}),
                 0);
    QVERIFY(!QFile::exists(m_baseline + QStringLiteral("-wal")));
    m_before = countsOf(m_baseline);
    QCOMPARE(m_before.integrity, QStringLiteral("ok"));
    QCOMPARE(m_before.batches, 2);

    // A large export: kOrders orders, two line rows each (the trimmed Shopify layout).
    m_bigCsv = m_dir->path(QStringLiteral("big.csv"));
    QFile csv(m_bigCsv);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("Name,Email,Financial Status,Created at,Lineitem quantity,Lineitem name,"
              "Lineitem price,Total,Refunded Amount,Cancelled at\n");
    for (int i = 0; i < kOrders; ++i) {
        const QByteArray name = "#C" + QByteArray::number(i);
        const QByteArray email = "c" + QByteArray::number(i % 5000) + "@example.com";
        const QByteArray day = QByteArray::number(1 + i % 28).rightJustified(2, '0');
        csv.write(name + ',' + email + ",paid,2025-03-" + day +
                  " 10:00:00 -0500,1,Tea Towel,10.00,23.00,0.00,\n");
        csv.write(name + ',' + email + ",,2025-03-" + day + " 10:00:00 -0500,2,Mug,5.00,,,\n");
    }
    csv.close();

    // A costs CSV of kCostRows rows, one a day per channel.
    m_costsCsv = m_dir->path(QStringLiteral("costs.csv"));
    QFile costs(m_costsCsv);
    QVERIFY(costs.open(QIODevice::WriteOnly));
    costs.write("Period start,Period end,Channel,Category,Amount,Note\n");
    const QDate first(2020, 1, 1);
    for (int i = 0; i < kCostRows; ++i) {
        const QByteArray day = first.addDays(i / 4).toString(Qt::ISODate).toLatin1();
        costs.write(day + ',' + day + ",channel " + QByteArray::number(i % 4) +
                    (i % 2 ? ",personalization," : ",acquisition,") +
                    QByteArray::number(10 + i % 90) + ".50,row " + QByteArray::number(i) + '\n');
    }
    costs.close();

    // How long a whole import takes: the kill moments are spread over it.
    const QString whole = m_dir->path(QStringLiteral("whole.pvi"));
    m_withBig = whole;
    freshCopy(whole);
    QElapsedTimer timer;
    timer.start();
    QByteArray err;
    QCOMPARE(runPvi({QStringLiteral("import"), whole, m_bigCsv}, &err), 0);
    m_fullImportMs = timer.elapsed();
    const Counts after = countsOf(whole);
    QCOMPARE(after.batches, m_before.batches + 1);
    QCOMPARE(after.orders, m_before.orders + kOrders);
    QCOMPARE(after.lines, m_before.lines + 2 * kOrders);
    qInfo("a whole import of %d orders takes %lld ms", kOrders, m_fullImportMs);
}

void TestImportCrash::killedImportsLeaveTheWorkspaceWholeAndUsable() {
    const int kills = envOr("PVI_CRASH_KILLS", QStringLiteral("20")).toInt();
    const quint32 seed = envOr("PVI_CRASH_SEED", QStringLiteral("12")).toUInt();
    QRandomGenerator random(seed);
    const QString path = m_dir->path(QStringLiteral("killed.pvi"));
    int rolledBack = 0;
    int committed = 0;
    int finished = 0;
    for (int k = 0; k < kills; ++k) {
        freshCopy(path);
        // A moment anywhere from start-up to a little past a whole import's duration.
        const int delayMs = int(random.bounded(quint32(m_fullImportMs * 11 / 10 + 1)));
        QProcess process;
        process.start(kPvi, {QStringLiteral("import"), path, m_bigCsv});
        QVERIFY(process.waitForStarted());
        if (process.waitForFinished(delayMs)) {
            ++finished;
        } else {
            process.kill(); // SIGKILL
            QVERIFY(process.waitForFinished(30000));
        }
        const Counts after = countsOf(path);
        const QByteArray where =
            QStringLiteral("kill %1 at %2 ms (seed %3)").arg(k).arg(delayMs).arg(seed).toUtf8();
        QVERIFY2(after.integrity == QLatin1String("ok"),
                 (where + ": " + after.integrity.toUtf8()).constData());
        if (after.batches == m_before.batches) {
            ++rolledBack;
            QVERIFY2(after.orders == m_before.orders && after.lines == m_before.lines,
                     where.constData());
        } else {
            ++committed;
            QVERIFY2(after.batches == m_before.batches + 1, where.constData());
            QVERIFY2(after.orders == m_before.orders + kOrders, where.constData());
            QVERIFY2(after.lines == m_before.lines + 2 * kOrders, where.constData());
        }
        checkUsable(path);
    }
    qInfo("%d kills (seed %u): %d left nothing, %d left the whole batch (%d imports had "
          "already finished)",
          kills, seed, rolledBack, committed, finished);
    QVERIFY(rolledBack > 0);
}

qint64 TestImportCrash::killRepeatedly(
    const QString& from, const QString& path, const QStringList& arguments, const char* what,
    const std::function<void(const Counts&, const QByteArray&)>& check, int defaultKills) {
    const int kills = envOr("PVI_CRASH_KILLS", QString::number(defaultKills)).toInt();
    const quint32 seed = envOr("PVI_CRASH_SEED", QStringLiteral("12")).toUInt();
    QRandomGenerator random(seed);
    const auto copyFrom = [&] {
        removeWorkspaceFiles(path);
        return QFile::copy(from, path);
    };
    if (!copyFrom())
        return -1;
    const qint64 durationMs = durationOf(arguments);
    for (int k = 0; k < kills; ++k) {
        if (!copyFrom())
            return -1;
        const int delayMs = int(random.bounded(quint32(durationMs * 11 / 10 + 1)));
        runAndKillAfter(arguments, delayMs);
        const Counts after = countsOf(path);
        const QByteArray where = QStringLiteral("%1 killed at %2 ms of %3 (seed %4)")
                                     .arg(QLatin1String(what))
                                     .arg(delayMs)
                                     .arg(durationMs)
                                     .arg(seed)
                                     .toUtf8();
        if (after.integrity != QLatin1String("ok"))
            QTest::qFail((where + ": " + after.integrity.toUtf8()).constData(), __FILE__, __LINE__);
        check(after, where);
        checkUsable(path);
        if (QTest::currentTestFailed())
            return -1;
    }
    return durationMs;
}

// `pvi batches remove` of the large batch (30,000 orders), killed at random moments: the batch
// is whole or gone, never half removed, and the workspace stays usable.
void TestImportCrash::killedRemovalsLeaveTheBatchWholeOrGone() {
    const Counts whole = countsOf(m_withBig);
    QCOMPARE(whole.batches, m_before.batches + 1);
    const QString path = m_dir->path(QStringLiteral("removing.pvi"));
    int kept = 0;
    int removed = 0;
    const qint64 removalMs = killRepeatedly(
        m_withBig, path,
        {QStringLiteral("batches"), QStringLiteral("remove"), path, QString::number(whole.batches)},
        "removal", [&](const Counts& after, const QByteArray& where) {
            if (after.batches == whole.batches) {
                ++kept;
                QVERIFY2(after.orders == whole.orders && after.lines == whole.lines,
                         where.constData());
            } else {
                ++removed;
                QVERIFY2(after.batches == m_before.batches && after.orders == m_before.orders &&
                             after.lines == m_before.lines,
                         where.constData());
            }
        });
    QVERIFY(removalMs > 0);
    qInfo("%d removals killed (a whole removal takes %lld ms): %d kept the batch, %d had "
          "removed it",
          kept + removed, removalMs, kept, removed);
    QVERIFY2(kept > 0, "no kill fell before the removal's commit: no moment inside it tested");
}

// `pvi rules add` killed at random moments: the rule is there or not, the file is whole.
void TestImportCrash::killedRuleEditsLeaveTheWorkspaceWholeAndUsable() {
    const QString path = m_dir->path(QStringLiteral("editing.pvi"));
    const qint64 editMs = killRepeatedly(
        m_baseline, path,
        {QStringLiteral("rules"), QStringLiteral("add"), path, QStringLiteral("--kind"),
         QStringLiteral("order-tag"), QStringLiteral("--pattern"), QStringLiteral("personalized")},
        "rule edit", [&](const Counts& after, const QByteArray& where) {
            QVERIFY2(after.rules == m_before.rules || after.rules == m_before.rules + 1,
                     where.constData());
            QVERIFY2(after.orders == m_before.orders && after.batches == m_before.batches,
                     where.constData());
        });
    QVERIFY(editMs > 0);
}

// A costs CSV imported with `pvi import`, then its batch removed with `pvi batches remove`,
// each killed at random moments: all of the file's cost rows are there or none are.
void TestImportCrash::killedCostImportsAndRemovalsLeaveEveryRowOrNone() {
    const QString path = m_dir->path(QStringLiteral("costs.pvi"));
    int none = 0;
    int all = 0;
    const auto wholeOrNone = [&](const Counts& after, const QByteArray& where) {
        QVERIFY2(after.orders == m_before.orders && after.lines == m_before.lines,
                 where.constData());
        if (after.batches == m_before.batches) {
            ++none;
            QVERIFY2(after.costs == m_before.costs, where.constData());
        } else {
            ++all;
            QVERIFY2(after.batches == m_before.batches + 1, where.constData());
            QVERIFY2(after.costs == m_before.costs + kCostRows, where.constData());
        }
    };
    const qint64 importMs =
        killRepeatedly(m_baseline, path, {QStringLiteral("import"), path, m_costsCsv},
                       "costs import", wholeOrNone, kEditKills);
    QVERIFY(importMs > 0);
    const int importsWithNone = none;
    qInfo("costs imports killed (a whole import of %d rows takes %lld ms): %d left none, %d all",
          kCostRows, importMs, none, all);
    QVERIFY2(importsWithNone > 0, "no kill fell before the costs import's commit");

    // The same file with the costs batch, its removal killed.
    const QString withCosts = m_dir->path(QStringLiteral("with-costs.pvi"));
    freshCopy(withCosts);
    QCOMPARE(runPvi({QStringLiteral("import"), withCosts, m_costsCsv}), 0);
    QCOMPARE(countsOf(withCosts).costs, m_before.costs + kCostRows);
    none = all = 0;
    const qint64 removalMs = killRepeatedly(withCosts, path,
                                            {QStringLiteral("batches"), QStringLiteral("remove"),
                                             path, QString::number(m_before.batches + 1)},
                                            "costs batch removal", wholeOrNone, kEditKills);
    QVERIFY(removalMs > 0);
    qInfo("costs batch removals killed (a whole removal takes %lld ms): %d had removed it, %d "
          "kept it",
          removalMs, none, all);
    QVERIFY2(all > 0, "no kill fell before the costs batch removal's commit");
}

// `pvi costs add` (a cost entered by hand) killed at random moments: the row is there or not.
void TestImportCrash::killedCostEditsLeaveTheWorkspaceWholeAndUsable() {
    const QString path = m_dir->path(QStringLiteral("cost-edit.pvi"));
    const qint64 editMs = killRepeatedly(
        m_baseline, path,
        {QStringLiteral("costs"), QStringLiteral("add"), path, QStringLiteral("--from"),
         QStringLiteral("2025-03-01"), QStringLiteral("--to"), QStringLiteral("2025-03-31"),
         QStringLiteral("--category"), QStringLiteral("personalization"),
         QStringLiteral("--amount"), QStringLiteral("310")},
        "cost edit",
        [&](const Counts& after, const QByteArray& where) {
            QVERIFY2(after.costs == m_before.costs || after.costs == m_before.costs + 1,
                     where.constData());
            QVERIFY2(after.orders == m_before.orders && after.batches == m_before.batches,
                     where.constData());
        },
        kEditKills);
    QVERIFY(editMs > 0);
}

// `pvi targets set` killed at random moments: the target is there with its value and both alert
// bounds, or not there at all.
void TestImportCrash::killedTargetEditsLeaveTheTargetWholeOrAbsent() {
    const QString path = m_dir->path(QStringLiteral("target-edit.pvi"));
    QCOMPARE(m_before.targets, 0);
    int absent = 0;
    int whole = 0;
    const qint64 editMs = killRepeatedly(
        m_baseline, path,
        {QStringLiteral("targets"), QStringLiteral("set"), path, kTargetPvi,
         QStringLiteral("--target"), QStringLiteral("30"), QStringLiteral("--alert-low"),
         QStringLiteral("25"), QStringLiteral("--alert-high"), QStringLiteral("45")},
        "target edit",
        [&](const Counts& after, const QByteArray& where) {
            QVERIFY2(after.targets == after.editedTarget, where.constData());
            QVERIFY2(after.targets == 0 || after.targets == 1, where.constData());
            ++(after.targets == 0 ? absent : whole);
        },
        kEditKills);
    QVERIFY(editMs > 0);
    // Which kills came before the edit's commit and which after depends on the machine's load
    // (the delays are drawn from an unkilled run's duration), so only the counts are reported.
    qInfo("target edits killed (a whole edit takes %lld ms): %d left it absent, %d whole", editMs,
          absent, whole);
}

// `pvi settings set` of four settings at once killed at random moments: all four are stored
// with their new values, or none is.
void TestImportCrash::killedSettingsEditsLeaveEverySettingOrNone() {
    const QString path = m_dir->path(QStringLiteral("settings-edit.pvi"));
    QCOMPARE(m_before.editedSettings, 0);
    int none = 0;
    int all = 0;
    const qint64 editMs = killRepeatedly(
        m_baseline, path,
        QStringList{QStringLiteral("settings"), QStringLiteral("set"), path} + kEditedSettings,
        "settings edit",
        [&](const Counts& after, const QByteArray& where) {
            if (after.editedSettings == 0) {
                ++none;
                QVERIFY2(after.settings == m_before.settings, where.constData());
            } else {
                ++all;
                QVERIFY2(after.editedSettings == kEditedSettings.size(), where.constData());
            }
        },
        kEditKills);
    QVERIFY(editMs > 0);
    qInfo("settings edits killed (a whole edit takes %lld ms): %d left none, %d all four", editMs,
          none, all);
}

void TestImportCrash::aFullDiskDuringImportChangesNothing() {
    if (::geteuid() != 0)
        QSKIP("mounting the small tmpfs this test fills needs root (CI runs as root)");
    const QString mountPoint = m_dir->path(QStringLiteral("small-disk"));
    QVERIFY(QDir().mkpath(mountPoint));
    // Room for the workspace and a little more, far less than the big import needs.
    const qint64 room = QFileInfo(m_baseline).size() + 256 * 1024;
    const QByteArray options = "size=" + QByteArray::number(room);
    if (::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0,
                options.constData()) != 0)
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here (%1): the full-disk test did "
                                        "not run")
                             .arg(QString::fromLocal8Bit(strerror(errno)))));
    struct Unmount {
        QByteArray point;
        ~Unmount() { ::umount2(point.constData(), MNT_DETACH); }
    } unmountLater{QFile::encodeName(mountPoint)};

    const QString path = mountPoint + QStringLiteral("/full.pvi");
    QVERIFY(QFile::copy(m_baseline, path));
    QByteArray err;
    const int exitCode = runPvi({QStringLiteral("import"), path, m_bigCsv}, &err);
    QCOMPARE(exitCode, 1);
    QVERIFY2(err.contains("disk is full") && err.contains("nothing was imported"), err.constData());
    // Room again (the WAL may have taken it): the workspace is checked as it is.
    const Counts after = countsOf(path);
    QCOMPARE(after.integrity, QStringLiteral("ok"));
    QCOMPARE(after.batches, m_before.batches);
    QCOMPARE(after.orders, m_before.orders);
    QCOMPARE(after.lines, m_before.lines);
    checkUsable(path);
}

PVI_TEST_CLASS(TestImportCrash)
#include "test_import_crash.moc"
