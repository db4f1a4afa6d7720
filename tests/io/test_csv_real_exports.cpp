// The CSV reader over the real platform exports in PVI_SHARED_DATASETS_DIR/exports.
//
// Expected counts are independent: Python's csv module, run by hand on 2026-11-23 with
//   with open(name, newline='', encoding=ENC) as f:
//       r = csv.reader(f); rows = [row for row in r if row]   # r.line_num after the last record
// ENC = utf-8, except cp1252 for surveymonkey_starwars_survey.csv (not valid UTF-8: bytes 8C E6 in
// a header cell) and mac_roman for mailchimp_campaigns_report.csv. For the two GA4 files the `#`
// lines were dropped first (`(l for l in f if not l.startswith('#'))`), and the physical line of
// the last record was found with `enumerate(data.splitlines())` (they hold no quotes). "fields" is
// the histogram of fields per record: collections.Counter(len(row) for row in rows).
#include "io/csv_reader.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QTest>

#include <map>

using namespace Qt::StringLiterals;
using pvi::CsvReader;
using pvi::CsvRow;
using pvi::TextEncoding;

class TestCsvRealExports : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsExport_data();
    void readsExport();
    void multiLineNoteKeepsItsRecordLine();
    void windows1252HeaderCell();
};

namespace {

QString exportPath(const QString& name) {
    return QStringLiteral(PVI_SHARED_DATASETS_DIR "/exports/") + name;
}

} // namespace

void TestCsvRealExports::readsExport_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<qint64>("records");
    QTest::addColumn<QString>("fields");
    QTest::addColumn<QString>("lastFirstField");
    QTest::addColumn<qint64>("lastEndLine");

    QTest::newRow("Shopify orders 2021")
        << u"shopify_orders_export.csv"_s << QString() << TextEncoding::Utf8 << qint64(102)
        << u"75:102"_s << u"#13568"_s << qint64(114);
    QTest::newRow("Shopify orders 2025")
        << u"shopify_orders_export_2025.csv"_s << QString() << TextEncoding::Utf8 << qint64(65)
        << u"79:65"_s << u"#1109"_s << qint64(65);
    QTest::newRow("Shopify customers")
        << u"shopify_customers_export.csv"_s << QString() << TextEncoding::Utf8 << qint64(1428)
        << u"20:1428"_s << u"'9444339810488"_s << qint64(1428);
    QTest::newRow("Mailchimp members")
        << u"mailchimp_subscribed_members_export.csv"_s << QString() << TextEncoding::Utf8
        << qint64(1425) << u"23:1425"_s << u"customer2599@example.com"_s << qint64(1425);
    // Mac Roman in truth; not valid UTF-8, so read as Windows-1252 (same ASCII, same structure).
    QTest::newRow("Mailchimp campaigns")
        << u"mailchimp_campaigns_report.csv"_s << QString() << TextEncoding::Windows1252
        << qint64(63) << u"20:63"_s << u"LinkedIn CSR never open first ask | Combo 2"_s
        << qint64(63);
    QTest::newRow("SurveyMonkey Star Wars")
        << u"surveymonkey_starwars_survey.csv"_s << QString() << TextEncoding::Windows1252
        << qint64(1188) << u"38:1188"_s << u"3288372923"_s << qint64(1188);
    QTest::newRow("SurveyMonkey steak")
        << u"surveymonkey_steak_risk_survey.csv"_s << QString() << TextEncoding::Utf8 << qint64(552)
        << u"15:552"_s << u"3234760413"_s << qint64(552);
    QTest::newRow("GA4 landing pages")
        << u"ga4_landing_page_report.csv"_s << u"#"_s << TextEncoding::Utf8 << qint64(212)
        << u"8:212"_s << u"/view-order-msg"_s << qint64(221);
    QTest::newRow("GA4 snapshot") << u"ga4_reports_snapshot.csv"_s << u"#"_s << TextEncoding::Utf8
                                  << qint64(146) << u"2:110 4:29 7:7"_s << u"Platform"_s
                                  << qint64(209);
}

void TestCsvRealExports::readsExport() {
    QFETCH(QString, file);
    QFETCH(QString, comment);
    QFETCH(TextEncoding, encoding);
    QFETCH(qint64, records);
    QFETCH(QString, fields);
    QFETCH(QString, lastFirstField);
    QFETCH(qint64, lastEndLine);

    CsvReader::Options options;
    options.commentPrefix = comment.isEmpty() ? QChar() : comment.front();
    CsvReader reader;
    QVERIFY2(reader.open(exportPath(file), options), qPrintable(reader.error().toString()));
    QCOMPARE(reader.encoding(), encoding);
    QCOMPARE(reader.delimiter(), QChar(u','));
    CsvRow row;
    std::map<qsizetype, qint64> histogram;
    qint64 count = 0;
    while (reader.readRow(row)) {
        ++count;
        ++histogram[row.fields.size()];
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.error().toString()));
    QCOMPARE(count, records);
    QStringList parts;
    for (const auto& [size, n] : histogram)
        parts.append(u"%1:%2"_s.arg(size).arg(n));
    QCOMPARE(parts.join(u' '), fields);
    QCOMPARE(row.fields.value(0), lastFirstField);
    QCOMPARE(row.endLine, lastEndLine);
    QCOMPARE(reader.bytesRead(), reader.fileSize());
}

void TestCsvRealExports::multiLineNoteKeepsItsRecordLine() {
    // Python: order #13521 is the first multi-line record, lines 4-16, the newlines in field 45
    // (Notes), which starts with "[redacted]\n\n".
    CsvReader reader;
    QVERIFY(reader.open(exportPath(u"shopify_orders_export.csv"_s)));
    CsvRow row;
    while (reader.readRow(row) && row.fields.value(0) != u"#13521"_s) {
    }
    QCOMPARE(row.fields.value(0), u"#13521"_s);
    QCOMPARE(row.line, 4);
    QCOMPARE(row.endLine, 16);
    QVERIFY(row.fields.value(44).startsWith(u"[redacted]\n\n"_s));
}

void TestCsvRealExports::windows1252HeaderCell() {
    // Python (cp1252): header cell 32 ends with the bytes 8C E6 = "Œæ".
    CsvReader reader;
    QVERIFY(reader.open(exportPath(u"surveymonkey_starwars_survey.csv"_s)));
    CsvRow row;
    QVERIFY(reader.readRow(row));
    QCOMPARE(row.fields.value(31),
             u"Do you consider yourself to be a fan of the Expanded Universe?\u0152\u00E6"_s);
}

PVI_TEST_CLASS(TestCsvRealExports)
#include "test_csv_real_exports.moc"
