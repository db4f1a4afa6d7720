// A shop owner drops four exports of different tools on the window at once — a Shopify orders
// export, a Mailchimp campaign list, a Google Forms survey and a GA4 landing-page report (the
// demo bakery's files in resources/demo, laid out like the platforms' own) — and, without
// mapping a column, the wizard recognises each one, imports them, and the Overview shows the
// email, survey and web PVIs split personalized vs generic, with the numbers the model computes.
#include "gui_test_setup.h"
#include "import/import_wizard.h"
#include "import/import_wizard_file_model.h"
#include "pages/overview_page.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/personalization_rules.h"
#include "shell/main_window.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"
#include "widgets/pvi_tile.h"

#include <QAbstractButton>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHash>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString demoFile(const char* name) {
    return QStringLiteral(PVI_RESOURCES_DIR "/demo/") + QLatin1String(name);
}

} // namespace

class TestDropEveryExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { pvi::test::isolateGuiTestSettings(); }
    void fourToolsDroppedShowEmailSurveyAndWebSplit();
};

void TestDropEveryExport::fourToolsDroppedShowEmailSurveyAndWebSplit() {
    pvi::test::TempDir dir;
    const QString path = dir.path(u"shop.pvi"_s);
    {
        auto created = pvi::Workspace::open(path, pvi::Workspace::Mode::CreateOrOpen);
        QVERIFY2(created.workspace, qPrintable(created.error));
        // Who is personalized: tagged orders, "[P]" campaigns, pages under /for-you/.
        for (const auto& [kind, pattern] : {std::pair{u"order-tag"_s, u"personalized"_s},
                                            {u"campaign-name"_s, u"[P]"_s},
                                            {u"landing-page-prefix"_s, u"/for-you/"_s}}) {
            QString error;
            QVERIFY2(pvi::PersonalizationRules::add(*created.workspace, kind, pattern, &error),
                     qPrintable(error));
        }
    }
    pvi::MainWindow window;
    QVERIFY(window.openWorkspace(path));
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QHash<QString, QString> expectedSource{
        {demoFile("orders_export.csv"), u"shopify-orders"_s},
        {demoFile("mailchimp_campaigns.csv"), u"mailchimp-campaigns"_s},
        {demoFile("customer_feedback_responses.csv"), u"google-forms"_s},
        {demoFile("ga4_landing_page_2026-09.csv"), u"ga4-landing-pages"_s}};
    QList<QUrl> urls;
    for (auto it = expectedSource.cbegin(); it != expectedSource.cend(); ++it)
        urls.append(QUrl::fromLocalFile(it.key()));
    QMimeData mime;
    mime.setUrls(urls);
    const QPoint at = window.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);

    // The wizard detects every source on its own: nothing to choose, nothing to map.
    pvi::ImportWizard* wizard = window.importWizard();
    QVERIFY(wizard);
    pvi::ImportWizardFileModel* files = wizard->fileModel();
    QCOMPARE(files->rowCount(), 4);
    QTRY_VERIFY_WITH_TIMEOUT(files->allScanned(), 20000);
    for (const pvi::ImportFileEntry& entry : files->entries())
        QCOMPARE(entry.source, expectedSource.value(entry.file));
    QVERIFY(!files->hasGenericFiles());
    QVERIFY(files->allValid());

    QSignalSpy finished(&window, &pvi::MainWindow::importFinished);
    wizard->next();
    wizard->next();
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const auto reports = finished.first().at(0).value<QList<pvi::ImportReport>>();
    QCOMPARE(reports.size(), 4);
    for (const pvi::ImportReport& report : reports) {
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.source, expectedSource.value(report.file));
    }

    // The Overview: email, survey and web PVIs, each split with both sides' n, equal to the
    // model's numbers for the same (default) period.
    auto* overview = qobject_cast<pvi::OverviewPage*>(window.page(u"overview"_s));
    QVERIFY(overview);
    QVERIFY(window.showPage(u"overview"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!overview->isBusy() && !overview->data().empty, 60000);
    auto ws = pvi::Workspace::open(path, pvi::Workspace::Mode::OpenExisting);
    QVERIFY(ws.workspace);
    const std::vector<pvi::PviResult> expected =
        pvi::computeMetrics(*ws.workspace, pvi::defaultMetricsQuery(*ws.workspace));
    QHash<QString, const pvi::PviTile*> shown;
    for (const pvi::PviTile* tile : overview->tiles())
        shown.insert(tile->data().id, tile);
    for (const pvi::PviTile* tile : overview->webTiles())
        shown.insert(tile->data().id, tile);
    for (const char* id : {"email_open_rate", "email_click_rate", "nps", "csat", "conversion_rate",
                           "revenue_per_visitor"}) {
        const QString pvi = QString::fromLatin1(id);
        const auto model = std::find_if(expected.begin(), expected.end(),
                                        [&pvi](const pvi::PviResult& r) { return r.id == pvi; });
        QVERIFY2(model != expected.end(), id);
        QVERIFY2(model->available && model->value, qPrintable(pvi + u": "_s + model->reason));
        QVERIFY2(model->personalized.n > 0 && model->control.n > 0, id);
        QVERIFY2(model->liftPercent.has_value(), id);
        const pvi::PviTile* tile = shown.value(pvi);
        QVERIFY2(tile, id);
        const pvi::PviResult& onTile = tile->data().result;
        QCOMPARE(onTile.value, model->value);
        QCOMPARE(onTile.personalized.n, model->personalized.n);
        QCOMPARE(onTile.control.n, model->control.n);
        QCOMPARE(onTile.liftPercent, model->liftPercent);
        QVERIFY2(!tile->liftText().contains(u"n/a"_s), qPrintable(tile->liftText()));
    }
}

PVI_TEST_CLASS(TestDropEveryExport)
#include "test_drop_every_export.moc"
