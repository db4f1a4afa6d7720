// The French translation of the pages and of the PVI table's texts
// (resources/translations/pvi_pages_fr.ts, compiled by lrelease for this test into the .qm whose
// path is PVI_PAGES_FR_QM): with its translator installed, every PVI's texts come back French from
// translated(), the Overview's heading and its tiles' titles and explanations are French, and the
// catalogue window's Markdown is French while the model's catalogue (the CLI, the docs) stays
// English.
#include "gui_test_setup.h"
#include "page_test_workspace.h"
#include "pages/page.h"
#include "pages/segment_table_model.h"
#include "pvi/engine/pvi_catalogue.h"
#include "pvi/engine/pvi_registry.h"
#include "shell/main_window.h"
#include "temp_workspace.h"
#include "test_registry.h"
#include "widgets/pvi_text.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestFrenchPages : public QObject {
    Q_OBJECT

private:
    pvi::test::TempDir m_dir;
    QString m_path;
    QTranslator m_translator;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyPviTextIsFrench();
    void overviewShowsFrenchHeadingAndTiles();
    void catalogueWindowIsFrenchAndTheModelsStaysEnglish();
    void tableHeadersFromTablesOfTextsAreFrench();
};

void TestFrenchPages::initTestCase() {
    pvi::test::isolateGuiTestSettings();
    QVERIFY2(m_translator.load(QStringLiteral(PVI_PAGES_FR_QM)),
             "the French .qm compiled from resources/translations/pvi_pages_fr.ts loads");
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
    m_path = m_dir.path(u"shop.pvi"_s);
    const QString error = pvi::test::buildDemoWorkspace(m_path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestFrenchPages::cleanupTestCase() {
    QCoreApplication::removeTranslator(&m_translator);
}

void TestFrenchPages::everyPviTextIsFrench() {
    QStringList english;
    for (const pvi::PviDefinition& d : pvi::PviRegistry::definitions()) {
        const pvi::PviDefinition fr = pvi::translated(d);
        QCOMPARE(fr.id, d.id);
        if (fr.explanation == d.explanation || fr.formula == d.formula ||
            fr.dataNeeded == d.dataNeeded)
            english << d.id;
    }
    QVERIFY2(english.isEmpty(),
             qPrintable(u"PVIs whose explanation, formula or data needed stayed English: "_s +
                        english.join(u", "_s)));
    const pvi::PviDefinition* aov = pvi::PviRegistry::find(u"average_order_value"_s);
    QVERIFY(aov);
    QCOMPARE(pvi::translated(*aov).title, u"Panier moyen"_s);
    QCOMPARE(aov->title, u"Average order value"_s); // the model's definition stays English
    const pvi::PviDefinition* conversion = pvi::PviRegistry::find(u"conversion_rate"_s);
    QVERIFY(conversion);
    QVERIFY2(pvi::translated(*conversion).title.startsWith(u"Taux de conversion"_s),
             qPrintable(pvi::translated(*conversion).title));
    QCOMPARE(pvi::translatedFamilyTitle(pvi::PviFamily::Orders), u"Commandes"_s);
}

void TestFrenchPages::overviewShowsFrenchHeadingAndTiles() {
    pvi::MainWindow window;
    window.resize(1440, 900);
    window.show();
    QString error;
    QVERIFY2(window.openWorkspace(m_path, &error), qPrintable(error));
    pvi::Page* page = window.page(u"overview"_s);
    QVERIFY(page);
    QSignalSpy loaded(page, &pvi::Page::loaded);
    window.showPage(u"overview"_s);
    QVERIFY2(QTest::qWaitFor([&] { return !loaded.isEmpty() && !page->isBusy(); }, 120000),
             "the Overview loads");

    const auto* heading = page->findChild<QLabel*>(u"pageHeading"_s);
    QVERIFY(heading);
    QCOMPARE(heading->text(), u"Vue d'ensemble"_s);
    const auto* note = page->findChild<QLabel*>(u"selfSelectionNote"_s);
    QVERIFY(note);
    QVERIFY2(note->text().contains(u"autosélectionnés"_s), qPrintable(note->text()));

    const auto* tile = page->findChild<QWidget*>(u"tile_average_order_value"_s);
    QVERIFY2(tile, "the average order value's tile is shown");
    const QString tip = tile->toolTip();
    QVERIFY2(tip.contains(u"Panier moyen"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"par commande"_s), qPrintable(u"a French explanation: "_s + tip));
    QVERIFY2(!tip.contains(u"How much a customer spends per order"_s), qPrintable(tip));
    const auto* repeat = page->findChild<QWidget*>(u"tile_repeat_purchase_rate"_s);
    QVERIFY(repeat);
    QVERIFY2(repeat->toolTip().contains(u"Taux de réachat"_s), qPrintable(repeat->toolTip()));
}

void TestFrenchPages::catalogueWindowIsFrenchAndTheModelsStaysEnglish() {
    const QString french = pvi::translatedPviCatalogueMarkdown();
    QVERIFY2(french.startsWith(u"# Catalogue des PVI"_s), qPrintable(french.left(80)));
    QVERIFY2(french.contains(u"### Panier moyen (`average_order_value`)"_s),
             "the catalogue window's entries are French, their ids unchanged");
    QVERIFY2(french.contains(u"\n## Commandes\n"_s), "the families' titles are French");
    const QString english = pvi::pviCatalogueMarkdown();
    QVERIFY2(english.startsWith(u"# PVI catalogue"_s), qPrintable(english.left(80)));
    QVERIFY2(english.contains(u"### Average order value (`average_order_value`)"_s),
             "the model's catalogue (pvi catalogue, docs/pvi-catalogue.md) stays English");
}

void TestFrenchPages::tableHeadersFromTablesOfTextsAreFrench() {
    // The segments table's columns are a constexpr table of texts translated when shown.
    const pvi::SegmentTableModel model;
    QCOMPARE(model.headerData(pvi::SegmentTableModel::Retention, Qt::Horizontal).toString(),
             u"Fidélisation"_s);
    QCOMPARE(model.headerData(pvi::SegmentTableModel::Customers, Qt::Horizontal).toString(),
             u"Clients"_s);
}

PVI_TEST_CLASS(TestFrenchPages)
#include "test_french_pages.moc"
