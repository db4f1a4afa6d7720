// The window's menus follow the desktop conventions: File, Edit, View and Help; every page on
// Ctrl+1 … Ctrl+0; Edit › Copy puts the focused table's selection (with its headers) or chart
// on the clipboard; Help shows the PVI catalogue offline, the keyboard shortcuts and About with
// the libraries' versions and licences.
#include "charts/chart_helpers.h"
#include "gui_test_setup.h"
#include "pages/page.h"
#include "pages/page_catalog.h"
#include "pvi/engine/pvi_registry.h"
#include "shell/copy_focused.h"
#include "shell/help_dialogs.h"
#include "shell/main_window.h"
#include "test_registry.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QDialog>
#include <QImage>
#include <QListWidget>
#include <QMenuBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

class TestWindowMenus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { pvi::test::isolateGuiTestSettings(); }

    void menusFollowTheConventions() {
        pvi::MainWindow window;
        QStringList titles;
        for (QAction* menu : window.menuBar()->actions())
            titles << menu->text().remove(u'&');
        QCOMPARE(titles, QStringList({u"File"_s, u"Edit"_s, u"View"_s, u"Help"_s}));
        const QList<std::pair<const char*, QKeySequence>> expected = {
            {"copyAction", QKeySequence(QKeySequence::Copy)},
            {"fullScreenAction", QKeySequence(QKeySequence::FullScreen)},
            {"catalogueAction", QKeySequence(QKeySequence::HelpContents)},
            {"importAction", QKeySequence(u"Ctrl+I"_s)}};
        for (const auto& [name, key] : expected) {
            QAction* action = window.findChild<QAction*>(QString::fromLatin1(name));
            QVERIFY2(action, name);
            QVERIFY2(action->shortcuts().contains(key),
                     qPrintable(u"%1 should have %2"_s.arg(QLatin1String(name), key.toString())));
        }
        QVERIFY(window.findChild<QAction*>(u"aboutAction"_s));
    }

    // Ctrl+1 … Ctrl+9 and Ctrl+0, typed into the window, show the pages in navigation order.
    void ctrlDigitShowsEachPage() {
        pvi::MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const auto& pages = pvi::pageCatalog();
        QCOMPARE(int(pages.size()), 10);
        for (int i = 9; i >= 0; --i) {
            const QKeySequence key(u"Ctrl+%1"_s.arg((i + 1) % 10));
            QTest::keySequence(&window, key);
            QVERIFY2(window.currentPage(), qPrintable(key.toString()));
            QCOMPARE(window.currentPage()->id(), pages[std::size_t(i)].id);
            QCOMPARE(window.navigation()->currentRow(), i);
        }
    }

    // The selected cells' rows and columns, with the headers, tab-separated; everything when
    // nothing is selected. Edit › Copy puts that on the clipboard.
    void copyPutsTheSelectionWithHeaders() {
        QStandardItemModel model(3, 3);
        model.setHorizontalHeaderLabels({u"Segment"_s, u"Customers"_s, u"Revenue"_s});
        const char* cells[3][3] = {{"Champions", "120", "$9,100.00"},
                                   {"At risk", "75", "$2,050.50"},
                                   {"New\tcustomers", "33", "$880.00"}};
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 3; ++c)
                model.setItem(r, c, new QStandardItem(QString::fromUtf8(cells[r][c])));
        pvi::MainWindow window;
        auto* view = new QTableView(&window);
        view->setModel(&model);
        window.setCentralWidget(view);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QCOMPARE(pvi::tableText(*view),
                 u"Segment\tCustomers\tRevenue\nChampions\t120\t$9,100.00\nAt risk\t75\t"
                 "$2,050.50\nNew customers\t33\t$880.00\n"_s);

        view->selectionModel()->select(model.index(1, 0), QItemSelectionModel::Select);
        view->selectionModel()->select(model.index(1, 2), QItemSelectionModel::Select);
        view->setFocus();
        const QString expected = u"Segment\tRevenue\nAt risk\t$2,050.50\n"_s;
        QApplication::clipboard()->clear();
        window.findChild<QAction*>(u"copyAction"_s)->trigger();
        QCOMPARE(QApplication::clipboard()->text(), expected);
        // Typed into the table, the platform's Copy key reaches the menu's Copy too (not the
        // view's own, which copies one cell without headers).
        QApplication::clipboard()->clear();
        QTest::keySequence(view, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), expected);
    }

    // A chart (or the widget holding one) is copied as an image of its size.
    void copyPutsTheChartAsAnImage() {
        QWidget holder;
        holder.resize(400, 300);
        QWidget* view = pvi::charts::makeChartView(u"Revenue"_s, &holder);
        view->resize(400, 300);
        QApplication::clipboard()->clear();
        QVERIFY(pvi::copyFocused(&holder));
        const QImage copied = QApplication::clipboard()->image();
        QVERIFY2(!copied.isNull(), "no image on the clipboard");
        QCOMPARE(copied.size() / copied.devicePixelRatio(), QSize(400, 300));
    }

    void copyWithNothingToCopySaysSo() {
        QApplication::clipboard()->setText(u"before"_s);
        QVERIFY(!pvi::copyFocused(nullptr));
        QCOMPARE(QApplication::clipboard()->text(), u"before"_s);
    }

    // The catalogue window holds every PVI of the table, offline.
    void catalogueShowsEveryPvi() {
        pvi::MainWindow window;
        window.findChild<QAction*>(u"catalogueAction"_s)->trigger();
        auto* dialog = window.findChild<QDialog*>(u"catalogueWindow"_s);
        QVERIFY(dialog);
        const QString text = dialog->findChild<QTextBrowser*>()->toPlainText();
        for (const pvi::PviDefinition& definition : pvi::PviRegistry::definitions()) {
            QVERIFY2(text.contains(definition.title), qPrintable(definition.title));
            QVERIFY2(text.contains(definition.id), qPrintable(definition.id));
        }
    }

    // Help › Keyboard Shortcuts lists every action that has one, pages included.
    void shortcutsListEveryShortcut() {
        pvi::MainWindow window;
        const QString text = pvi::shortcutsText(window.menuActions());
        for (QAction* action : window.menuActions()) {
            if (action->shortcut().isEmpty())
                continue;
            QVERIFY2(text.contains(action->shortcut().toString(QKeySequence::NativeText)),
                     qPrintable(action->text()));
        }
        QVERIFY2(text.contains(u"Overview"_s) && text.contains(u"Data"_s), qPrintable(text));
        QVERIFY2(!text.contains(u'&'), qPrintable(text));
    }

    // About names the version and every library with the version this process runs on.
    void aboutNamesTheLibraries() {
        const QString html = pvi::aboutHtml();
        QVERIFY2(html.contains(u"Qt %1"_s.arg(QLatin1String(qVersion()))), qPrintable(html));
        QVERIFY2(html.contains(u"SQLite %1"_s.arg(QLatin1String(sqlite3_libversion()))),
                 qPrintable(html));
        for (const char* name : {"Boost 1.", "NLopt 2.", "LGPL", "BSL-1.0", "public domain"})
            QVERIFY2(html.contains(QLatin1String(name)), name);
    }
};

PVI_TEST_CLASS(TestWindowMenus)
#include "test_window_menus.moc"
