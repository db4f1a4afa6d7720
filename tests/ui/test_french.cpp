// The window in French: with the embedded translation installed and the locale fr_CA, the menus,
// tiles, chart axes and tables speak Canadian French and write numbers, percentages, money and
// dates the French way (decimal comma, non-breaking spaces). Every translation source is
// complete and every embedded .qm loads. The model's texts the window shows as they come (target
// details, import errors) are French too, while the pvi command line keeps them English. Expected
// texts are written out by hand.
#include "analytics/targets/target_status.h"
#include "charts/bar_chart.h"
#include "cli_run.h"
#include "gui_test_setup.h"
#include "importers/import_runner.h"
#include "pages/roi_cost_model.h"
#include "report/report_options.h"
#include "shell/main_window.h"
#include "shell/translations.h"
#include "stats/ab_verdict.h"
#include "stats/rate_comparison.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"
#include "widgets/pvi_tile.h"
#include "widgets/value_format.h"

#include <QChartView>
#include <QCoreApplication>
#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenuBar>
#include <QProcess>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TestFrench : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void languageAndLocaleChoice();
    void numbersMoneyAndDates();
    void menuIsFrench();
    void tileWritesFrench();
    void chartAxisIsFrench();
    void tableCellsAreFrench();
    void commandLineOptions();
    void targetDetailIsFrench();
    void periodLabelIsFrench();
    void testVerdictIsFrench();
    void importErrorIsFrenchInTheWindowOnly();
    void everyMessageIsTranslated();
    void everyTranslationLoads();
};

namespace {

const QChar kNbsp(0x00A0);

/// The texts of a chart's scene (axis labels, titles, legend), once it is laid out.
QStringList sceneTexts(QChartView* view) {
    QStringList texts;
    const auto items = view->scene()->items();
    for (QGraphicsItem* item : items) {
        if (auto* text = qgraphicsitem_cast<QGraphicsTextItem*>(item))
            texts.append(text->toPlainText());
    }
    return texts;
}

/// The unfinished or empty messages of a .ts file, as "context: source".
QStringList untranslatedMessages(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {u"%1: cannot be read"_s.arg(path)};
    QStringList bad;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(u"type"_s).toString();
            const QString text =
                xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (!type.isEmpty() || text.isEmpty())
                bad.append(
                    u"%1: %2 (%3)"_s.arg(context, source, type.isEmpty() ? u"empty"_s : type));
        }
    }
    if (xml.hasError())
        bad.append(u"%1: %2"_s.arg(path, xml.errorString()));
    return bad;
}

QStringList translationSources() {
    const QDir folder(QStringLiteral(PVI_RESOURCES_DIR) + u"/translations"_s);
    QStringList paths;
    for (const QString& name : folder.entryList({u"*.ts"_s}, QDir::Files))
        paths.append(folder.filePath(name));
    return paths;
}

} // namespace

void TestFrench::initTestCase() {
    pvi::test::isolateGuiTestSettings();
    QCOMPARE(pvi::applyLanguage(u"fr"_s), u"fr"_s);
}

void TestFrench::cleanupTestCase() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestFrench::languageAndLocaleChoice() {
    const QLocale enUS(QLocale::English, QLocale::UnitedStates);
    const QLocale frFR(QLocale::French, QLocale::France);
    QVERIFY2(pvi::availableLanguages().contains(u"fr"_s), "the French translation is embedded");
    QCOMPARE(pvi::resolveLanguage(u"fr"_s, enUS), u"fr"_s);
    QCOMPARE(pvi::resolveLanguage(u"en"_s, frFR), u"en"_s);
    QCOMPARE(pvi::resolveLanguage(u"system"_s, frFR), u"fr"_s);
    QCOMPARE(pvi::resolveLanguage(u"system"_s, enUS), u"en"_s);
    QCOMPARE(pvi::resolveLanguage(QString(), QLocale(QLocale::German, QLocale::Germany)), u"en"_s);
    // French keeps a French-speaking territory, otherwise Canada's.
    QCOMPARE(pvi::localeForLanguage(u"fr"_s, frFR).name(), u"fr_FR"_s);
    QCOMPARE(pvi::localeForLanguage(u"fr"_s, enUS).name(), u"fr_CA"_s);
    QCOMPARE(pvi::localeForLanguage(u"fr"_s, QLocale::c()).name(), u"fr_CA"_s);
    QCOMPARE(pvi::localeForLanguage(u"fr"_s, QLocale(QLocale::English, QLocale::Canada)).name(),
             u"fr_CA"_s);
    QCOMPARE(pvi::localeForLanguage(u"en"_s, QLocale(QLocale::French, QLocale::Canada)).name(),
             u"en_CA"_s);
    QCOMPARE(pvi::localeForLanguage(u"en"_s, QLocale::c()).name(), u"en_US"_s);
    QCOMPARE(QLocale().name(), u"fr_CA"_s);
}

void TestFrench::numbersMoneyAndDates() {
    QCOMPARE(pvi::formatValue(1234.5, pvi::ValueKind::Percent),
             u"1 234,5 %"_s.replace(u' ', kNbsp));
    QCOMPARE(pvi::formatCount(12345), u"12 345"_s.replace(u' ', kNbsp));
    // The locale's own currency after the amount; other dollars say whose.
    QCOMPARE(pvi::formatMoney(12.5, u"CAD"_s), u"12,50 $"_s.replace(u' ', kNbsp));
    QCOMPARE(pvi::formatMoney(-1234.5, u"USD"_s), u"−1 234,50 $ US"_s.replace(u' ', kNbsp));
    QCOMPARE(pvi::formatMoney(3, u"EUR"_s), u"3,00 €"_s.replace(u' ', kNbsp));
    QCOMPARE(pvi::formatMoney(3, QString()), u"3,00"_s);
    QCOMPARE(pvi::formatSignedPercent(3.14), u"+3,1 %"_s.replace(u' ', kNbsp));
    QCOMPARE(pvi::formatChange(13.5, 13.7, pvi::ValueKind::Percent).first, u"▼ 0,2 pts"_s);
    QCOMPARE(pvi::formatDay(QDate(2025, 3, 5)), u"5 mars 2025"_s);
    QCOMPARE(pvi::formatPValue(0.1234), u"p = 0,12"_s);
    QCOMPARE(pvi::formatPValue(0.0004), u"p < 0,001"_s);
    // The command line's formatting is untouched: English, symbol first.
    QCOMPARE(pvi::moneyText(1234.5, u"CAD"_s), u"CA$1,234.50"_s);
}

void TestFrench::menuIsFrench() {
    pvi::MainWindow window;
    const QList<QAction*> menus = window.menuBar()->actions();
    QVERIFY2(menus.size() >= 4, "the window has its menus");
    QStringList titles;
    for (const QAction* menu : menus)
        titles.append(menu->text());
    QVERIFY2(titles.contains(u"&Fichier"_s) && titles.contains(u"&Édition"_s) &&
                 titles.contains(u"&Affichage"_s) && titles.contains(u"Aid&e"_s),
             qPrintable(titles.join(u", "_s)));
    QStringList fileActions;
    for (const QAction* action : menus.first()->menu()->actions())
        fileActions.append(action->text());
    QVERIFY2(fileActions.contains(u"&Ouvrir…"_s) && fileActions.contains(u"&Quitter"_s),
             qPrintable(fileActions.join(u", "_s)));
    // The report the window exports follows its language.
    QCOMPARE(pvi::report::reportSectionTitle(u"summary"_s), u"Sommaire"_s);
    QCOMPARE(pvi::report::reportSectionTitle(u"glossary"_s), u"Annexe C\u00A0: Glossaire"_s);
}

void TestFrench::tileWritesFrench() {
    pvi::PviTileData data;
    data.id = u"conversion_rate"_s;
    data.title = u"Taux de conversion"_s;
    data.kind = pvi::ValueKind::Percent;
    data.result.id = data.id;
    data.result.available = true;
    data.result.value = 12.345;
    data.result.n = 1500;
    data.result.previous.value = 10.0;
    data.result.liftPercent = 4.26;
    data.result.pValue = 0.2;
    data.trend = {1, 2, 3};
    pvi::PviTile tile;
    tile.setData(data);
    QCOMPARE(tile.valueText(), u"12,3 %"_s.replace(u' ', kNbsp));
    // 12.345 − 10.0 = 2.345 points → "2,3"; the sentence is the translation's.
    QCOMPARE(tile.changeText(), u"▲ 2,3 pts  vs période précédente"_s);
    QCOMPARE(tile.liftText(), u"+4,3 %"_s.replace(u' ', kNbsp));
    QVERIFY2(tile.toolTip().contains(u"Personnalisé"_s), qPrintable(tile.toolTip()));
}

void TestFrench::chartAxisIsFrench() {
    pvi::BarChart chart(u"frenchBars"_s);
    chart.resize(640, 420);
    // Bars up to 1.2: the axis runs 0 to 1.5 in steps of 0.5, written with one decimal.
    chart.setData(u"Panier"_s, {u"Personnalisé"_s, u"Générique"_s},
                  {{u"Commandes"_s, {0.4, 1.2}, {}}}, u"Commandes par client"_s, u"%.1f"_s);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    auto* view = chart.findChild<QChartView*>();
    QVERIFY(view);
    QTRY_VERIFY2(sceneTexts(view).contains(u"1,5"_s), qPrintable(sceneTexts(view).join(u" | "_s)));
    const QStringList texts = sceneTexts(view);
    QVERIFY2(texts.contains(u"0,5"_s) && !texts.contains(u"0.5"_s),
             qPrintable(texts.join(u" | "_s)));
}

void TestFrench::tableCellsAreFrench() {
    pvi::RoiCostModel model;
    model.setLines({{u"Courriel"_s, u"Logiciel"_s, 1234.5}, {u"Web"_s, u"Agence"_s, 765.5}},
                   u"CAD"_s);
    QCOMPARE(model.data(model.index(0, pvi::RoiCostModel::Amount)).toString(),
             u"1 234,50 $"_s.replace(u' ', kNbsp));
    // 1234.5 of 2000 = 61.725% → "61,7 %".
    QCOMPARE(model.data(model.index(0, pvi::RoiCostModel::Share)).toString(),
             u"61,7 %"_s.replace(u' ', kNbsp));
}

void TestFrench::commandLineOptions() {
    QProcess studio;
    studio.start(QStringLiteral(PVI_STUDIO_PATH), {u"--language"_s, u"fr"_s, u"--help"_s});
    QVERIFY(studio.waitForFinished(60000));
    const QString help = QString::fromUtf8(studio.readAllStandardOutput());
    QVERIFY2(help.contains(u"La page à afficher"_s) && help.contains(u"--language"_s),
             qPrintable(help));
    QProcess wrong;
    wrong.start(QStringLiteral(PVI_STUDIO_PATH), {u"--language"_s, u"xx"_s});
    QVERIFY(wrong.waitForFinished(60000));
    QCOMPARE(wrong.exitCode(), 2);
    QVERIFY2(QString::fromUtf8(wrong.readAllStandardError()).contains(u"--language"_s),
             "an unknown language is refused with the option named");
}

void TestFrench::targetDetailIsFrench() {
    // No alert bounds: 8.99 against 10 is more than 10% short.
    const pvi::TargetAssessment off =
        pvi::assessTarget(8.99, {10.0, {}, {}}, pvi::TargetDirection::HigherIsBetter);
    QCOMPARE(off.status, pvi::TargetStatus::OffTrack);
    QCOMPARE(off.reason, u"rate la cible de plus de 10 %"_s);
    const pvi::TargetAssessment watch =
        pvi::assessTarget(9.0, {10.0, 8.0, 20.0}, pvi::TargetDirection::HigherIsBetter);
    QCOMPARE(watch.reason, u"rate la cible, sans franchir le seuil d'alerte"_s);
}

void TestFrench::periodLabelIsFrench() {
    pvi::PeriodFilter filter;
    filter.preset = pvi::PeriodFilter::Preset::Last90Days;
    QCOMPARE(pvi::periodFilterLabel(filter), u"90 derniers jours"_s);
    filter.preset = pvi::PeriodFilter::Preset::Custom;
    filter.customFrom = QDate(2025, 2, 1);
    filter.customTo = QDate(2025, 3, 5);
    QCOMPARE(pvi::periodFilterLabel(filter), u"1 févr. 2025 – 5 mars 2025"_s);
}

void TestFrench::testVerdictIsFrench() {
    // 300 of 10,000 against 400 of 10,000: the treatment wins clearly.
    const pvi::RateComparison r = pvi::compareRates({10000, 300}, {10000, 400});
    const QString verdict = pvi::abVerdict(r, pvi::kVerdictAlpha, QLocale());
    QVERIFY2(verdict.startsWith(
                 u"La variante testée l'emporte : la variante testée convertit à "
                 u"4,00 % contre 3,00 % pour le témoin"_s.replace(u"0 %"_s, u"0\u00A0%"_s)),
             qPrintable(verdict));
}

void TestFrench::importErrorIsFrenchInTheWindowOnly() {
    // Shipping is column 10 of the file; its 'six' on line 2 is not an amount.
    const QString file =
        QStringLiteral(PVI_FIXTURES_DIR) + u"/shopify/bad_input/bad_optional_value.csv"_s;
    pvi::test::TempDir dir;
    auto opened =
        pvi::Workspace::open(dir.path(u"window.pvi"_s), pvi::Workspace::Mode::CreateOrOpen);
    QVERIFY2(opened.workspace, qPrintable(opened.error));
    const pvi::ImportReport report = pvi::importFile(*opened.workspace, file);
    QVERIFY2(report.ok && !report.issues.isEmpty(), qPrintable(report.error));
    const pvi::ImportIssue& issue = report.issues.first();
    QCOMPARE(issue.code, u"bad-money"_s);
    QCOMPARE(issue.message,
             u"Shipping « six » est illisible; attendu : un montant comme 12.50 (laissé vide)"_s);

    // The command line installs no translator: the same issue in its JSON stays English.
    const QString ws = dir.path(u"cli.pvi"_s);
    QCOMPARE(pvi::test::runPvi({u"init"_s, ws}).exitCode, 0);
    const pvi::test::CliRun run = pvi::test::runPvi({u"import"_s, ws, file, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray reports = QJsonDocument::fromJson(run.out).array();
    QVERIFY2(reports.size() == 1, run.out.constData());
    const QJsonObject cliIssue =
        reports.first().toObject().value(u"issues"_s).toArray().first().toObject();
    QCOMPARE(cliIssue.value(u"code"_s).toString(), u"bad-money"_s);
    QCOMPARE(cliIssue.value(u"message"_s).toString(),
             u"Shipping 'six' cannot be read; expected an amount such as 12.50 (left empty)"_s);
}

void TestFrench::everyMessageIsTranslated() {
    const QStringList sources = translationSources();
    QVERIFY2(!sources.isEmpty(), "resources/translations holds the .ts files");
    QStringList bad;
    for (const QString& path : sources)
        bad += untranslatedMessages(path);
    QVERIFY2(bad.isEmpty(),
             qPrintable(u"%1 untranslated messages:\n"_s.arg(bad.size()) + bad.join(u'\n')));
}

void TestFrench::everyTranslationLoads() {
    const QDir embedded(u":/i18n"_s);
    for (const QString& source : translationSources()) {
        const QString qm = QFileInfo(source).completeBaseName() + u".qm"_s;
        QTranslator translator;
        QVERIFY2(translator.load(embedded.filePath(qm)), qPrintable(qm + u" is embedded"_s));
        QVERIFY2(!translator.isEmpty(), qPrintable(qm));
        // French files are Canadian French; English's holds only its plural forms.
        const QString language = QFileInfo(source).completeBaseName().section(u'_', -1);
        QCOMPARE(translator.language(), language == u"en"_s ? u"en"_s : u"fr_CA"_s);
    }
    // Plural forms: one, then many.
    QCOMPARE(QCoreApplication::translate("pvi::AlertsPanel", "%n alert(s). %1", nullptr, 1),
             u"1 alerte. %1"_s);
    QCOMPARE(QCoreApplication::translate("pvi::AlertsPanel", "%n alert(s). %1", nullptr, 3),
             u"3 alertes. %1"_s);
}

PVI_TEST_CLASS(TestFrench)
#include "test_french.moc"
