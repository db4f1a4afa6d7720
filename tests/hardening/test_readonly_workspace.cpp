// Read-only workspaces (a shared folder, a read-only mount, a file without write permission):
// `pvi` reads them without creating -wal/-shm files or changing a byte, and `pvi import`
// refuses with a message. File modes mean nothing to root, which CI runs as: there the
// commands run as the unprivileged user `nobody` (runuser); elsewhere the modes apply as they
// are.
#include "cli_run.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

#include <sqlite3.h>

#include <memory>
#include <unistd.h>

using pvi::test::CliRun;
using pvi::test::runCli;

class TestReadOnlyWorkspace : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void readsAFileItMayNotWrite();
    void readsAFileInAFolderItMayNotWrite();
    void refusesToImportIntoIt();
    void saysWhyUnwrittenChangesCannotBeRead();

private:
    /// Runs pvi as someone who may not write the workspace.
    static CliRun runAsReader(const QStringList& arguments);
    /// A workspace with one imported Shopify export, in a folder everyone may enter.
    void makeWorkspace();

    std::unique_ptr<pvi::test::TempDir> m_dir;
    QString m_folder;
    QString m_path;
    QByteArray m_metrics; ///< `pvi metrics --json` while the workspace was writable
};

namespace {

const QString kPviProgram = QStringLiteral(PVI_CLI_PATH);
const QString kOrdersExport =
    QStringLiteral(PVI_FIXTURES_DIR "/shopify/orders_2025_layout/input.csv");
const QString kMoreOrders = QStringLiteral(PVI_FIXTURES_DIR "/shopify/orders_trimmed/input.csv");

bool isRoot() {
    return ::geteuid() == 0;
}

void setMode(const QString& path, QFile::Permissions permissions) {
    QVERIFY(QFile::setPermissions(path, permissions));
}

constexpr QFile::Permissions kReadOnlyFile = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
constexpr QFile::Permissions kReadOnlyFolder =
    kReadOnlyFile | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
constexpr QFile::Permissions kOpenFolder = kReadOnlyFolder | QFile::WriteOwner;

} // namespace

CliRun TestReadOnlyWorkspace::runAsReader(const QStringList& arguments) {
    if (!isRoot())
        return runCli(kPviProgram, arguments);
    return runCli(QStringLiteral("runuser"),
                  QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                              kPviProgram} +
                      arguments);
}

void TestReadOnlyWorkspace::initTestCase() {
    if (isRoot() && QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty())
        QSKIP("running as root without runuser: no unprivileged user to test as");
}

void TestReadOnlyWorkspace::init() {
    m_dir = std::make_unique<pvi::test::TempDir>();
    m_folder = m_dir->path(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(m_folder));
    // The temporary folder is the owner's only: let the reader in (it still cannot write).
    setMode(QFileInfo(m_folder).absolutePath(), kReadOnlyFolder | QFile::WriteOwner);
    setMode(m_folder, kOpenFolder);
    makeWorkspace();
}

void TestReadOnlyWorkspace::makeWorkspace() {
    m_path = m_folder + QStringLiteral("/shop.pvi");
    QCOMPARE(runCli(kPviProgram, {QStringLiteral("init"), m_path}).exitCode, 0);
    const CliRun imported = runCli(kPviProgram, {QStringLiteral("import"), m_path, kOrdersExport});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const CliRun metrics =
        runCli(kPviProgram, {QStringLiteral("metrics"), m_path, QStringLiteral("--json")});
    QVERIFY2(metrics.exitCode == 0, metrics.err.constData());
    m_metrics = metrics.out;
    // Closed cleanly: everything is in the file itself.
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
}

void TestReadOnlyWorkspace::readsAFileItMayNotWrite() {
    setMode(m_path, kReadOnlyFile);
    const QByteArray before = pvi::test::readAll(m_path);
    const CliRun run = runAsReader({QStringLiteral("metrics"), m_path, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, m_metrics); // the same numbers as when it was writable
    QCOMPARE(pvi::test::readAll(m_path), before);
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-shm")));
}

void TestReadOnlyWorkspace::readsAFileInAFolderItMayNotWrite() {
    // The file is the reader's own, but SQLite could not create -wal/-shm beside it.
    if (isRoot())
        QCOMPARE(::chown(QFile::encodeName(m_path).constData(), 65534, 65534), 0);
    setMode(m_folder, kReadOnlyFolder);
    const QByteArray before = pvi::test::readAll(m_path);
    const CliRun run = runAsReader({QStringLiteral("metrics"), m_path, QStringLiteral("--json")});
    setMode(m_folder, kOpenFolder);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, m_metrics);
    QCOMPARE(pvi::test::readAll(m_path), before);
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-shm")));
}

void TestReadOnlyWorkspace::refusesToImportIntoIt() {
    setMode(m_path, kReadOnlyFile);
    const QByteArray before = pvi::test::readAll(m_path);
    const CliRun run = runAsReader({QStringLiteral("import"), m_path, kMoreOrders});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("cannot be changed: the file is read-only"), run.err.constData());
    QVERIFY2(run.err.contains("Nothing was imported"), run.err.constData());
    QVERIFY2(!run.err.contains("pvi init"), run.err.constData());
    QCOMPARE(pvi::test::readAll(m_path), before);
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
}

void TestReadOnlyWorkspace::saysWhyUnwrittenChangesCannotBeRead() {
    // A copy taken while a writer had the workspace open: committed changes still in the -wal,
    // no -shm, and a folder the reader cannot create one in.
    const QString copyFolder = m_dir->path(QStringLiteral("copy"));
    QVERIFY(QDir().mkpath(copyFolder));
    const QString copy = copyFolder + QStringLiteral("/shop.pvi");
    sqlite3* writer = nullptr;
    QCOMPARE(sqlite3_open(m_path.toUtf8().constData(), &writer), SQLITE_OK);
    QCOMPARE(sqlite3_exec(writer,
                          "PRAGMA wal_autocheckpoint = 0; INSERT INTO personalization_rules"
                          "(kind, pattern, created_at) VALUES ('order-tag', 'vip', '2025-01-01')",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    QVERIFY(QFile::copy(m_path, copy));
    QVERIFY(QFile::copy(m_path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    sqlite3_close(writer);
    QVERIFY(QFileInfo(copy + QStringLiteral("-wal")).size() > 0);
    setMode(copy, kReadOnlyFile);
    setMode(copy + QStringLiteral("-wal"), kReadOnlyFile);
    setMode(copyFolder, kReadOnlyFolder);
    const QByteArray before = pvi::test::readAll(copy);
    const CliRun run = runAsReader({QStringLiteral("metrics"), copy, QStringLiteral("--json")});
    setMode(copyFolder, kOpenFolder);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("-wal holds changes not yet written into the file"),
             run.err.constData());
    QVERIFY2(run.err.contains("Open it once where it is writable"), run.err.constData());
    QCOMPARE(pvi::test::readAll(copy), before);
    QVERIFY(!QFile::exists(copy + QStringLiteral("-shm")));
}

PVI_TEST_CLASS(TestReadOnlyWorkspace)
#include "test_readonly_workspace.moc"
