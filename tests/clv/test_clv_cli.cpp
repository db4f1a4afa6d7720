// pvi clv end to end: the summary-file mode against the scipy/mpmath reference, the accepted
// column names, errors and exit codes, and the workspace mode (backtest, stored parameters).
#include "analytics/lifetime/clv_parameter_store.h"
#include "cli_run.h"
#include "clv_test_data.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace pvi;

namespace {

using Run = pvi::test::CliRun;

using pvi::test::runPvi;

bool close(double actual, double expected, double rel) {
    return std::abs(actual - expected) <= rel * std::abs(expected);
}

void writeFile(const QString& path, const QByteArray& text) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

class TestClvCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void summaryFileMatchesReference();
    void alternativeColumnNamesAndNoSpend();
    void errorsGoToStderr();
    void workspaceRunStoresParameters();
};

void TestClvCli::summaryFileMatchesReference() {
    const Run r = runPvi({QStringLiteral("clv"), QStringLiteral("--summary"),
                          QStringLiteral(PVI_REFERENCE_DIR "/clv/synthetic_summary.csv"),
                          QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject out = QJsonDocument::fromJson(r.out).object();
    const QJsonObject ref =
        test::readReferenceJson(QStringLiteral(PVI_REFERENCE_DIR "/clv/synthetic_reference.json"));
    // Parameters: two optimizers, 1e-4 relative (as in test_clv_reference).
    for (const char* model : {"bgnbd", "gamma_gamma"}) {
        const QJsonObject o = out[QLatin1String(model)].toObject();
        const QJsonObject e = ref[QLatin1String(model)].toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!it.value().isDouble() || it.key() == u"log_likelihood")
                continue;
            QVERIFY2(close(o[it.key()].toDouble(), it.value().toDouble(), 1e-4),
                     qPrintable(QStringLiteral("%1.%2: %3 vs reference %4")
                                    .arg(QLatin1String(model), it.key())
                                    .arg(o[it.key()].toDouble(), 0, 'g', 12)
                                    .arg(it.value().toDouble(), 0, 'g', 12)));
        }
        QVERIFY(o[u"standard_errors"].toObject().size() >= 3);
    }
    // Customers: every row, predictions from the CLI's own fit, so within 1e-3 of the reference
    // predictions (made with scipy's estimates).
    const QJsonArray customers = out[u"customers"].toArray();
    QCOMPARE(customers.size(), 600);
    QHash<QString, QJsonObject> byId;
    for (const auto& c : customers)
        byId.insert(c.toObject()[u"id"].toString(), c.toObject());
    for (const auto& v : ref[u"customers"].toArray()) {
        const QJsonObject e = v.toObject();
        const QJsonObject o = byId.value(e[u"id"].toString());
        for (const char* key :
             {"p_alive", "expected_purchases_39w", "expected_average_spend", "clv_12m"}) {
            const double a = o[QLatin1String(key)].toDouble(), x = e[QLatin1String(key)].toDouble();
            QVERIFY2(close(a, x, 1e-3), qPrintable(QStringLiteral("customer %1 %2: %3 vs %4")
                                                       .arg(e[u"id"].toString(), QLatin1String(key))
                                                       .arg(a, 0, 'g', 12)
                                                       .arg(x, 0, 'g', 12)));
        }
    }
    // Full precision: 17 significant digits survive the round trip.
    // Full precision: the written r reads back to the same double and has at least 15 digits.
    const auto match =
        QRegularExpression(QStringLiteral("\"r\": ([-0-9.eE+]+)")).match(QString::fromUtf8(r.out));
    QVERIFY(match.hasMatch());
    QCOMPARE(match.captured(1).toDouble(), out[u"bgnbd"][u"r"].toDouble());
    QVERIFY2(match.captured(1).count(QRegularExpression(QStringLiteral("[0-9]"))) >= 15,
             qPrintable(match.captured(1)));
}

void TestClvCli::alternativeColumnNamesAndNoSpend() {
    // lifetimes-style names, no id and no spend column: ids are row numbers, no Gamma-Gamma.
    QFile in(QStringLiteral(PVI_REFERENCE_DIR "/clv/synthetic_summary.csv"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray csv = "frequency,recency,T\n";
    in.readLine();
    while (!in.atEnd()) {
        const QList<QByteArray> f = in.readLine().trimmed().split(',');
        csv += f[1] + ',' + f[2] + ',' + f[3] + '\n';
    }
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("flat.csv"));
    writeFile(path, csv);
    const Run r =
        runPvi({QStringLiteral("clv"), QStringLiteral("--summary"), path, QStringLiteral("--json"),
                QStringLiteral("--period-weeks"), QStringLiteral("26")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject out = QJsonDocument::fromJson(r.out).object();
    QVERIFY(out[u"gamma_gamma"].isNull());
    QVERIFY(!out[u"gamma_gamma_reason"].toString().isEmpty());
    const QJsonObject first = out[u"customers"].toArray().first().toObject();
    QCOMPARE(first[u"id"].toString(), QStringLiteral("1"));
    QVERIFY(first[u"expected_purchases_26w"].isDouble());
    QVERIFY(first[u"clv_12m"].isNull());
}

void TestClvCli::errorsGoToStderr() {
    test::TempDir dir;
    const QString bad = dir.path(QStringLiteral("bad.csv"));
    writeFile(bad, "id,x,T\n1,2,30\n");
    Run r = runPvi({QStringLiteral("clv"), QStringLiteral("--summary"), bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("t_x"), r.err.constData());
    QVERIFY(r.out.isEmpty());

    writeFile(bad, "id,x,t_x,T\n1,2,abc,30\n");
    r = runPvi({QStringLiteral("clv"), QStringLiteral("--summary"), bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(":2:3:"), r.err.constData()); // file:line:column

    r = runPvi({QStringLiteral("clv"), QStringLiteral("--horizon-months"), QStringLiteral("x")});
    QCOMPARE(r.exitCode, 2);
    r = runPvi({QStringLiteral("clv")});
    QCOMPARE(r.exitCode, 2);
}

void TestClvCli::workspaceRunStoresParameters() {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("shop.pvi"));
    {
        auto opened = Workspace::open(path, Workspace::Mode::CreateOrOpen);
        QVERIFY2(opened.workspace, qPrintable(opened.error));
        test::insertOrders(opened.workspace->db(),
                           test::generatePurchases(400, 777u, QDate(2024, 1, 1), 60));
    }
    const Run r = runPvi({QStringLiteral("clv"), path, QStringLiteral("--as-of"),
                          QStringLiteral("2025-02-23"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject out = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(out[u"as_of"].toString(), QStringLiteral("2025-02-23"));
    QCOMPARE(out[u"batches"].toString(), QStringLiteral("1"));
    QCOMPARE(out[u"customers"].toArray().size(), 400);
    const QJsonObject bt = out[u"backtest"].toObject();
    QVERIFY2(bt[u"ok"].toBool(), qPrintable(bt[u"reason"].toString()));
    QVERIFY2(out[u"gamma_gamma"].isObject(), qPrintable(out[u"gamma_gamma_reason"].toString()));
    // 60 weeks of history from 2024-01-01 to 2025-02-23 (419 days = 59 whole weeks): 14 weeks.
    QCOMPARE(bt[u"holdout_weeks"].toInt(), 14);
    QCOMPARE(bt[u"weeks"].toArray().size(), 14);
    QVERIFY(!bt[u"verdict"].toString().isEmpty());

    auto opened = Workspace::open(path, Workspace::Mode::OpenExisting);
    QVERIFY2(opened.workspace, qPrintable(opened.error));
    const auto bgRows = loadModelParameters(opened.workspace->db(), QStringLiteral("bgnbd"));
    QCOMPARE(bgRows.size(), std::size_t{6});
    QCOMPARE(bgRows[0].value, out[u"bgnbd"][u"r"].toDouble());
    QCOMPARE(bgRows[0].batches, QStringLiteral("1"));
    QVERIFY(bgRows[0].stdError.has_value());
    const auto ggRows = loadModelParameters(opened.workspace->db(), QStringLiteral("gamma_gamma"));
    QCOMPARE(ggRows.size(), std::size_t{5});
    QCOMPARE(ggRows[2].parameter, QStringLiteral("gamma"));
    QCOMPARE(ggRows[2].value, out[u"gamma_gamma"][u"gamma"].toDouble());
}

PVI_TEST_CLASS(TestClvCli)
#include "test_clv_cli.moc"
