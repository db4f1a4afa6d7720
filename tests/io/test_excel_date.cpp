// Excel serial dates and number formats (ECMA-376 Part 1, §18.8.30 numFmt ids 14–22, §18.17.4
// date systems): serial 45292 is 2024-01-01 in the 1900 system and 43830 in the 1904 one; Excel's
// phantom 1900-02-29 (serial 60) is skipped. A workbook of date cells read through the CSV reader.
#include "io/containers/excel_date.h"
#include "io/csv_reader.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QTest>

using namespace pvi;

class TestExcelDate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void serials_data();
    void serials();
    void formats_data();
    void formats();
    void workbookDateCells();
};

void TestExcelDate::serials_data() {
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    const int date = static_cast<int>(ExcelDateKind::Date);
    const int dateTime = static_cast<int>(ExcelDateKind::DateTime);
    const int time = static_cast<int>(ExcelDateKind::Time);
    QTest::newRow("45292 (1900)") << 45292.0 << false << date << QStringLiteral("2024-01-01");
    QTest::newRow("43830 (1904)") << 43830.0 << true << date << QStringLiteral("2024-01-01");
    QTest::newRow("0 (1904)") << 0.0 << true << date << QStringLiteral("1904-01-01");
    QTest::newRow("1 (1900)") << 1.0 << false << date << QStringLiteral("1900-01-01");
    QTest::newRow("59 (1900)") << 59.0 << false << date << QStringLiteral("1900-02-28");
    QTest::newRow("61 (1900)") << 61.0 << false << date << QStringLiteral("1900-03-01");
    QTest::newRow("noon") << 45292.5 << false << dateTime << QStringLiteral("2024-01-01 12:00:00");
    QTest::newRow("date with a time")
        << 45292.75 << false << date << QStringLiteral("2024-01-01 18:00:00");
    QTest::newRow("time") << 0.25 << false << time << QStringLiteral("06:00:00");
    QTest::newRow("rounds to the second")
        << 44692.5848495370 << false << dateTime << QStringLiteral("2022-05-11 14:02:11");
    QTest::newRow("negative") << -1.0 << false << date << QString();
}

void TestExcelDate::serials() {
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(int, kind);
    QFETCH(QString, text);
    QCOMPARE(excelSerialToText(serial, date1904, static_cast<ExcelDateKind>(kind)), text);
}

void TestExcelDate::formats_data() {
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("kind");
    QTest::newRow("14") << 14 << QString() << static_cast<int>(ExcelDateKind::Date);
    QTest::newRow("22") << 22 << QString() << static_cast<int>(ExcelDateKind::DateTime);
    QTest::newRow("20") << 20 << QString() << static_cast<int>(ExcelDateKind::Time);
    QTest::newRow("2 (0.00)") << 2 << QString() << static_cast<int>(ExcelDateKind::NotDate);
    QTest::newRow("custom date-time") << 164 << QStringLiteral("yyyy\\-mm\\-dd\\ hh:mm:ss")
                                      << static_cast<int>(ExcelDateKind::DateTime);
    QTest::newRow("custom long date")
        << 165 << QStringLiteral("[$-409]mmmm d, yyyy;@") << static_cast<int>(ExcelDateKind::Date);
    QTest::newRow("custom minutes")
        << 166 << QStringLiteral("mm:ss") << static_cast<int>(ExcelDateKind::Time);
    QTest::newRow("custom money") << 167 << QStringLiteral("[Red]\"$\"#,##0.00")
                                  << static_cast<int>(ExcelDateKind::NotDate);
    QTest::newRow("quoted letters")
        << 168 << QStringLiteral("0 \"days\"") << static_cast<int>(ExcelDateKind::NotDate);
}

void TestExcelDate::formats() {
    QFETCH(int, id);
    QFETCH(QString, code);
    QFETCH(int, kind);
    QCOMPARE(static_cast<int>(excelDateKind(id, code)), kind);
}

void TestExcelDate::workbookDateCells() {
    // tests/fixtures/containers/dates.xlsx (make_container_fixtures.py): column B holds date
    // cells in the styles named in column A; a plain number stays a number.
    CsvReader reader;
    QVERIFY2(reader.open(QStringLiteral(PVI_FIXTURES_DIR "/containers/dates.xlsx")),
             qPrintable(reader.error().toString()));
    QStringList values;
    CsvRow row;
    while (reader.readRow(row))
        values.append(row.value(1));
    QCOMPARE(values, (QStringList{QStringLiteral("value"), QStringLiteral("2024-01-01"),
                                  QStringLiteral("2024-01-01 12:00:00"),
                                  QStringLiteral("2025-01-01 18:00:00"), QStringLiteral("06:00:00"),
                                  QStringLiteral("45292"), QStringLiteral("1900-02-28"),
                                  QStringLiteral("1900-03-01")}));
    QCOMPARE(row.line, 8); // the last record is on the sheet's row 8
}

PVI_TEST_CLASS(TestExcelDate)
#include "test_excel_date.moc"
