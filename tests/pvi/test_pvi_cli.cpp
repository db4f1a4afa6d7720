// `pvi rules` and `pvi metrics --json` end to end: the built `pvi` runs on a workspace made here
// from the fixture, and its JSON must carry the pandas reference values (reference.json).
#include "cli_run.h"
#include "io/csv_reader.h"
#include "io/csv_writer.h"
#include "pvi_fixture.h"
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

#include <sqlite3.h>

#include <cmath>

using namespace pvi;

namespace {

using Run = pvi::test::CliRun;

using pvi::test::runPvi;

} // namespace

class TestPviCli : public QObject {
    Q_OBJECT

private:
    test::TempDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase() {
        m_path = m_dir.path(QStringLiteral("cli.pvi"));
        auto opened = Workspace::open(m_path, Workspace::Mode::CreateOrOpen);
        QVERIFY2(opened.workspace, qPrintable(opened.error));
        QString error;
        QVERIFY2(test::loadPviFixture(*opened.workspace, &error), qPrintable(error));
    }

    // `pvi --version`: the program's version, then each library it runs on with the version in
    // use (Qt's and SQLite's as this test process loads them) and its licence.
    void versionNamesTheLibraries() {
        const Run run = runPvi({QStringLiteral("--version")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QStringList lines = QString::fromUtf8(run.out).trimmed().split(u'\n');
        QVERIFY2(lines.size() == 5, run.out.constData());
        QVERIFY2(QRegularExpression(QStringLiteral("^pvi \\d+\\.\\d+\\.\\d+ \\(PVI Studio\\)$"))
                     .match(lines[0])
                     .hasMatch(),
                 qPrintable(lines[0]));
        QVERIFY2(
            lines.contains(QStringLiteral("Qt %1 (LGPL-3.0-only)").arg(QLatin1String(qVersion()))),
            run.out.constData());
        QVERIFY2(lines.contains(QStringLiteral("SQLite %1 (public domain)")
                                    .arg(QLatin1String(sqlite3_libversion()))),
                 run.out.constData());
        for (const char* name : {"Boost 1.", "NLopt 2."})
            QVERIFY2(run.out.contains(name), run.out.constData());
    }

    void rulesAddListRemove() {
        Run run = runPvi({QStringLiteral("rules"), QStringLiteral("add"), m_path,
                          QStringLiteral("--kind"), QStringLiteral("order-tag"),
                          QStringLiteral("--pattern"), QStringLiteral("personalized")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runPvi({QStringLiteral("rules"), QStringLiteral("add"), m_path,
                      QStringLiteral("--kind"), QStringLiteral("discount-code-prefix"),
                      QStringLiteral("--pattern"), QStringLiteral("vip")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runPvi({QStringLiteral("rules"), QStringLiteral("add"), m_path,
                      QStringLiteral("--kind"), QStringLiteral("order-tag"),
                      QStringLiteral("--pattern"), QStringLiteral("temporary")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runPvi(
            {QStringLiteral("rules"), QStringLiteral("list"), m_path, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rules = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(rules.size(), 3);
        QCOMPARE(rules[2][QStringLiteral("pattern")].toString(), QStringLiteral("temporary"));
        run = runPvi({QStringLiteral("rules"), QStringLiteral("remove"), m_path,
                      QString::number(rules[2][QStringLiteral("id")].toInteger())});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // Errors go to stderr with a non-zero exit.
        run = runPvi({QStringLiteral("rules"), QStringLiteral("add"), m_path,
                      QStringLiteral("--kind"), QStringLiteral("bogus"),
                      QStringLiteral("--pattern"), QStringLiteral("x")});
        QVERIFY(run.exitCode != 0);
        QVERIFY(run.err.contains("unknown rule kind"));
        QVERIFY(run.out.isEmpty());
    }

    void metricsJsonCarriesTheReferenceValues() {
        QFile file(QStringLiteral(PVI_REFERENCE_DIR "/pvi/reference.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject reference = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject period = reference[QStringLiteral("periods")].toArray()[0].toObject();
        const Run run = runPvi({QStringLiteral("metrics"), m_path, QStringLiteral("--from"),
                                period[QStringLiteral("from")].toString(), QStringLiteral("--to"),
                                period[QStringLiteral("to")].toString(), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError parseError;
        const QJsonObject json = QJsonDocument::fromJson(run.out, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, run.out.constData());
        QCOMPARE(json[QStringLiteral("period")][QStringLiteral("to")].toString(),
                 period[QStringLiteral("to")].toString());
        const QJsonArray pvis = json[QStringLiteral("pvis")].toArray();
        const QJsonObject expected = period[QStringLiteral("pvis")].toObject();
        QVERIFY(pvis.size() >= expected.size()); // other families follow the order PVIs
        QStringList failures;
        QJsonObject rfm;
        int seen = 0;
        for (const QJsonValue item : pvis) {
            const QJsonObject pvi = item.toObject();
            const QString id = pvi[QStringLiteral("id")].toString();
            if (!expected.contains(id))
                continue;
            ++seen;
            if (id == u"rfm_segment")
                rfm = pvi;
            const QJsonObject e = expected[id].toObject();
            for (const char* key : {"value", "n"}) {
                const double actual = pvi[QLatin1String(key)].toDouble();
                const double wanted = e[QLatin1String(key)].toDouble();
                // 17 significant digits in the JSON: agreement to 1e-9 relative.
                if (std::abs(actual - wanted) > 1e-9 * std::max(1.0, std::abs(wanted)))
                    failures << QStringLiteral("%1.%2: actual %3, expected %4")
                                    .arg(id, QLatin1String(key))
                                    .arg(actual, 0, 'g', 17)
                                    .arg(wanted, 0, 'g', 17);
            }
            for (const char* key : {"unit", "available", "reason", "personalized", "control",
                                    "lift_percent", "lift_ci_95", "p_value", "previous"}) {
                if (!pvi.contains(QLatin1String(key)))
                    failures << id + QStringLiteral(" lacks ") + QLatin1String(key);
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QCOMPARE(seen, expected.size());
        QCOMPARE(rfm[QStringLiteral("segments")].toArray().size(), 11);
    }

    // RFC 4180 quoting: a comma, a quote, a line break or edge spaces quote the field.
    void csvFieldsAreQuotedWhereNeeded() {
        QCOMPARE(csv::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(csv::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(csv::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(csv::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(csv::field(QStringLiteral(" padded")), QStringLiteral("\" padded\""));
        QCOMPARE(csv::line({QStringLiteral("x"), QString(), QStringLiteral("1,5")}),
                 QStringLiteral("x,,\"1,5\"\r\n"));
    }

    // `pvi metrics --csv` holds the same PVIs, in the same order, with the same numbers and
    // reasons as `--json`; read back by the app's own CSV reader.
    void metricsCsvMatchesJson() {
        const QStringList period = {QStringLiteral("--from"), QStringLiteral("2024-10-03"),
                                    QStringLiteral("--to"), QStringLiteral("2024-12-31")};
        const Run json = runPvi(QStringList{QStringLiteral("metrics"), m_path} + period +
                                QStringList{QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const Run csvRun = runPvi(QStringList{QStringLiteral("metrics"), m_path} + period +
                                  QStringList{QStringLiteral("--csv")});
        QVERIFY2(csvRun.exitCode == 0, csvRun.err.constData());
        const QString csvPath = m_dir.path(QStringLiteral("metrics.csv"));
        {
            QFile out(csvPath);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(csvRun.out);
        }
        CsvReader reader;
        CsvReader::Options options;
        options.delimiter = u',';
        QVERIFY2(reader.open(csvPath, options), qPrintable(reader.error().message));
        CsvRow row;
        QVERIFY(reader.readRow(row));
        const QStringList header = row.fields;
        QCOMPARE(header.value(0), QStringLiteral("id"));
        const auto column = [&header](const char* name) {
            return header.indexOf(QLatin1String(name));
        };
        const QJsonArray pvis =
            QJsonDocument::fromJson(json.out).object()[QStringLiteral("pvis")].toArray();
        QVERIFY(!pvis.isEmpty());
        QStringList failures;
        qsizetype rows = 0;
        const auto compare = [&failures](const QString& id, const char* what, const QString& cell,
                                         const QJsonValue& value) {
            const QString expected =
                value.isNull() ? QString() : QString::number(value.toDouble(), 'g', 17);
            const QString actual =
                cell.isEmpty() ? QString() : QString::number(cell.toDouble(), 'g', 17);
            if (actual != expected)
                failures << QStringLiteral("%1.%2: csv '%3', json '%4'")
                                .arg(id, QLatin1String(what), cell, expected);
        };
        while (reader.readRow(row)) {
            if (rows >= pvis.size()) {
                failures << QStringLiteral("more CSV rows than JSON PVIs");
                break;
            }
            const QJsonObject pvi = pvis[rows++].toObject();
            const QString id = row.value(column("id"));
            if (id != pvi[QStringLiteral("id")].toString()) {
                failures << QStringLiteral("row %1: %2, json %3")
                                .arg(rows)
                                .arg(id, pvi[QStringLiteral("id")].toString());
                continue;
            }
            compare(id, "value", row.value(column("value")), pvi[QStringLiteral("value")]);
            compare(id, "n", row.value(column("n")), pvi[QStringLiteral("n")]);
            compare(id, "personalized_value", row.value(column("personalized_value")),
                    pvi[QStringLiteral("personalized")][QStringLiteral("value")]);
            compare(id, "control_value", row.value(column("control_value")),
                    pvi[QStringLiteral("control")][QStringLiteral("value")]);
            compare(id, "lift_percent", row.value(column("lift_percent")),
                    pvi[QStringLiteral("lift_percent")]);
            compare(id, "p_value", row.value(column("p_value")), pvi[QStringLiteral("p_value")]);
            const QJsonArray valueCi = pvi[QStringLiteral("value_ci_95")].toArray();
            compare(id, "value_ci_95_low", row.value(column("value_ci_95_low")),
                    valueCi.isEmpty() ? QJsonValue() : valueCi[0]);
            compare(id, "value_ci_95_high", row.value(column("value_ci_95_high")),
                    valueCi.isEmpty() ? QJsonValue() : valueCi[1]);
            if (row.value(column("summary")) != pvi[QStringLiteral("summary")].toString())
                failures << QStringLiteral("%1.summary differs").arg(id);
            compare(id, "previous_value", row.value(column("previous_value")),
                    pvi[QStringLiteral("previous")][QStringLiteral("value")]);
            const QString reason = pvi[QStringLiteral("reason")].toString();
            if (row.value(column("reason")) != reason)
                failures << QStringLiteral("%1.reason: csv '%2', json '%3'")
                                .arg(id, row.value(column("reason")), reason);
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.error().message));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QCOMPARE(rows, pvis.size());
    }

    void readableTableAndCohorts() {
        Run run = runPvi({QStringLiteral("metrics"), m_path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("Average order value"));
        run = runPvi({QStringLiteral("cohorts"), m_path, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject cohorts = QJsonDocument::fromJson(run.out).object();
        QVERIFY(!cohorts[QStringLiteral("all")].toArray().isEmpty());
        run = runPvi({QStringLiteral("metrics"), m_path, QStringLiteral("--from"),
                      QStringLiteral("2024-13-01"), QStringLiteral("--to"),
                      QStringLiteral("2024-12-31")});
        QVERIFY(run.exitCode != 0);
        QVERIFY(!run.err.isEmpty());
        run = runPvi({QStringLiteral("metrics"), m_dir.path(QStringLiteral("missing.pvi"))});
        QVERIFY(run.exitCode != 0);
    }
};

PVI_TEST_CLASS(TestPviCli)
#include "test_pvi_cli.moc"
