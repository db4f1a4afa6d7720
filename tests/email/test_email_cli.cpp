// `pvi init`, `pvi import` of a Mailchimp campaign export, `pvi rules add --kind campaign-name`
// and `pvi metrics --json` end to end on the built `pvi`; the JSON must carry the pandas
// reference values of tests/reference/email/expected.json.
#include "cli_run.h"
#include "email_test_support.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pvi::test;

namespace {

using Run = pvi::test::CliRun;

using pvi::test::runPvi;

} // namespace

class TestEmailCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void importRulesMetrics() {
        TempDir dir;
        const QString ws = dir.path(QStringLiteral("cli.pvi"));
        Run run = runPvi({QStringLiteral("init"), ws});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runPvi({QStringLiteral("import"), ws,
                      emailFixture(QStringLiteral("mailchimp_campaigns_export.csv"))});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runPvi({QStringLiteral("rules"), QStringLiteral("add"), ws, QStringLiteral("--kind"),
                      QStringLiteral("campaign-name"), QStringLiteral("--pattern"),
                      QStringLiteral("[P]")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runPvi({QStringLiteral("metrics"), ws, QStringLiteral("--from"),
                      QStringLiteral("2025-03-01"), QStringLiteral("--to"),
                      QStringLiteral("2025-04-30"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError parseError;
        const QJsonObject root = QJsonDocument::fromJson(run.out, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, run.out.constData());
        const QJsonObject exp =
            emailReference(QStringLiteral("expected.json"))[u"campaigns"].toObject();
        bool sawOpen = false, sawOrders = false;
        for (const QJsonValue& value : root[u"pvis"].toArray()) {
            const QJsonObject pvi = value.toObject();
            if (pvi[u"id"].toString() == u"average_order_value") {
                sawOrders = true; // the order PVIs are reported alongside (unavailable here)
                QCOMPARE(pvi[u"available"].toBool(), false);
            }
            if (pvi[u"id"].toString() != u"email_open_rate")
                continue;
            sawOpen = true;
            QVERIFY(pvi[u"available"].toBool());
            const QJsonObject open = exp[u"open"].toObject();
            QVERIFY(near(pvi[u"value"].toDouble(), open[u"value"].toDouble(), 1e-12));
            QCOMPARE(pvi[u"n"].toInteger(), open[u"n"].toInteger());
        }
        QVERIFY2(sawOpen && sawOrders, run.out.constData());
    }
};

PVI_TEST_CLASS(TestEmailCli)
#include "test_email_cli.moc"
