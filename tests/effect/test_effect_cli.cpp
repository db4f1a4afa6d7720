// `pvi effect` on the demo shop (the built `pvi` run as a process). The demo's programme invites
// its regulars (tools/demo_shop/generate_demo_shop.py): the adjusted estimate must come out
// smaller than the naive one, with every covariate balanced after matching, the documented JSON
// keys, the seed echoed, the same numbers on every run, and the engine's adjusted_revenue_effect
// equal to the command's matched difference for the same period.
#include "cli_run.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

namespace {

using pvi::test::runPvi;

QJsonObject parse(const QByteArray& bytes) {
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace

class TestEffectCli : public QObject {
    Q_OBJECT

private:
    pvi::test::TempDir m_dir;
    QString m_path;
    QJsonObject m_effect;

private Q_SLOTS:
    void initTestCase() {
        m_path = m_dir.path(QStringLiteral("demo.pvi"));
        const auto demo = runPvi({QStringLiteral("demo"), m_path});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        const auto effect = runPvi({QStringLiteral("effect"), m_path, QStringLiteral("--json")});
        QVERIFY2(effect.exitCode == 0, effect.err.constData());
        m_effect = parse(effect.out);
        QVERIFY2(!m_effect.isEmpty(), "pvi effect --json wrote no JSON object");
    }

    void documentedKeys() {
        for (const char* key : {"outcome", "window_days", "seed", "naive", "matched",
                                "difference_in_differences", "balance", "verdict"})
            QVERIFY2(m_effect.contains(QLatin1String(key)), key);
        QCOMPARE(m_effect[u"outcome"].toString(), QStringLiteral("revenue"));
        QCOMPARE(m_effect[u"window_days"].toInt(), 90);
        QCOMPARE(m_effect[u"seed"].toString(), QStringLiteral("20261206"));
        for (const char* estimate : {"naive", "matched", "difference_in_differences"}) {
            const QJsonObject e = m_effect[QLatin1String(estimate)].toObject();
            const QJsonArray ci = e[u"ci_95"].toArray();
            QVERIFY2(ci.size() == 2 && ci[0].toDouble() <= e[u"difference"].toDouble() &&
                         e[u"difference"].toDouble() <= ci[1].toDouble(),
                     qPrintable(QStringLiteral("%1: the interval should hold the estimate")
                                    .arg(QLatin1String(estimate))));
        }
        const QJsonObject matched = m_effect[u"matched"].toObject();
        QVERIFY(matched[u"n_exposed"].toInteger() >= matched[u"n_matched"].toInteger());
        QVERIFY2(matched[u"n_matched"].toInteger() >= 100,
                 "the demo should match at least 100 personalized customers");
    }

    void adjustedIsSmallerThanNaiveAndBalanced() {
        const double naive = m_effect[u"naive"][u"difference"].toDouble();
        const double matched = m_effect[u"matched"][u"difference"].toDouble();
        QVERIFY2(naive > 0, "the demo's raw comparison favours the personalized");
        QVERIFY2(matched < naive,
                 qPrintable(QStringLiteral("the loyal are personalized more, so the adjusted "
                                           "estimate %1 should be below the naive %2")
                                .arg(matched)
                                .arg(naive)));
        const QJsonArray balance = m_effect[u"balance"].toArray();
        QVERIFY2(balance.size() >= 5, "a balance row per covariate");
        bool someImbalanceBefore = false;
        for (const QJsonValue& row : balance) {
            const double after = row[u"smd_after"].toDouble();
            someImbalanceBefore =
                someImbalanceBefore || std::abs(row[u"smd_before"].toDouble()) > 0.1;
            QVERIFY2(
                std::abs(after) <= 0.1,
                qPrintable(row[u"covariate"].toString() +
                           QStringLiteral(" still differs after matching: SMD %1").arg(after)));
        }
        QVERIFY2(someImbalanceBefore, "the demo's groups should differ before matching");
        QVERIFY(m_effect[u"balanced"].toBool());
        // Only customers who accept marketing are personalized on the demo: the others cannot be
        // compared, are left out of the model with a note, and the model converges.
        QVERIFY2(m_effect[u"propensity_model"][u"converged"].toBool(),
                 "the propensity model should converge once the never-personalized are left out");
        QVERIFY2(m_effect[u"notes"].toArray().first().toString().contains(u"accepts marketing"),
                 "a note should say who was left out");
        QVERIFY2(m_effect[u"verdict"].toString().contains(u"the raw comparison said CA$14"),
                 qPrintable(m_effect[u"verdict"].toString()));
    }

    void sameNumbersEveryRunAndTheSeedChangesOnlyIntervals() {
        const auto again = runPvi({QStringLiteral("effect"), m_path, QStringLiteral("--json")});
        QCOMPARE(parse(again.out), m_effect);
        const auto seeded = runPvi({QStringLiteral("effect"), m_path, QStringLiteral("--json"),
                                    QStringLiteral("--seed"), QStringLiteral("7")});
        const QJsonObject other = parse(seeded.out);
        QCOMPARE(other[u"seed"].toString(), QStringLiteral("7"));
        QCOMPARE(other[u"matched"][u"difference"].toDouble(),
                 m_effect[u"matched"][u"difference"].toDouble());
        QVERIFY(other[u"matched"][u"ci_95"] != m_effect[u"matched"][u"ci_95"]);
    }

    void ordersOutcomeAndWindow() {
        const auto run = runPvi({QStringLiteral("effect"), m_path, QStringLiteral("--json"),
                                 QStringLiteral("--outcome"), QStringLiteral("orders"),
                                 QStringLiteral("--window-days"), QStringLiteral("60")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject o = parse(run.out);
        QCOMPARE(o[u"outcome"].toString(), QStringLiteral("orders"));
        QCOMPARE(o[u"window_days"].toInt(), 60);
        QVERIFY2(std::abs(o[u"naive"][u"difference"].toDouble()) < 5,
                 "a difference in orders per customer over 60 days is a few orders at most");
    }

    void engineTileEqualsTheCommand() {
        const auto metrics = runPvi({QStringLiteral("metrics"), m_path, QStringLiteral("--json")});
        QVERIFY2(metrics.exitCode == 0, metrics.err.constData());
        QJsonObject tile;
        for (const QJsonValue& v : parse(metrics.out)[u"pvis"].toArray())
            if (v[u"id"].toString() == u"adjusted_revenue_effect")
                tile = v.toObject();
        QVERIFY2(!tile.isEmpty(), "pvi metrics should list adjusted_revenue_effect");
        QVERIFY2(tile[u"available"].toBool(), qPrintable(tile[u"reason"].toString()));
        QCOMPARE(tile[u"value"].toDouble(), m_effect[u"matched"][u"difference"].toDouble());
        QCOMPARE(tile[u"value_ci_95"].toArray(), m_effect[u"matched"][u"ci_95"].toArray());
        QVERIFY(tile[u"summary"].toString().startsWith(u"After taking out"));
    }

    void badArgumentsAreUsageErrors() {
        for (const QStringList& args :
             {QStringList{QStringLiteral("effect")},
              QStringList{QStringLiteral("effect"), m_path, QStringLiteral("--outcome"),
                          QStringLiteral("clicks")},
              QStringList{QStringLiteral("effect"), m_path, QStringLiteral("--window-days"),
                          QStringLiteral("3")}}) {
            const auto run = runPvi(args);
            QVERIFY2(run.exitCode == 2, qPrintable(args.join(u' ')));
            QVERIFY(run.err.startsWith("pvi effect: "));
        }
    }
};

PVI_TEST_CLASS(TestEffectCli)
#include "test_effect_cli.moc"
