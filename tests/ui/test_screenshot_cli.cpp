// pvi-studio --screenshot renders a page to a PNG of the window's size and exits: 1440×900 by
// default, the size asked for with --size, the period given with --from/--to; a wrong page,
// size or period exits with an error and writes nothing.
#include "cli_run.h"
#include "page_test_workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestScreenshotCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rendersThePageAtTheAskedSize();
    void badArgumentsWriteNothing_data();
    void badArgumentsWriteNothing();
    void helpAndVersionNeedNoDisplay();

private:
    pvi::test::CliRun studio(const QStringList& arguments) {
        return pvi::test::runCli(QStringLiteral(PVI_STUDIO_PATH), arguments);
    }
    pvi::test::TempDir m_dir;
    QString m_workspace;
};

void TestScreenshotCli::initTestCase() {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    m_workspace = m_dir.path(u"shop.pvi"_s);
    const QString error = pvi::test::buildDemoWorkspace(m_workspace);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestScreenshotCli::rendersThePageAtTheAskedSize() {
    const QString standard = m_dir.path(u"overview.png"_s);
    auto run = studio({u"--screenshot"_s, standard, m_workspace});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QImage(standard).size(), QSize(1440, 900));

    const QString tall = m_dir.path(u"roi.png"_s);
    run = studio({u"--screenshot"_s, tall, u"--page"_s, u"roi"_s, u"--size"_s, u"1200x2000"_s,
                  u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-03-31"_s, m_workspace});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QImage image(tall);
    QCOMPARE(image.size(), QSize(1200, 2000));
    // Not a blank canvas: the page's light background and dark text are both there.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 40)
        for (int x = 0; x < image.width(); x += 40)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 3);
}

void TestScreenshotCli::badArgumentsWriteNothing_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("unknown page") << QStringList{u"--page"_s, u"nowhere"_s} << 1;
    QTest::newRow("size without height") << QStringList{u"--size"_s, u"1440"_s} << 2;
    QTest::newRow("tiny size") << QStringList{u"--size"_s, u"10x10"_s} << 2;
    QTest::newRow("period backwards")
        << QStringList{u"--from"_s, u"2026-03-31"_s, u"--to"_s, u"2026-01-01"_s} << 2;
    QTest::newRow("period without end") << QStringList{u"--from"_s, u"2026-03-31"_s} << 2;
}

void TestScreenshotCli::badArgumentsWriteNothing() {
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const QString png = m_dir.path(u"bad.png"_s);
    QFile::remove(png);
    const auto run =
        studio(QStringList{u"--screenshot"_s, png} + arguments + QStringList{m_workspace});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFile::exists(png));
}

// Without a display (no platform plugin asked for, no X or Wayland server), `--help` and
// `--version` still print and exit 0: they never start a GUI application.
void TestScreenshotCli::helpAndVersionNeedNoDisplay() {
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    const QByteArray display = qgetenv("DISPLAY");
    const QByteArray wayland = qgetenv("WAYLAND_DISPLAY");
    qunsetenv("QT_QPA_PLATFORM");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    const auto help = studio({u"--help"_s});
    const auto version = studio({u"--version"_s});
    qputenv("QT_QPA_PLATFORM", platform);
    if (!display.isEmpty())
        qputenv("DISPLAY", display);
    if (!wayland.isEmpty())
        qputenv("WAYLAND_DISPLAY", wayland);

    QVERIFY2(help.exitCode == 0, help.err.constData());
    for (const char* expected : {"--screenshot <png>", "--page <name>", "--size", "WS.pvi"})
        QVERIFY2(help.out.contains(expected), help.out.constData());
    QVERIFY2(version.exitCode == 0, version.err.constData());
    QVERIFY2(QRegularExpression(u"^PVI Studio \\d+\\.\\d+\\.\\d+$"_s)
                 .match(QString::fromUtf8(version.out).trimmed())
                 .hasMatch(),
             version.out.constData());
}

PVI_TEST_CLASS(TestScreenshotCli)
#include "test_screenshot_cli.moc"
