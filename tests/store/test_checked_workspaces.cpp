// A workspace that passed SQLite's quick_check is not read whole again by the next process while
// it is the same file; any change to it (a write, a replacement, its -wal) makes it checked again,
// unless the change is the app's own writes through the connection that found it sound (or
// created it); and a
// damaged file is still refused, and a file whose schema the app did not create is never
// remembered.
#include "store/checked_workspaces.h"
#include "store/database.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QFile>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>

using namespace pvi;
using namespace pvi::test;

namespace {

/// Sets the file's modification time `seconds` later than now (a write a second later).
void touchLater(const QString& path, int seconds) {
    struct stat st {};
    QVERIFY(::stat(QFile::encodeName(path).constData(), &st) == 0);
    struct timespec times[2] = {st.st_atim, st.st_mtim};
    times[1].tv_sec += seconds;
    QVERIFY(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0);
}

} // namespace

class TestCheckedWorkspaces : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aCheckedFileIsRememberedUntilItChanges();
    void aDamagedFileIsStillRefused();
    void aForeignSchemaIsNeverRemembered();
    void itsOwnWritesKeepTheFileChecked();
    void anotherConnectionsWriteIsCheckedAgain();
    void aNewFileAnotherConnectionWroteIsCheckedAgain();
    void theRecordKeepsTheLatestFiles();

private:
    TempDir m_cache;
};

void TestCheckedWorkspaces::initTestCase() {
    // The record goes to $XDG_CACHE_HOME/pvi-studio: here, a folder of the test's own.
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_cache.path(QStringLiteral("cache"))));
}

void TestCheckedWorkspaces::aCheckedFileIsRememberedUntilItChanges() {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("w.pvi"));
    QVERIFY(Workspace::open(path, Workspace::Mode::CreateOrOpen).workspace);
    // Created and written by the workspace's connection alone: as sound as a checked file.
    QVERIFY2(CheckedWorkspaces::contains(path),
             "a file the workspace created and wrote alone is to be read whole again");
    QVERIFY(Workspace::open(path, Workspace::Mode::OpenExisting).workspace);
    QVERIFY2(CheckedWorkspaces::contains(path), "opening the file did not remember its check");

    touchLater(path, 5);
    QVERIFY2(!CheckedWorkspaces::contains(path),
             "a file with another modification time counted as the one checked");
    CheckedWorkspaces::add(path);
    QVERIFY(CheckedWorkspaces::contains(path));
    QFile wal(path + QStringLiteral("-wal"));
    QVERIFY(wal.open(QIODevice::WriteOnly) && wal.write("x") == 1);
    wal.close();
    QVERIFY2(!CheckedWorkspaces::contains(path),
             "a new -wal file left the file counted as checked");
}

void TestCheckedWorkspaces::aDamagedFileIsStillRefused() {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("d.pvi"));
    {
        auto ws = Workspace::open(path, Workspace::Mode::CreateOrOpen).workspace;
        QVERIFY(ws);
    }
    QVERIFY(Workspace::open(path, Workspace::Mode::OpenExisting).workspace);
    QVERIFY(CheckedWorkspaces::contains(path));
    // Overwrite the second page (a table's b-tree page) with garbage: same size, new time.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    QVERIFY(file.size() >= 2 * pageSize);
    QVERIFY(file.seek(pageSize));
    QVERIFY(file.write(QByteArray(static_cast<int>(pageSize), '\x5a')) == pageSize);
    file.close();
    touchLater(path, 7);
    const auto result = Workspace::open(path, Workspace::Mode::OpenExisting);
    QVERIFY2(!result.workspace, "a damaged file opened because an earlier version was checked");
    QVERIFY2(result.error.contains(QStringLiteral("damaged")) ||
                 result.error.contains(QStringLiteral("malformed")),
             qPrintable(result.error));
    QVERIFY(!CheckedWorkspaces::contains(path));
}

void TestCheckedWorkspaces::aForeignSchemaIsNeverRemembered() {
    // A remembered file skips the schema check as well as the page check: only a file that passed
    // both may be remembered, or the second open of an altered file would let it through.
    TempDir dir;
    const QString path = dir.path(QStringLiteral("altered.pvi"));
    QVERIFY(Workspace::open(path, Workspace::Mode::CreateOrOpen).workspace);
    QVERIFY(Workspace::open(path, Workspace::Mode::OpenExisting).workspace);
    QVERIFY(CheckedWorkspaces::contains(path));
    {
        Database other(path, Database::OpenMode::ReadWrite);
        other.exec("CREATE TABLE spy (at TEXT)");
    }
    for (int attempt = 1; attempt <= 2; ++attempt) {
        const auto result = Workspace::open(path, Workspace::Mode::OpenExisting);
        QVERIFY2(!result.workspace, qPrintable(QStringLiteral("open %1 of a file with a table the "
                                                              "app does not create succeeded")
                                                   .arg(attempt)));
        QVERIFY2(result.error.contains(QStringLiteral("table 'spy'")), qPrintable(result.error));
        QVERIFY2(!CheckedWorkspaces::contains(path),
                 "a file that failed the schema check was remembered as checked");
    }
}

void TestCheckedWorkspaces::theRecordKeepsTheLatestFiles() {
    TempDir dir;
    QStringList paths;
    for (int i = 0; i < CheckedWorkspaces::kCapacity + 6; ++i) {
        paths << dir.path(QStringLiteral("f%1.pvi").arg(i));
        QFile file(paths.last());
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(QByteArray(100, 'a')) == 100);
        file.close();
        CheckedWorkspaces::add(paths.last());
    }
    QVERIFY2(!CheckedWorkspaces::contains(paths.first()), "the record grew past its capacity");
    QVERIFY(CheckedWorkspaces::contains(paths.last()));
    QVERIFY(CheckedWorkspaces::contains(paths[6]));
}

void TestCheckedWorkspaces::itsOwnWritesKeepTheFileChecked() {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("own.pvi"));
    QVERIFY(Workspace::open(path, Workspace::Mode::CreateOrOpen).workspace);
    {
        auto ws = Workspace::open(path, Workspace::Mode::OpenExisting).workspace;
        QVERIFY(ws);
        QVERIFY(CheckedWorkspaces::contains(path));
        ws->setSetting(QStringLiteral("currency"), QStringLiteral("EUR"));
        QVERIFY2(!CheckedWorkspaces::contains(path), "the write left the file as it was");
    }
    QVERIFY2(CheckedWorkspaces::contains(path),
             "the file the workspace wrote and closed is to be checked again");
}

void TestCheckedWorkspaces::anotherConnectionsWriteIsCheckedAgain() {
    // Another connection commits while the workspace is open: the file is no longer what this
    // workspace found sound plus its own writes, so it is not remembered as checked.
    TempDir dir;
    const QString path = dir.path(QStringLiteral("shared.pvi"));
    QVERIFY(Workspace::open(path, Workspace::Mode::CreateOrOpen).workspace);
    {
        auto ws = Workspace::open(path, Workspace::Mode::OpenExisting).workspace;
        QVERIFY(ws);
        {
            Database other(path, Database::OpenMode::ReadWrite);
            other.exec("INSERT INTO settings (key, value) VALUES ('note', 'from elsewhere')");
        }
        ws->setSetting(QStringLiteral("currency"), QStringLiteral("EUR"));
    }
    QVERIFY2(!CheckedWorkspaces::contains(path),
             "a file another connection wrote to counted as checked");
    // Opening it checks it again, and remembers it.
    QVERIFY(Workspace::open(path, Workspace::Mode::OpenExisting).workspace);
    QVERIFY(CheckedWorkspaces::contains(path));
}

void TestCheckedWorkspaces::aNewFileAnotherConnectionWroteIsCheckedAgain() {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("new.pvi"));
    {
        auto ws = Workspace::open(path, Workspace::Mode::CreateOrOpen).workspace;
        QVERIFY(ws);
        Database other(path, Database::OpenMode::ReadWrite);
        other.exec("INSERT INTO settings (key, value) VALUES ('note', 'from elsewhere')");
    }
    QVERIFY2(!CheckedWorkspaces::contains(path),
             "a new file another connection wrote to counted as checked");
}

PVI_TEST_CLASS(TestCheckedWorkspaces)
#include "test_checked_workspaces.moc"
