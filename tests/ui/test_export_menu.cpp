// Every table and chart has a context menu that copies it or saves it: a table as CSV that reads
// back to the same cells (quoted where needed), a chart as a PNG of twice its size and as an SVG
// that parses and holds the chart's axis text as text.
#include "charts/bar_chart.h"
#include "charts/chart_helpers.h"
#include "charts/cohort_heatmap.h"
#include "gui_test_setup.h"
#include "io/csv_reader.h"
#include "shell/copy_focused.h"
#include "shell/export_menu.h"
#include "shell/main_window.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QImage>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QSvgRenderer>
#include <QTableView>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

/// Right-clicks `target` and returns the context menu that opened (null when none did).
QMenu* rightClick(QWidget* target) {
    const QPoint at = target->rect().center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, target->mapToGlobal(at));
    QApplication::sendEvent(target, &event);
    for (QMenu* menu : target->window()->findChildren<QMenu*>(u"exportMenu"_s))
        if (menu->isVisible())
            return menu;
    return nullptr;
}

QStringList actionNames(const QMenu& menu) {
    QStringList names;
    for (const QAction* action : menu.actions())
        names << action->objectName();
    return names;
}

/// Triggers `action` of the menu, chooses `path` in the file dialog it opens and waits for the
/// file to be written; returns the error reported, empty on success.
QString saveThrough(pvi::ExportMenu& exports, QMenu* menu, const QString& action,
                    const QString& path) {
    QAction* found = menu->findChild<QAction*>(action);
    if (!found)
        return u"no action "_s + action;
    QSignalSpy exported(&exports, &pvi::ExportMenu::exported);
    found->trigger();
    menu->close();
    QFileDialog* dialog = nullptr;
    for (QWidget* top : QApplication::topLevelWidgets())
        if (top->objectName() == u"exportFileDialog"_s && top->isVisible())
            dialog = qobject_cast<QFileDialog*>(top);
    if (!dialog)
        return u"no file dialog opened"_s;
    if (!dialog->selectedFiles().value(0).endsWith(u'.' + path.section(u'.', -1)))
        return u"the dialog suggests "_s + dialog->selectedFiles().value(0);
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept() is protected
    if (!QTest::qWaitFor([&exported] { return !exported.isEmpty(); }, 20000))
        return u"nothing was written"_s;
    if (exported.first().at(0).toString() != path)
        return u"wrote "_s + exported.first().at(0).toString();
    return exported.first().at(1).toString();
}

/// The cells of the test table: commas, quotes, a line break, a leading space, an empty cell.
const QList<QStringList> kCells = {{u"Champions"_s, u"1,200"_s, u"$9,100.00"_s},
                                   {u"Said \"hi\""_s, u"75"_s, u"two\nlines"_s},
                                   {u" padded"_s, u""_s, u"-3.5"_s}};
const QStringList kHeader = {u"Segment"_s, u"Customers"_s, u"Revenue, net"_s};

/// A table of kCells under kHeader in `window`, shown.
QTableView* showTable(QWidget& window, QStandardItemModel& model) {
    model.setHorizontalHeaderLabels(kHeader);
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c)
            model.setItem(r, c, new QStandardItem(kCells[r][c]));
    auto* view = new QTableView(&window);
    view->setObjectName(u"segmentTable"_s);
    view->setModel(&model);
    view->resize(500, 300);
    window.resize(500, 300);
    window.show();
    return view;
}

/// The text of every element named `element` in the member `entry` of the .xlsx at `path`.
QStringList xlsxTexts(const QString& path, const QString& entry, const QString& element) {
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-p"_s, path, entry});
    if (!unzip.waitForFinished(20000))
        return {u"unzip did not finish"_s};
    QXmlStreamReader xml(unzip.readAllStandardOutput());
    QStringList texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == element)
            texts << xml.readElementText();
    }
    return texts;
}

} // namespace

class TestExportMenu : public QObject {
    Q_OBJECT

private:
    pvi::test::TempDir m_dir;
    pvi::ExportMenu m_exports;

private Q_SLOTS:
    void initTestCase() {
        pvi::test::isolateGuiTestSettings();
        qApp->installEventFilter(&m_exports);
    }

    // A table's menu: Copy as text puts tab-separated cells (a spreadsheet pastes them into
    // cells); Save as CSV writes every cell with RFC 4180 quoting, read back unchanged.
    void tableCopiesAndSavesCsv() {
        QStandardItemModel model(3, 3);
        QWidget window;
        QTableView* view = showTable(window, model);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMenu* headerMenu = rightClick(view->horizontalHeader()->viewport());
        QVERIFY2(headerMenu, "right-clicking the table's header opened no export menu");
        QCOMPARE(actionNames(*headerMenu),
                 QStringList({u"copyTableAction"_s, u"saveCsvAction"_s, u"saveXlsxAction"_s}));
        headerMenu->close();
        QMenu* menu = rightClick(view->viewport());
        QVERIFY2(menu, "right-clicking a table opened no export menu");
        QCOMPARE(actionNames(*menu),
                 QStringList({u"copyTableAction"_s, u"saveCsvAction"_s, u"saveXlsxAction"_s}));

        QApplication::clipboard()->clear();
        menu->findChild<QAction*>(u"copyTableAction"_s)->trigger();
        QCOMPARE(QApplication::clipboard()->text(),
                 u"Segment\tCustomers\tRevenue, net\nChampions\t1,200\t$9,100.00\nSaid \"hi\"\t75\t"
                 "two lines\n padded\t\t-3.5\n"_s);

        const QString path = m_dir.path(u"segments.csv"_s);
        const QString error = saveThrough(m_exports, menu, u"saveCsvAction"_s, path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        pvi::CsvReader reader;
        pvi::CsvReader::Options options;
        options.delimiter = u',';
        options.skipBlankLines = false;
        QVERIFY2(reader.open(path, options), qPrintable(reader.error().message));
        pvi::CsvRow row;
        QVERIFY(reader.readRow(row));
        QCOMPARE(row.fields, kHeader);
        for (const QStringList& expected : kCells) {
            QVERIFY2(reader.readRow(row), "the CSV has fewer rows than the table");
            QCOMPARE(row.fields, expected);
        }
        QVERIFY2(!reader.readRow(row), "the CSV has more rows than the table");
    }

    // Save as Excel workbook: a real .xlsx (read back with unzip) whose shared strings hold the
    // header and the text cells as shown, and whose sheet holds the plain numbers as numbers.
    void tableSavesXlsx() {
        QStandardItemModel model(3, 3);
        QWidget window;
        QTableView* view = showTable(window, model);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMenu* menu = rightClick(view->viewport());
        QVERIFY2(menu, "right-clicking a table opened no export menu");
        const QString path = m_dir.path(u"segments.xlsx"_s);
        const QString error = saveThrough(m_exports, menu, u"saveXlsxAction"_s, path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList strings = xlsxTexts(path, u"xl/sharedStrings.xml"_s, u"t"_s);
        for (const QString& text :
             kHeader + QStringList{u"Champions"_s, u"1,200"_s, u"$9,100.00"_s, u"Said \"hi\""_s,
                                   u"two\nlines"_s, u" padded"_s})
            QVERIFY2(strings.contains(text),
                     qPrintable(u"the workbook's strings lack \"%1\": %2"_s.arg(
                         text, strings.join(u" | "_s))));
        // Cell values: shared-string indexes for text, the numbers themselves for 75 and -3.5.
        const QStringList values = xlsxTexts(path, u"xl/worksheets/sheet1.xml"_s, u"v"_s);
        QVERIFY2(values.contains(u"75"_s) && values.contains(u"-3.5"_s),
                 qPrintable(u"numbers not stored as numbers: "_s + values.join(u", "_s)));
        QCOMPARE(values.size(), 3 + 8); // the header and every non-empty cell
    }

    // A chart's menu: Copy image, Save as PNG (twice the chart's size, device pixel ratio 2),
    // Save as SVG (parses, and the axis and category names are text in it).
    void chartSavesPngAndSvg() {
        QWidget window;
        window.resize(640, 420);
        auto* chart = new pvi::BarChart(u"customersChart"_s, &window);
        chart->resize(640, 420);
        chart->setData(u"Customers per segment"_s, {u"Champions"_s, u"Loyal"_s, u"At risk"_s},
                       {{u"Customers"_s, {120, 80, 45}, {}}}, u"customers of the period"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QWidget* chartView = pvi::charts::chartViewAround(chart);
        QVERIFY(chartView);

        QMenu* menu = rightClick(chartView->findChildren<QWidget*>().value(0, chartView));
        if (!menu)
            menu = rightClick(chartView);
        QVERIFY2(menu, "right-clicking a chart opened no export menu");
        QCOMPARE(actionNames(*menu),
                 QStringList({u"copyChartAction"_s, u"savePngAction"_s, u"saveSvgAction"_s}));

        QApplication::clipboard()->clear();
        menu->findChild<QAction*>(u"copyChartAction"_s)->trigger();
        QVERIFY2(!QApplication::clipboard()->image().isNull(), "Copy image put no image");

        const QString png = m_dir.path(u"chart.png"_s);
        QString error = saveThrough(m_exports, menu, u"savePngAction"_s, png);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QImage image(png);
        QVERIFY2(!image.isNull(), "the PNG does not load");
        QCOMPARE(image.size(), chartView->size() * 2);

        menu = rightClick(chartView);
        QVERIFY(menu);
        const QString svg = m_dir.path(u"chart.svg"_s);
        error = saveThrough(m_exports, menu, u"saveSvgAction"_s, svg);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSvgRenderer renderer(svg);
        QVERIFY2(renderer.isValid(), "QSvgRenderer does not accept the SVG");
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString text;
        int images = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isCharacters())
                text += xml.text().toString() + u' ';
            if (xml.isStartElement() && xml.name() == u"image"_s)
                ++images;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        for (const QString& expected : {u"Customers per segment"_s, u"customers of the period"_s,
                                        u"Champions"_s, u"At risk"_s})
            QVERIFY2(text.contains(expected), qPrintable(u"the SVG's text lacks \"%1\": %2"_s.arg(
                                                  expected, text.left(400))));
        QCOMPARE(images, 0); // vectors and text, no embedded bitmap
    }

    // The cohort heat map paints itself (no QChartView) and is exported like a chart: its SVG
    // holds the title and the cohort months as text.
    void heatmapExportsLikeAChart() {
        QWidget window;
        window.resize(640, 320);
        auto* heatmap = new pvi::CohortHeatmap(&window);
        heatmap->resize(640, 320);
        pvi::CohortGrid grid;
        grid.cohorts = {QDate(2026, 1, 1), QDate(2026, 2, 1)};
        grid.sizes = {40, 30};
        grid.values = {{1.0, 0.4, 0.25}, {1.0, 0.5, std::nullopt}};
        heatmap->setData(grid);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(pvi::charts::chartViewAround(heatmap), heatmap);
        QMenu* menu = rightClick(heatmap);
        QVERIFY2(menu, "right-clicking the heat map opened no export menu");
        QCOMPARE(actionNames(*menu),
                 QStringList({u"copyChartAction"_s, u"savePngAction"_s, u"saveSvgAction"_s}));
        const QString svg = m_dir.path(u"heatmap.svg"_s);
        const QString error = saveThrough(m_exports, menu, u"saveSvgAction"_s, svg);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(u"Retention by first-order month"_s), "the title is not text");
        QVERIFY2(text.contains(u"Jan 26  (40)"_s) && text.contains(u"40%"_s),
                 "the cohort row and a cell are not text");
    }

    // The window installs the menu itself: a right click on a page's table or chart opens it,
    // and every table and chart view of every page has one.
    void theWindowOffersTheMenuEverywhere() {
        qApp->removeEventFilter(&m_exports);
        pvi::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<QTableView*> tables = window.findChildren<QTableView*>();
        QVERIFY2(tables.size() >= 10, qPrintable(u"only %1 tables"_s.arg(tables.size())));
        QList<QWidget*> charts;
        for (QWidget* w : window.findChildren<QWidget*>())
            if (pvi::charts::chartViewAround(w) == w)
                charts << w;
        QVERIFY2(charts.size() >= 10, qPrintable(u"only %1 charts"_s.arg(charts.size())));
        for (QWidget* target : QList<QWidget*>(tables.begin(), tables.end()) + charts) {
            std::unique_ptr<QMenu> menu(m_exports.menuFor(target));
            QVERIFY2(menu && menu->actions().size() >= 3,
                     qPrintable(target->objectName() + u" has no export menu"_s));
        }
        QMenu* menu = rightClick(tables.constFirst()->viewport());
        qApp->installEventFilter(&m_exports);
        QVERIFY2(menu, "right-clicking a table of the window opened no export menu");
        menu->close();
    }

    // Anything else (a label) gets no export menu.
    void otherWidgetsGetNoMenu() {
        pvi::ExportMenu exports;
        QWidget plain;
        QCOMPARE(exports.menuFor(&plain), nullptr);
    }
};

PVI_TEST_CLASS(TestExportMenu)
#include "test_export_menu.moc"
