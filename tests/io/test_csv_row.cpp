// CsvRow::copyFrom: a kept row is an independent copy, whatever the reader does next.
#include "io/csv_reader.h"
#include "io/csv_row.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCsvRow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void copyFromKeepsTheRowWhileTheReaderMovesOn();
    void copyFromTakesTheOtherRowsLength();
};

void TestCsvRow::copyFromKeepsTheRowWhileTheReaderMovesOn() {
    pvi::test::TempDir dir;
    const QString path = dir.path(u"rows.csv"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name,Total,Note\n#1001,12.50,\"first, with a comma\"\n#1002,7,second\n");
    }
    pvi::CsvReader reader;
    QVERIFY(reader.open(path));
    pvi::CsvRow row;
    pvi::CsvRow kept;
    QVERIFY(reader.readRow(row)); // header
    QVERIFY(reader.readRow(row));
    kept.copyFrom(row);
    QVERIFY(reader.readRow(row)); // reuses row's storage
    QCOMPARE(kept.fields, (QStringList{u"#1001"_s, u"12.50"_s, u"first, with a comma"_s}));
    QCOMPARE(kept.line, 2);
    QCOMPARE(kept.recordNumber, 2);
    QCOMPARE(row.fields, (QStringList{u"#1002"_s, u"7"_s, u"second"_s}));
}

void TestCsvRow::copyFromTakesTheOtherRowsLength() {
    pvi::CsvRow longRow;
    longRow.fields = {u"a"_s, u"b"_s, u"c"_s, u"d"_s};
    pvi::CsvRow shortRow;
    shortRow.fields = {u"x"_s, QString()};
    shortRow.line = 9;
    shortRow.endLine = 10;
    pvi::CsvRow kept;
    kept.copyFrom(longRow);
    QCOMPARE(kept.fields, longRow.fields);
    kept.copyFrom(shortRow);
    QCOMPARE(kept.fields.size(), 2);
    QCOMPARE(kept.fields.at(0), u"x"_s);
    QVERIFY(kept.fields.at(1).isEmpty());
    QCOMPARE(kept.line, 9);
    QCOMPARE(kept.endLine, 10);
}

PVI_TEST_CLASS(TestCsvRow)
#include "test_csv_row.moc"
