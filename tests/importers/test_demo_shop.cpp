// The bundled demo shop as `pvi demo` builds it (the built `pvi` run as a process): every bundled
// export is detected as the platform export it imitates and read with the rows the generator
// (tools/demo_shop/generate_demo_shop.py) wrote, and `pvi metrics --json` for the default period
// has the email, survey, web, cost and experiment PVIs split personalized vs generic, with the
// effects the generator built in pointing the way it built them.
#include "cli_run.h"
#include "importers/demo_shop.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pvi;

namespace {

using pvi::test::runPvi;

/// The fields of one CSV line with doubled-quote quoting (no line breaks inside fields).
QStringList splitCsvLine(const QString& line) {
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar ch = line.at(i);
        if (quoted) {
            if (ch == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (ch == u'"') {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == u'"') {
            quoted = true;
        } else if (ch == u',') {
            fields.append(field);
            field.clear();
        } else {
            field += ch;
        }
    }
    fields.append(field);
    return fields;
}

} // namespace

class TestDemoShop : public QObject {
    Q_OBJECT

private:
    test::TempDir m_dir;
    QString m_path;
    QJsonObject m_metrics;

    QJsonObject pvi(const QString& id) const {
        for (const QJsonValue& value : m_metrics[u"pvis"].toArray()) {
            if (value[u"id"].toString() == id)
                return value.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        m_path = m_dir.path(QStringLiteral("demo.pvi"));
        const test::CliRun demo = runPvi({QStringLiteral("demo"), m_path});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        const test::CliRun metrics =
            runPvi({QStringLiteral("metrics"), m_path, QStringLiteral("--json")});
        QVERIFY2(metrics.exitCode == 0, metrics.err.constData());
        QJsonParseError error;
        m_metrics = QJsonDocument::fromJson(metrics.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    }

    void filesListedAreTheBundledOnes() {
        const QStringList files = demoShopFiles();
        QCOMPARE(files.constFirst(), QStringLiteral(":/demo/orders_export.csv"));
        QStringList names;
        for (const QString& file : files) {
            QVERIFY2(QFile::exists(file), qPrintable(file));
            names.append(QFileInfo(file).fileName());
        }
        names.sort();
        QCOMPARE(names, QDir(QStringLiteral(":/demo")).entryList(QDir::Files, QDir::Name));
    }

    void eachFileDetectedAsItsSource_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("source");
        QTest::addColumn<qint64>("rows");
        // Data rows as the generator reports writing them.
        QTest::newRow("orders") << "orders_export.csv"
                                << "shopify-orders" << qint64(11810);
        QTest::newRow("campaigns") << "mailchimp_campaigns.csv"
                                   << "mailchimp-campaigns" << qint64(175);
        QTest::newRow("activity") << "mailchimp_activity.csv"
                                  << "mailchimp-activity" << qint64(40003);
        QTest::newRow("audience subscribed") << "subscribed_members_export_7c2e41a9d0.csv"
                                             << "mailchimp-audience" << qint64(1677);
        QTest::newRow("audience unsubscribed") << "unsubscribed_members_export_7c2e41a9d0.csv"
                                               << "mailchimp-audience" << qint64(172);
        QTest::newRow("audience cleaned") << "cleaned_members_export_7c2e41a9d0.csv"
                                          << "mailchimp-audience" << qint64(17);
        QTest::newRow("survey") << "customer_feedback_responses.csv"
                                << "google-forms" << qint64(759);
        for (const char* month :
             {"2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05",
              "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"}) {
            const QString name =
                QStringLiteral("ga4_landing_page_%1.csv").arg(QLatin1String(month));
            QTest::newRow(qPrintable(name)) << name << "ga4-landing-pages" << qint64(23);
            const QString lists = QStringLiteral("ga4_item_lists_%1.csv").arg(QLatin1String(month));
            QTest::newRow(qPrintable(lists)) << lists << "ga4-item-lists" << qint64(5);
        }
        QTest::newRow("conversion paths") << "ga4_conversion_paths.csv"
                                          << "ga4-conversion-paths" << qint64(181);
        QTest::newRow("costs") << "costs.csv"
                               << "costs" << qint64(154);
        QTest::newRow("experiments") << "experiments.csv"
                                     << "experiment-visitors" << qint64(40011);
    }

    void eachFileDetectedAsItsSource() {
        QFETCH(QString, file);
        QFETCH(QString, source);
        QFETCH(qint64, rows);
        auto opened = Workspace::open(m_path, Workspace::Mode::OpenExisting);
        QVERIFY2(opened.workspace, qPrintable(opened.error));
        Statement stmt = opened.workspace->db().prepare(
            "SELECT b.source, b.rows_read, (SELECT count(*) FROM import_issues i WHERE "
            "i.batch_id = b.id AND i.severity = 'error') FROM import_batches b WHERE "
            "b.file_path = ?1");
        stmt.bind(1, QStringLiteral(":/demo/") + file);
        QVERIFY2(stmt.step(), "the file was not imported");
        QCOMPARE(stmt.columnText(0), source);
        QCOMPARE(stmt.columnInt64(1), rows);
        QCOMPARE(stmt.columnInt64(2), qint64(0));
        QVERIFY2(!stmt.step(), "the file was imported twice");
    }

    void everyPviOfTheRegistryIsAvailable() {
        // The demo holds the data of every PVI, so no Overview tile says "not available".
        // `pvi metrics --json` lists every PVI of the registry, available or not.
        const QJsonArray pvis = m_metrics[u"pvis"].toArray();
        QVERIFY2(pvis.size() >= 55, "pvi metrics lists the whole registry (58 PVIs)");
        QStringList missing;
        for (const QJsonValue& r : pvis) {
            if (!r[u"available"].toBool())
                missing << r[u"id"].toString() + QStringLiteral(": ") + r[u"reason"].toString();
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void segmentRulesAndTargetsSaved() {
        // The owner's segment rules (rule:NAME dimensions) and targets come with the demo.
        auto opened = Workspace::open(m_path, Workspace::Mode::OpenExisting);
        QVERIFY2(opened.workspace, qPrintable(opened.error));
        Database& db = opened.workspace->db();
        QCOMPARE(db.queryInt("SELECT count(*) FROM segment_rules"),
                 qint64(std::size(kDemoSegmentRules)));
        QCOMPARE(db.queryInt("SELECT count(*) FROM targets"), qint64(std::size(kDemoShopTargets)));
        const test::CliRun segments =
            runPvi({QStringLiteral("segments"), m_path, QStringLiteral("--by"),
                    QStringLiteral("rule:Big spenders")});
        QVERIFY2(segments.exitCode == 0, segments.err.constData());
        QVERIFY2(segments.out.contains("Big spenders") && segments.out.contains("Others"),
                 segments.out.constData());
    }

    void defaultPeriodIsTheLastNinetyDays() {
        // The generator's orders end on 2026-10-31.
        QCOMPARE(m_metrics[u"period"][u"from"].toString(), QStringLiteral("2026-08-03"));
        QCOMPARE(m_metrics[u"period"][u"to"].toString(), QStringLiteral("2026-10-31"));
    }

    void pvisSplitPersonalizedVsGeneric_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("personalizedHigher"); // the direction the generator built in
        QTest::newRow("email open rate") << "email_open_rate" << true;
        QTest::newRow("email click rate") << "email_click_rate" << true;
        QTest::newRow("nps") << "nps" << true;
        QTest::newRow("csat") << "csat" << true;
        QTest::newRow("ethics") << "personalization_ethics_score" << true;
        QTest::newRow("web conversion rate") << "conversion_rate" << true;
        QTest::newRow("time on page") << "time_on_page" << true;
        QTest::newRow("personalization roi") << "personalization_roi" << false;
        QTest::newRow("ab lift") << "ab_lift" << true;
    }

    void pvisSplitPersonalizedVsGeneric() {
        QFETCH(QString, id);
        QFETCH(bool, personalizedHigher);
        const QJsonObject r = pvi(id);
        QVERIFY2(!r.isEmpty(), qPrintable(id));
        QVERIFY2(r[u"available"].toBool(), qPrintable(r[u"reason"].toString()));
        const QJsonObject personalized = r[u"personalized"].toObject();
        const QJsonObject control = r[u"control"].toObject();
        QVERIFY2(personalized[u"n"].toInteger() > 0, qPrintable(r[u"split_reason"].toString()));
        QVERIFY2(control[u"n"].toInteger() > 0, qPrintable(r[u"split_reason"].toString()));
        if (personalizedHigher)
            QVERIFY2(personalized[u"value"].toDouble() > control[u"value"].toDouble(),
                     qPrintable(QStringLiteral("%1: personalized %2, generic %3")
                                    .arg(id)
                                    .arg(personalized[u"value"].toDouble())
                                    .arg(control[u"value"].toDouble())));
    }

    void surveyQuestionsMarked() {
        // The demo marks its three personalization questions as Likert ethics questions and
        // "How did you hear about us?" as a segment (kDemoSurveyMarks) before the import.
        const QJsonObject ethics = pvi(QStringLiteral("personalization_ethics_score"));
        QVERIFY2(ethics[u"available"].toBool(), qPrintable(ethics[u"reason"].toString()));
        QFile file(QStringLiteral(":/demo/customer_feedback_responses.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList header = splitCsvLine(QString::fromUtf8(file.readLine()).trimmed());
        const qsizetype heard = header.indexOf(QStringLiteral("How did you hear about us?"));
        QVERIFY(heard >= 0);
        qint64 heardAnswers = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            if (line.startsWith(u"20") && !splitCsvLine(line.trimmed()).value(heard).isEmpty())
                ++heardAnswers; // rows start with their timestamp (a comment may span lines)
        }
        const test::CliRun run = runPvi({QStringLiteral("surveys"), m_path, u"--json"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        int ethicsQuestions = 0;
        bool heardIsSegment = false;
        for (const QJsonValue& q :
             QJsonDocument::fromJson(run.out).object()[u"questions"].toArray()) {
            if (q[u"ethics"].toBool()) {
                ++ethicsQuestions;
                QCOMPARE(q[u"instrument"].toString(), u"likert"_qs);
                QVERIFY2(q[u"answers"].toInteger() > 300, qPrintable(q[u"question"].toString()));
            }
            if (q[u"question"].toString() == header.value(heard)) {
                heardIsSegment = q[u"segment"].toBool();
                QCOMPARE(q[u"choice_answers"].toInteger(), heardAnswers);
            }
        }
        QCOMPARE(ethicsQuestions, 3);
        QVERIFY2(heardIsSegment, "'How did you hear about us?' is not marked as a segment");
        const test::CliRun segments =
            runPvi({QStringLiteral("segments"), m_path, u"--by"_qs, u"survey"_qs, u"--json"_qs});
        QVERIFY2(segments.exitCode == 0, segments.err.constData());
        QVERIFY2(segments.out.contains("\"how_did_you_hear_about_us_instagram\""),
                 segments.out.left(600).constData());
    }

    void abLiftIsTheRecentTestsPositiveLift() {
        // reorder-reminders runs from 2026-09-14 (no end yet), the latest start in the default
        // period (cart-reorder-suggestions started 2026-08-24); +3.9% in the generator's data.
        const QJsonObject r = pvi(QStringLiteral("ab_lift"));
        QVERIFY2(r[u"reason"].toString().contains(u"reorder-reminders") &&
                     !r[u"reason"].toString().contains(u"cart-"),
                 qPrintable(r[u"reason"].toString()));
        QVERIFY(r[u"value"].toDouble() > 0);
    }

    void emailRatesCountEachCampaignOnce() {
        // The activity file holds events of campaigns the campaign list export also has: the
        // deliveries of email_open_rate are the export's Successful Deliveries of the period's
        // campaigns, summed here from the file itself.
        QFile file(QStringLiteral(":/demo/mailchimp_campaigns.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList header = splitCsvLine(QString::fromUtf8(file.readLine()).trimmed());
        const qsizetype title = header.indexOf(QStringLiteral("Title"));
        const qsizetype sent = header.indexOf(QStringLiteral("Send Date"));
        const qsizetype delivered = header.indexOf(QStringLiteral("Successful Deliveries"));
        QVERIFY(title >= 0 && sent >= 0 && delivered >= 0);
        qint64 all = 0, personalized = 0;
        while (!file.atEnd()) {
            const QStringList f = splitCsvLine(QString::fromUtf8(file.readLine()).trimmed());
            const QString day = f.value(sent).left(10);
            if (day < QLatin1String("2026-08-03") || day > QLatin1String("2026-10-31"))
                continue;
            const qint64 n = f.value(delivered).toLongLong();
            all += n;
            if (f.value(title).contains(u"[P]"))
                personalized += n;
        }
        QVERIFY(all > 0);
        const QJsonObject r = pvi(QStringLiteral("email_open_rate"));
        QCOMPARE(r[u"n"].toInteger(), all);
        QCOMPARE(r[u"personalized"][u"n"].toInteger(), personalized);
    }
};

PVI_TEST_CLASS(TestDemoShop)
#include "test_demo_shop.moc"
