// The window works with a screen reader and without a mouse, on the whole demo shop: on every
// page (and every tab of a page) each button, box, field, list, table, chart and PVI tile that
// assistive technology sees has a name; every chart's description says what its data is, with
// numbers; a tile reads its value and comparison. From the filter bar, Tab reaches the page's
// first table, and the focused tile or chart is what Edit › Copy takes.
#include "charts/chart_summary.h"
#include "gui_test_setup.h"
#include "pages/page.h"
#include "pages/page_catalog.h"
#include "pvi/engine/demo_shop_setup.h"
#include "shell/copy_focused.h"
#include "shell/filter_bar.h"
#include "shell/main_window.h"
#include "show_page_and_wait.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"
#include "widgets/pvi_tile.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QListWidget>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

/// The roles a user acts on or reads as one thing: each must have a name.
bool needsName(QAccessible::Role role) {
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::List:
    case QAccessible::ListItem:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::Chart:
    case QAccessible::Graphic:
        return true;
    default:
        return false;
    }
}

/// How a failure names an element: its role, class and object name.
QString describeElement(QAccessibleInterface* iface) {
    QObject* object = iface->object();
    QString role =
        QString::fromLatin1(QAccessible::staticMetaObject
                                .enumerator(QAccessible::staticMetaObject.indexOfEnumerator("Role"))
                                .valueToKey(iface->role()));
    if (object == nullptr && iface->parent() && iface->parent()->object())
        object = iface->parent()->object(); // a list item: name its list
    return u"%1 %2 '%3'"_s.arg(
        role, object ? QString::fromLatin1(object->metaObject()->className()) : u"?"_s,
        object ? object->objectName() : QString());
}

/// What one walk of the accessible tree checked and found wanting.
struct Walk {
    int checked = 0;
    int charts = 0;
    int tiles = 0;
    QStringList problems;
};

void walk(QAccessibleInterface* iface, const QString& where, Walk& result) {
    if (iface == nullptr || iface->state().invisible)
        return;
    const QAccessible::Role role = iface->role();
    QObject* object = iface->object();
    const QString name = iface->text(QAccessible::Name).trimmed();
    if (auto* tile = qobject_cast<pvi::PviTile*>(object)) {
        ++result.tiles;
        ++result.checked;
        if (name != tile->data().title)
            result.problems << u"%1: tile %2 is named '%3', not its title"_s.arg(
                where, tile->objectName(), name);
        const QString description = iface->text(QAccessible::Description);
        if (!description.contains(QRegularExpression(u"\\d"_s)) && tile->data().result.available)
            result.problems << u"%1: tile %2 does not read its value: '%3'"_s.arg(
                where, tile->objectName(), description);
    } else if (needsName(role)) {
        ++result.checked;
        if (name.isEmpty())
            result.problems << u"%1: %2 has no name"_s.arg(where, describeElement(iface));
    }
    if (role == QAccessible::Chart) {
        ++result.charts;
        const QString description = iface->text(QAccessible::Description);
        if (!description.contains(QRegularExpression(u"\\d"_s)))
            result.problems << u"%1: chart %2 has no description with numbers: '%3'"_s.arg(
                where, describeElement(iface), description);
    }
    // Cells of tables and the items of a combo box's popup are read through their container.
    if (role == QAccessible::Table || role == QAccessible::Tree || role == QAccessible::ComboBox)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), where, result);
}

/// The page's visible tables, top to bottom then left to right: the first is what a reader
/// meets first.
QList<QTableView*> tablesInReadingOrder(pvi::Page* page) {
    QList<QTableView*> tables;
    for (QTableView* table : page->findChildren<QTableView*>())
        if (table->isVisibleTo(page))
            tables << table;
    std::stable_sort(tables.begin(), tables.end(), [page](QWidget* a, QWidget* b) {
        const QPoint pa = a->mapTo(page, QPoint());
        const QPoint pb = b->mapTo(page, QPoint());
        return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
    });
    return tables;
}

QString focusName(QWidget* w) {
    return w ? QString::fromLatin1(w->metaObject()->className()) + u" '"_s + w->objectName() +
                   u"'"_s
             : u"nothing"_s;
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        pvi::test::isolateGuiTestSettings();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.path(u"demo.pvi"_s);
        auto opened = pvi::Workspace::open(m_path, pvi::Workspace::Mode::CreateOrOpen);
        QVERIFY2(opened.workspace, qPrintable(opened.error));
        const pvi::DemoShopImport demo = pvi::importDemoShop(*opened.workspace);
        QVERIFY2(demo.ok(), qPrintable(demo.rulesError));
        QAccessible::setActive(true);
    }

    // Every page, and every tab of a page, walked as a screen reader sees it.
    void everyElementHasANameAndEveryChartADescription() {
        pvi::MainWindow window;
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(window.openWorkspace(m_path, &error), qPrintable(error));
        QStringList problems;
        int checked = 0;
        int charts = 0;
        int tiles = 0;
        int views = 0;
        for (const pvi::PageEntry& entry : pvi::pageCatalog()) {
            QVERIFY2(pvi::test::showPageAndWait(window, entry.id),
                     qPrintable(entry.id + u" never loaded"_s));
            QList<std::pair<QTabWidget*, int>> tabs{{nullptr, 0}};
            for (QTabWidget* tabWidget : window.page(entry.id)->findChildren<QTabWidget*>())
                for (int i = 1; i < tabWidget->count(); ++i)
                    tabs.append({tabWidget, i});
            // Widgets a page adds with its data are shown by a queued call: let it run.
            QCoreApplication::processEvents();
            for (const auto& [tabWidget, index] : tabs) {
                QString where = entry.id;
                if (tabWidget) {
                    tabWidget->setCurrentIndex(index);
                    where += u" › "_s + tabWidget->tabText(index);
                    QCoreApplication::processEvents();
                }
                Walk result;
                walk(QAccessible::queryAccessibleInterface(&window), where, result);
                problems << result.problems;
                checked += result.checked;
                charts += result.charts;
                tiles += result.tiles;
                ++views;
            }
        }
        problems.removeDuplicates();
        qInfo("%d pages and tabs, %d named elements checked, %d charts, %d tiles", views, checked,
              charts, tiles);
        for (const QString& problem : std::as_const(problems))
            qWarning("%s", qPrintable(problem));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(
                     u"%1 elements a screen reader cannot name or read:\n"_s.arg(problems.size()) +
                     problems.join(u'\n')));
        QVERIFY2(views > 10, "every page and its tabs should have been walked");
        QVERIFY2(charts >= 20, qPrintable(u"only %1 charts were seen"_s.arg(charts)));
        QVERIFY2(tiles >= 40, qPrintable(u"only %1 tiles were seen"_s.arg(tiles)));
    }

    // Tab from the filter bar (or, on a page that does not use it, the navigation) goes
    // through the page in order and reaches its first table without leaving the page.
    void tabReachesEveryPagesFirstTable() {
        pvi::MainWindow window;
        window.resize(1440, 900);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QString error;
        QVERIFY2(window.openWorkspace(m_path, &error), qPrintable(error));
        int pagesWithTables = 0;
        for (const pvi::PageEntry& entry : pvi::pageCatalog()) {
            QVERIFY2(pvi::test::showPageAndWait(window, entry.id),
                     qPrintable(entry.id + u" never loaded"_s));
            pvi::Page* page = window.page(entry.id);
            const QList<QTableView*> tables = tablesInReadingOrder(page);
            if (tables.isEmpty())
                continue;
            ++pagesWithTables;
            auto* comparison = window.filterBar()->findChild<QComboBox*>(u"filterComparison"_s);
            QWidget* start = comparison && comparison->isVisible()
                                 ? static_cast<QWidget*>(comparison)
                                 : window.navigation();
            start->setFocus(Qt::TabFocusReason);
            QTRY_COMPARE(QApplication::focusWidget(), start);
            QStringList stops;
            bool reached = false;
            for (int i = 0; i < 400 && !reached; ++i) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                QWidget* focus = QApplication::focusWidget();
                stops << focusName(focus);
                if (focus == tables.first()) {
                    reached = true;
                } else if (!focus || !page->isAncestorOf(focus)) {
                    break;
                }
            }
            QVERIFY2(reached, qPrintable(u"%1: Tab from %2 left the page before its first table "
                                         "%3; it stopped at: %4"_s.arg(entry.id, focusName(start),
                                                                       focusName(tables.first()),
                                                                       stops.join(u", "_s))));
        }
        QVERIFY2(pagesWithTables >= 6,
                 qPrintable(u"only %1 pages had tables"_s.arg(pagesWithTables)));
    }

    // A tile and a chart are reached by the keyboard and Edit › Copy takes them.
    void theFocusedTileAndChartAreCopied() {
        pvi::MainWindow window;
        window.resize(1440, 900);
        window.show();
        QString error;
        QVERIFY2(window.openWorkspace(m_path, &error), qPrintable(error));
        QVERIFY(pvi::test::showPageAndWait(window, u"overview"_s));
        auto* tile = window.page(u"overview"_s)->findChild<pvi::PviTile*>();
        QVERIFY2(tile && tile->focusPolicy() & Qt::TabFocus, "a tile should take Tab focus");
        QApplication::clipboard()->clear();
        QVERIFY2(pvi::copyFocused(tile), "Copy should take the focused tile");
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(tile->data().title) && copied.contains(tile->valueText()),
                 qPrintable(u"the tile's title and value, not: "_s + copied));
        QWidget* chart = nullptr;
        for (QWidget* w : window.page(u"overview"_s)->findChildren<QWidget*>())
            if (pvi::charts::isAccessibleChart(w) && (w->focusPolicy() & Qt::TabFocus)) {
                chart = w;
                break;
            }
        QVERIFY2(chart, "a chart of the overview should take Tab focus");
        QApplication::clipboard()->clear();
        QVERIFY2(pvi::copyFocused(chart), "Copy should take the focused chart");
        QVERIFY2(!QApplication::clipboard()->image().isNull(), "the chart's picture was copied");
    }

private:
    pvi::test::TempDir m_dir;
    QString m_path;
};

PVI_TEST_CLASS(TestAccessibility)
#include "test_accessibility.moc"
