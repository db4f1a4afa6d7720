// `pvi abtest` end to end: runs the built binary and compares its JSON with the same scipy /
// statsmodels / mpmath references as the model tests (tests/reference/stats/ab_cases.json).
// Tolerances: p-values relative 1e-6, probability to beat absolute 1e-6, others relative 1e-9.
#include "cli_run.h"
#include "reference_compare.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using pvi::test::kProbability;
using pvi::test::kPValue;
using pvi::test::kStatistic;
using pvi::test::mismatch;
using pvi::test::Tolerance;

namespace {

using Run = pvi::test::CliRun;

using pvi::test::runPvi;

QString armArg(const QJsonValue& pair) {
    return QStringLiteral("%1:%2").arg(pair[0].toInteger()).arg(pair[1].toInteger());
}

QJsonObject namedCase(const char* name) {
    for (const QJsonValue& v : pvi::test::loadAbReference().value(u"rate_cases").toArray()) {
        if (v[u"name"].toString() == QLatin1String(name))
            return v.toObject();
    }
    return {};
}

std::optional<double> opt(const QJsonValue& v) {
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

} // namespace

class TestAbtestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rates_data() {
        QTest::addColumn<QJsonObject>("item");
        for (const QJsonValue& v : pvi::test::loadAbReference().value(u"rate_cases").toArray())
            QTest::newRow(v[u"name"].toString().toUtf8().constData()) << v.toObject();
    }

    void rates() {
        QFETCH(QJsonObject, item);
        const Run run = runPvi({QStringLiteral("abtest"), QStringLiteral("--control"),
                                armArg(item[u"control"]), QStringLiteral("--treatment"),
                                armArg(item[u"treatment"]), QStringLiteral("--planned-split"),
                                QString::number(item[u"planned_split"].toDouble(), 'g', 17),
                                QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError parseError;
        const QJsonObject out = QJsonDocument::fromJson(run.out, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError,
                 qPrintable(parseError.errorString()));
        QStringList failures;
        const auto check = [&](const QString& what, const QJsonValue& actual,
                               const QJsonValue& expected, Tolerance tolerance) {
            if (QString m = mismatch(what, opt(actual), expected, tolerance); !m.isEmpty())
                failures << m;
        };
        const QJsonObject tests = out[u"tests"].toObject();
        check(u"z p (proportions_ztest)"_qs, tests[u"z"][u"p_value"], item[u"z"][1], kPValue);
        check(u"z statistic"_qs, tests[u"z"][u"statistic"], item[u"z"][0], kStatistic);
        check(u"chi2 p (chi2_contingency)"_qs, tests[u"chi_square"][u"p_value"],
              item[u"chi_square"][1], kPValue);
        check(u"Yates p (chi2_contingency)"_qs, tests[u"chi_square_yates"][u"p_value"],
              item[u"chi_square_yates"][1], kPValue);
        check(u"Fisher p (fisher_exact)"_qs, tests[u"fisher_exact"][u"p_value"], item[u"fisher_p"],
              kPValue);
        check(u"headline p"_qs, out[u"p_value"], item[u"p_value"], kPValue);
        check(u"probability to beat (numeric integration)"_qs, out[u"probability_to_beat"],
              item[u"probability_to_beat"], kProbability);
        check(u"SRM p (chisquare)"_qs, out[u"srm"][u"p_value"], item[u"srm"][1], kPValue);
        check(u"lift %"_qs, out[u"lift_percent"], item[u"lift_percent"][0], kStatistic);
        const QJsonValue liftCi = out[u"lift_ci_95_percent"];
        check(u"Katz lift low"_qs, liftCi.isArray() ? liftCi[0] : QJsonValue(),
              item[u"lift_percent"][1], kStatistic);
        check(u"Katz lift high"_qs, liftCi.isArray() ? liftCi[1] : QJsonValue(),
              item[u"lift_percent"][2], kStatistic);
        const QJsonValue diffCi = out[u"difference_ci_95"];
        check(u"Newcombe low"_qs, diffCi.isArray() ? diffCi[0] : QJsonValue(),
              item[u"difference"][1], kStatistic);
        check(u"Newcombe high"_qs, diffCi.isArray() ? diffCi[1] : QJsonValue(),
              item[u"difference"][2], kStatistic);
        for (const char* arm : {"control", "treatment"}) {
            const QString name = QLatin1String(arm);
            const QJsonValue wilson = out[name][u"wilson_95"];
            const QJsonValue expected = item[name + u"_wilson"_qs];
            check(name + u" Wilson low (proportion_confint)"_qs,
                  wilson.isArray() ? wilson[0] : QJsonValue(), expected[0], kStatistic);
            check(name + u" Wilson high (proportion_confint)"_qs,
                  wilson.isArray() ? wilson[1] : QJsonValue(), expected[1], kStatistic);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n")));
        // An undefined value is null with a reason, never 0.
        bool anyNull = out[u"p_value"].isNull() || out[u"lift_percent"].isNull() ||
                       liftCi.isNull() || diffCi.isNull() || out[u"probability_to_beat"].isNull() ||
                       out[u"srm"][u"p_value"].isNull();
        for (const QString& test : tests.keys())
            anyNull = anyNull || tests[test][u"p_value"].isNull();
        QCOMPARE(!out[u"reasons"].toArray().isEmpty(), anyNull);
        QVERIFY(!out[u"verdict"].toString().isEmpty());
    }

    void plan() {
        for (const QJsonValue& v : pvi::test::loadAbReference().value(u"plan_cases").toArray()) {
            const Run run = runPvi(
                {QStringLiteral("abtest"), QStringLiteral("--plan"), QStringLiteral("--baseline"),
                 QString::number(v[u"baseline"].toDouble(), 'g', 17), QStringLiteral("--mde"),
                 QString::number(v[u"mde_absolute"].toDouble(), 'g', 17), QStringLiteral("--power"),
                 QString::number(v[u"power"].toDouble(), 'g', 17), QStringLiteral("--alpha"),
                 QString::number(v[u"alpha"].toDouble(), 'g', 17), QStringLiteral("--json")});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            const QJsonObject out = QJsonDocument::fromJson(run.out).object();
            // Evan Miller's formula with scipy.stats.norm quantiles, rounded to the nearest visitor
            QCOMPARE(out[u"required_sample_per_arm"].toInteger(), v[u"per_arm"].toInteger());
            for (const char* key : {"baseline", "mde_absolute", "power", "alpha"})
                QVERIFY2(out.contains(QLatin1String(key)), key);
        }
        // The planner run backwards (scipy.optimize.brentq on the same formula), relative 1e-9.
        for (const QJsonValue& v :
             pvi::test::loadAbReference().value(u"detectable_cases").toArray()) {
            const Run run = runPvi(
                {QStringLiteral("abtest"), QStringLiteral("--plan"), QStringLiteral("--baseline"),
                 QString::number(v[u"baseline"].toDouble(), 'g', 17), QStringLiteral("--visitors"),
                 QString::number(v[u"visitors_per_arm"].toDouble(), 'g', 17),
                 QStringLiteral("--json")});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            const QJsonObject out = QJsonDocument::fromJson(run.out).object();
            const QString m =
                mismatch(u"detectable effect (brentq)"_qs, opt(out[u"detectable_mde_absolute"]),
                         v[u"mde_absolute"], {1e-9, 1e-12});
            QVERIFY2(m.isEmpty(), qPrintable(m));
        }
        // Evan Miller's calculator: 20% baseline, 25% relative (5 points) -> 1,030 per arm.
        const Run relative = runPvi({QStringLiteral("abtest"), QStringLiteral("--plan"),
                                     QStringLiteral("--baseline"), QStringLiteral("0.2"),
                                     QStringLiteral("--relative-mde"), QStringLiteral("0.25"),
                                     QStringLiteral("--json")});
        QCOMPARE(
            QJsonDocument::fromJson(relative.out).object()[u"required_sample_per_arm"].toInteger(),
            1030);
    }

    void workspaceExperiments() {
        // The arm-totals fixture holds the "typical" (welcome-email, concluded) and the "sample
        // ratio mismatch" (price-test, running) rate cases.
        pvi::test::TempDir dir;
        const QString workspace = dir.path(QStringLiteral("shop.pvi"));
        const Run run = runPvi({QStringLiteral("abtest"), workspace, QStringLiteral("--import"),
                                QStringLiteral(PVI_FIXTURES_DIR "/stats/experiment_totals.csv"),
                                QStringLiteral("--as-of"), QStringLiteral("2026-03-01"),
                                QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject out = QJsonDocument::fromJson(run.out).object();
        const QJsonArray experiments = out[u"experiments"].toArray();
        QCOMPARE(experiments.size(), 2);
        QStringList failures;
        for (const QJsonValue& e : experiments) {
            const bool email = e[u"name"].toString() == u"welcome-email";
            const QJsonObject item = namedCase(email ? "typical" : "sample ratio mismatch");
            const QJsonObject c = e[u"comparisons"][0].toObject();
            if (QString m = mismatch(e[u"name"].toString() + u" p"_qs, opt(c[u"p_value"]),
                                     item[u"p_value"], kPValue);
                !m.isEmpty())
                failures << m;
            if (QString m = mismatch(e[u"name"].toString() + u" SRM p"_qs,
                                     opt(c[u"srm"][u"p_value"]), item[u"srm"][1], kPValue);
                !m.isEmpty())
                failures << m;
            QCOMPARE(e[u"concluded"].toBool(), email);
            QVERIFY(c[u"revenue_per_visitor"].isObject());
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n")));
        // One concluded test, won significantly by the personalized arm: win rate 1.
        QCOMPARE(out[u"portfolio"][u"win_rate_holm"][u"value"].toDouble(), 1.0);
        // Reading again by name, without importing.
        const Run one = runPvi({QStringLiteral("abtest"), workspace, QStringLiteral("--experiment"),
                                QStringLiteral("price-test"), QStringLiteral("--json")});
        QVERIFY2(one.exitCode == 0, one.err.constData());
        QCOMPARE(QJsonDocument::fromJson(one.out).object()[u"experiments"].toArray().size(), 1);
        const Run missing = runPvi({QStringLiteral("abtest"), workspace,
                                    QStringLiteral("--experiment"), QStringLiteral("nope")});
        QCOMPARE(missing.exitCode, 2);
    }

    void badArguments_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no arms") << QStringList{QStringLiteral("abtest")};
        QTest::newRow("conversions above visitors") << QStringList{
            QStringLiteral("abtest"), QStringLiteral("--control"), QStringLiteral("10:11"),
            QStringLiteral("--treatment"), QStringLiteral("10:1")};
        QTest::newRow("not a pair") << QStringList{
            QStringLiteral("abtest"), QStringLiteral("--control"), QStringLiteral("ten"),
            QStringLiteral("--treatment"), QStringLiteral("10:1")};
        QTest::newRow("split outside (0,1)")
            << QStringList{QStringLiteral("abtest"), QStringLiteral("--control"),
                           QStringLiteral("10:1"),   QStringLiteral("--treatment"),
                           QStringLiteral("10:1"),   QStringLiteral("--planned-split"),
                           QStringLiteral("1.5")};
        QTest::newRow("plan without effect")
            << QStringList{QStringLiteral("abtest"), QStringLiteral("--plan"),
                           QStringLiteral("--baseline"), QStringLiteral("0.2")};
        QTest::newRow("plan beyond 100%") << QStringList{
            QStringLiteral("abtest"), QStringLiteral("--plan"), QStringLiteral("--baseline"),
            QStringLiteral("0.9"),    QStringLiteral("--mde"),  QStringLiteral("0.2")};
        QTest::newRow("traffic plan without effect")
            << QStringList{QStringLiteral("abtest"), QStringLiteral("ws.pvi"),
                           QStringLiteral("--plan-from-traffic")};
        QTest::newRow("unknown traffic metric")
            << QStringList{QStringLiteral("abtest"),
                           QStringLiteral("ws.pvi"),
                           QStringLiteral("--plan-from-traffic"),
                           QStringLiteral("--metric"),
                           QStringLiteral("visits"),
                           QStringLiteral("--relative-mde"),
                           QStringLiteral("0.1")};
        QTest::newRow("split without traffic plan")
            << QStringList{QStringLiteral("abtest"), QStringLiteral("ws.pvi"),
                           QStringLiteral("--split"), QStringLiteral("0.7")};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("abtest"), QStringLiteral("--frobnicate")};
    }

    void planFromTheDemoShopsTraffic() {
        // The demo's GA4, Mailchimp and Shopify exports summed by
        // tests/reference/stats/make_experiment_methods.py (demo_traffic), weeks from statsmodels'
        // sample size with ratio; relative 1e-9.
        pvi::test::TempDir dir;
        const QString path = dir.path(QStringLiteral("demo.pvi"));
        const Run demo = runPvi({QStringLiteral("demo"), path});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        const QJsonObject reference =
            pvi::test::loadExperimentMethodsReference().value(u"demo_traffic").toObject();
        QVERIFY2(!reference.isEmpty(), "experiment_methods.json has no demo_traffic");
        pvi::test::MismatchList m;
        const auto plan = [&](const QString& metric, const QString& split) {
            const Run run = runPvi(
                {QStringLiteral("abtest"), path, QStringLiteral("--plan-from-traffic"),
                 QStringLiteral("--metric"), metric, QStringLiteral("--relative-mde"),
                 QStringLiteral("0.2"), QStringLiteral("--split"), split, QStringLiteral("--as-of"),
                 QStringLiteral("2026-12-06"), QStringLiteral("--json")});
            if (run.exitCode != 0)
                m.failures << metric + u": exit "_qs + QString::number(run.exitCode) + u" "_qs +
                                  QString::fromUtf8(run.err);
            return QJsonDocument::fromJson(run.out).object();
        };
        for (const QString& metric :
             {QStringLiteral("conversion"), QStringLiteral("email"), QStringLiteral("orders")}) {
            const QJsonObject expected = reference.value(metric).toObject();
            const QJsonObject even = plan(metric, QStringLiteral("0.5"));
            const QJsonObject traffic = even[u"traffic"].toObject();
            for (const char* key :
                 {"unit_count", "success_count", "weeks", "baseline", "units_per_week"}) {
                const QString k = QString::fromLatin1(key);
                m.check(metric + u" "_qs + k, opt(traffic[k]), expected[k], kStatistic);
            }
            m.check(metric + u" weeks for 20% at 50/50"_qs, opt(even[u"weeks_needed"]),
                    expected[u"weeks_needed_20_percent"], kStatistic);
            const QJsonObject uneven = plan(metric, QStringLiteral("0.8"));
            m.check(metric + u" weeks for 20% at 80/20"_qs, opt(uneven[u"weeks_needed"]),
                    expected[u"weeks_needed_20_percent_80_20"], kStatistic);
        }
        // Orders: a plan in weeks, and longer tests detect smaller changes.
        const QJsonObject orders = plan(QStringLiteral("orders"), QStringLiteral("0.5"));
        QVERIFY2(orders[u"weeks_needed"].toDouble() > 0, "the orders plan should answer in weeks");
        const QJsonArray horizons = orders[u"detectable"].toArray();
        QCOMPARE(horizons.size(), 3);
        QVERIFY2(horizons[0][u"detectable_mde_relative"].toDouble() >
                         horizons[1][u"detectable_mde_relative"].toDouble() &&
                     horizons[1][u"detectable_mde_relative"].toDouble() >
                         horizons[2][u"detectable_mde_relative"].toDouble(),
                 "2, 4 and 8 weeks should detect ever smaller changes");
        QVERIFY2(m.failures.isEmpty(), m.report().constData());

        // The demo's running, per-customer experiment: always-valid interval and CUPED.
        const Run all = runPvi({QStringLiteral("abtest"), path, QStringLiteral("--as-of"),
                                QStringLiteral("2026-12-06"), QStringLiteral("--json")});
        QVERIFY2(all.exitCode == 0, all.err.constData());
        bool sawRunning = false;
        for (const QJsonValue& e : QJsonDocument::fromJson(all.out)[u"experiments"].toArray()) {
            const QJsonObject sequential = e[u"comparisons"][0][u"always_valid"].toObject();
            const bool running = e[u"ended_on"].isNull();
            QCOMPARE(sequential[u"running"].toBool(), running);
            const QJsonArray ci = sequential[u"ci_95"].toArray();
            QVERIFY2(ci[0].toDouble() <= sequential[u"difference"].toDouble() &&
                         sequential[u"difference"].toDouble() <= ci[1].toDouble(),
                     "the always-valid interval should hold the difference");
            if (e[u"name"].toString() != u"reorder-reminders")
                continue;
            sawRunning = running;
            const QJsonObject cuped = e[u"cuped"][u"arms"][u"personalized"].toObject();
            const QJsonArray plain = cuped[u"plain_ci_95"].toArray();
            const QJsonArray adjusted = cuped[u"adjusted_ci_95"].toArray();
            QVERIFY2(adjusted[1].toDouble() - adjusted[0].toDouble() <
                         plain[1].toDouble() - plain[0].toDouble(),
                     "the CUPED interval should be narrower than the plain one on the demo");
            QVERIFY(cuped[u"variance_reduction"].toDouble() > 0);
            QCOMPARE(e[u"cuped"][u"customer_visitors"].toInteger(),
                     e[u"cuped"][u"visitors"].toInteger());
        }
        QVERIFY2(sawRunning, "the demo should have the running experiment reorder-reminders");
    }

    void badArguments() {
        QFETCH(QStringList, args);
        const Run run = runPvi(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith("pvi abtest: "), run.err.constData());
    }
};

PVI_TEST_CLASS(TestAbtestCli)
#include "test_abtest_cli.moc"
