// The layers are build targets, and these checks keep their boundaries honest:
// model/ never sees QtGui/QtWidgets/QtCharts, ui/ holds no SQL, QtCharts stays in ui/charts/.
#include "test_registry.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestLayering : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modelIncludesNoGuiHeaders();
    void uiHoldsNoSql();
    void chartsStayInTheChartsFolder();

private:
    /// Every C++ source below the folder, with the lines that match the pattern.
    static QStringList offendingLines(const QString& folder, const QRegularExpression& pattern,
                                      const QString& exceptUnder = {});
};

QStringList TestLayering::offendingLines(const QString& folder, const QRegularExpression& pattern,
                                         const QString& exceptUnder) {
    QStringList hits;
    const QString root = QStringLiteral(PVI_SOURCE_DIR "/") + folder;
    QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        if (!exceptUnder.isEmpty() && path.contains(exceptUnder))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        int lineNumber = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            ++lineNumber;
            if (pattern.match(line).hasMatch())
                hits << QStringLiteral("%1:%2: %3").arg(path).arg(lineNumber).arg(line.trimmed());
        }
    }
    if (files == 0)
        hits << QStringLiteral("no sources found under %1").arg(root);
    return hits;
}

void TestLayering::modelIncludesNoGuiHeaders() {
    const QRegularExpression gui(
        QStringLiteral(R"(#\s*include\s*[<"](QtGui|QtWidgets|QtCharts|QWidget|QPainter|QImage|)"
                       R"(QPixmap|QColor|QFont|QApplication|QGuiApplication|QChart)[/>."])"));
    const QStringList hits = offendingLines(QStringLiteral("model"), gui);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
}

void TestLayering::uiHoldsNoSql() {
    // SQL as it is written in this code base: upper-case statements inside string literals.
    const QRegularExpression sql(
        QStringLiteral(R"(sqlite3\.h|"\s*(SELECT\s|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|)"
                       R"(CREATE\s+(TABLE|INDEX)|PRAGMA\s))"));
    const QStringList hits = offendingLines(QStringLiteral("ui"), sql);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
}

void TestLayering::chartsStayInTheChartsFolder() {
    const QRegularExpression charts(
        QStringLiteral(R"(#\s*include\s*[<"](QtCharts|QChart|QLineSeries|QBarSeries|QValueAxis))"));
    const QStringList hits =
        offendingLines(QStringLiteral("ui"), charts, QStringLiteral("/ui/charts/"));
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
}

PVI_TEST_CLASS(TestLayering)
#include "test_layering.moc"
