// `pvi report` as installed (cmake --install into a folder of the test's own): pvi finds
// pvi-report off the PATH, in libexec/pvi-studio, and the report is written; a pvi without its
// helper says so. And pvi itself needs no GUI library (readelf's NEEDED entries): loading them
// took ~10 ms of every command's start, which is why the report paints in a program of its own.
#include "cli_run.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using pvi::test::runCli;

class TestReportInstall : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theInstalledPviRunsTheReportHelper();
    void aPviWithoutItsHelperSaysSo();
    void pviNeedsNoGuiLibrary();
};

void TestReportInstall::theInstalledPviRunsTheReportHelper() {
    pvi::test::TempDir dir;
    const QString prefix = dir.path(QStringLiteral("usr"));
    const auto install = runCli(QStringLiteral(PVI_CMAKE_COMMAND),
                                {QStringLiteral("--install"), QStringLiteral(PVI_BUILD_DIR),
                                 QStringLiteral("--prefix"), prefix},
                                600000);
    QVERIFY2(install.exitCode == 0, install.err.constData());
    const QString pvi = prefix + QStringLiteral("/bin/pvi");
    QVERIFY2(QFile::exists(pvi), "cmake --install put no bin/pvi");
    QVERIFY2(!QFile::exists(prefix + QStringLiteral("/bin/pvi-report")),
             "pvi-report is installed on the PATH; it belongs in libexec/pvi-studio");
    QVERIFY2(QFile::exists(prefix + QStringLiteral("/libexec/pvi-studio/pvi-report")),
             "cmake --install put no libexec/pvi-studio/pvi-report");

    const QString workspace = dir.path(QStringLiteral("demo.pvi"));
    const auto demo = runCli(pvi, {QStringLiteral("demo"), workspace});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    const QString pdf = dir.path(QStringLiteral("report.pdf"));
    const auto report = runCli(pvi, {QStringLiteral("report"), workspace, QStringLiteral("--out"),
                                     pdf, QStringLiteral("--sections"), QStringLiteral("summary")});
    QVERIFY2(report.exitCode == 0, report.err.constData());
    QVERIFY2(report.out.contains("Wrote "), report.out.constData());
    QFile written(pdf);
    QVERIFY2(written.open(QIODevice::ReadOnly), "the installed pvi report wrote no PDF");
    QCOMPARE(written.read(5), QByteArray("%PDF-"));
}

void TestReportInstall::aPviWithoutItsHelperSaysSo() {
    pvi::test::TempDir dir;
    QVERIFY(QDir().mkpath(dir.path(QStringLiteral("bin"))));
    const QString alone = dir.path(QStringLiteral("bin/pvi"));
    QVERIFY(QFile::copy(QStringLiteral(PVI_CLI_PATH), alone));
    const auto report = runCli(alone, {QStringLiteral("report"), dir.path(QStringLiteral("w.pvi")),
                                       QStringLiteral("--out"), dir.path(QStringLiteral("r.pdf"))});
    QCOMPARE(report.exitCode, 1);
    QVERIFY2(report.err.contains("pvi-report, the program that paints the report, is not "
                                 "installed"),
             report.err.constData());
}

void TestReportInstall::pviNeedsNoGuiLibrary() {
    const auto readelf = runCli(QStringLiteral("readelf"),
                                {QStringLiteral("--dynamic"), QStringLiteral(PVI_CLI_PATH)});
    QVERIFY2(readelf.exitCode == 0, readelf.err.constData());
    const QString dynamic = QString::fromUtf8(readelf.out);
    QVERIFY2(dynamic.contains(QStringLiteral("libQt6Core")), "readelf listed no library pvi needs");
    const QRegularExpression gui(
        QStringLiteral("NEEDED.*(libQt6(Gui|Widgets|Charts|Svg|OpenGL)[^\\]\\s]*)"));
    const QRegularExpressionMatch found = gui.match(dynamic);
    QVERIFY2(!found.hasMatch(),
             qPrintable(QStringLiteral("pvi needs %1, a GUI library").arg(found.captured(1))));
}

PVI_TEST_CLASS(TestReportInstall)
#include "test_report_install.moc"
