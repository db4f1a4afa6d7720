// The CSV reader over hand-made fixtures (tests/fixtures/csv, written by make_fixtures.py).
// Every expected row, line and encoding below was worked out by hand from the bytes that the
// script writes; the multi-line cases were cross-checked with Python's csv module (its
// reader.line_num is the line where a record ends, i.e. CsvRow::endLine).
#include "io/csv_reader.h"
#include "io/delimiter_sniffer.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <thread>

using namespace Qt::StringLiterals;
using pvi::CsvReader;
using pvi::CsvRow;
using pvi::TextEncoding;

namespace {

QString fixture(const QString& name) {
    return QStringLiteral(PVI_FIXTURES_DIR "/csv/") + name;
}

struct ReadResult {
    QList<QStringList> rows;
    QList<qint64> lines;
    QList<qint64> endLines;
    bool failed = false;
    pvi::CsvError error;
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter;
    QString progressProblem; // empty when bytesRead() behaved
};

ReadResult readAll(const QString& path, const CsvReader::Options& options) {
    ReadResult result;
    CsvReader reader;
    if (!reader.open(path, options)) {
        result.failed = true;
        result.error = reader.error();
        return result;
    }
    result.encoding = reader.encoding();
    result.delimiter = reader.delimiter();
    CsvRow row;
    qint64 previousBytes = reader.bytesRead();
    qint64 expectedNumber = 1;
    while (reader.readRow(row)) {
        result.rows.append(row.fields);
        result.lines.append(row.line);
        result.endLines.append(row.endLine);
        if (row.recordNumber != expectedNumber++)
            result.progressProblem = u"record number %1 out of sequence"_s.arg(row.recordNumber);
        if (reader.bytesRead() < previousBytes)
            result.progressProblem = u"bytesRead went backwards"_s;
        previousBytes = reader.bytesRead();
    }
    result.failed = reader.hasError();
    result.error = reader.error();
    if (!result.failed && reader.bytesRead() != reader.fileSize()) {
        result.progressProblem = u"bytesRead %1 != fileSize %2 at the end"_s.arg(reader.bytesRead())
                                     .arg(reader.fileSize());
    }
    return result;
}

QString show(const QList<QStringList>& rows) {
    QStringList out;
    for (const QStringList& row : rows) {
        QStringList quoted;
        for (QString field : row)
            quoted.append(u'[' + field.replace(u'\r', u"\\r"_s).replace(u'\n', u"\\n"_s) + u']');
        out.append(quoted.join(u' '));
    }
    return out.join(u" / "_s);
}

QString show(const QList<qint64>& numbers) {
    QStringList out;
    for (qint64 n : numbers)
        out.append(QString::number(n));
    return out.join(u',');
}

CsvReader::Options withChunk(qsizetype chunk, QChar comment = QChar()) {
    CsvReader::Options options;
    options.chunkSize = chunk;
    options.commentPrefix = comment;
    return options;
}

// Chunk sizes that cut multi-byte characters, CRLF pairs and doubled quotes at every position.
const QList<qsizetype> kChunkSizes = {1, 2, 3, 5, 7, 64, 1024 * 1024};

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsFixture_data();
    void readsFixture();
    void invalidUtf8AfterThePrefixIsReadAsWindows1252();
    void rejectsFilesThatAreNotText_data();
    void rejectsFilesThatAreNotText();
    void unterminatedQuoteNamesWhereItOpened();
    void overlongRecordIsAnError();
    void missingFileIsAnError();
    void explicitDelimiterWins();
    void blankLinesCanBeKept();
    void readerCanBeReopened();
    void readsFromAPipe();
    void sniffsDelimiter_data();
    void sniffsDelimiter();
};

void TestCsvReader::readsFixture_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addColumn<QList<qint64>>("endLines");

    using Rows = QList<QStringList>;
    using Lines = QList<qint64>;
    QTest::newRow("UTF-8 with BOM, CRLF")
        << u"utf8_bom.csv"_s << QString() << TextEncoding::Utf8Bom << u","_s
        << Rows{{u"Name"_s, u"City"_s}, {u"Zoë"_s, u"Köln"_s}, {u"José"_s, u"São Paulo"_s}}
        << Lines{1, 2, 3} << Lines{1, 2, 3};
    // U+1F370 (shortcake) is a surrogate pair in UTF-16.
    QTest::newRow("UTF-16 LE with BOM, tab")
        << u"utf16le_bom.txt"_s << QString() << TextEncoding::Utf16LE << u"\t"_s
        << Rows{{u"Name"_s, u"Total"_s}, {u"Renée"_s, u"12.50"_s}, {u"\U0001F370 Cake"_s, u"3"_s}}
        << Lines{1, 2, 3} << Lines{1, 2, 3};
    QTest::newRow("UTF-16 BE with BOM")
        << u"utf16be_bom.csv"_s << QString() << TextEncoding::Utf16BE << u","_s
        << Rows{{u"Name"_s, u"Note"_s}, {u"Ann"_s, u"a, b"_s}, {u"Bo"_s, u"€5"_s}} << Lines{1, 2, 3}
        << Lines{1, 2, 3};
    QTest::newRow("UTF-16 LE without BOM")
        << u"utf16le_no_bom.csv"_s << QString() << TextEncoding::Utf16LE << u","_s
        << Rows{{u"Name"_s, u"Total"_s}, {u"Ann"_s, u"1"_s}} << Lines{1, 2} << Lines{1, 2};
    // Bytes E9 = é, EF = ï, 92 = ’ (U+2019), 80 = € in Windows-1252.
    QTest::newRow("Windows-1252") << u"windows1252.csv"_s << QString() << TextEncoding::Windows1252
                                  << u","_s
                                  << Rows{{u"Name"_s, u"Comment"_s},
                                          {u"Café"_s, u"naïve"_s},
                                          {u"Bob"_s, u"it\u2019s €5"_s}}
                                  << Lines{1, 2, 3} << Lines{1, 2, 3};
    QTest::newRow("semicolon with decimal commas")
        << u"semicolon_decimal_comma.csv"_s << QString() << TextEncoding::Utf8 << u";"_s
        << Rows{{u"Artikel"_s, u"Preis"_s, u"Menge"_s},
                {u"Brot"_s, u"3,50"_s, u"2"_s},
                {u"Kuchen"_s, u"12,00"_s, u"1"_s},
                {u"Torte; groß"_s, u"1.234,56"_s, u"1"_s}}
        << Lines{1, 2, 3, 4} << Lines{1, 2, 3, 4};
    QTest::newRow("Excel sep= line")
        << u"excel_sep_line.csv"_s << QString() << TextEncoding::Utf8 << u";"_s
        << Rows{{u"Name"_s, u"Total"_s}, {u"A"_s, u"1,5"_s}} << Lines{2, 3} << Lines{2, 3};
    QTest::newRow("tab separated")
        << u"tab_separated.tsv"_s << QString() << TextEncoding::Utf8 << u"\t"_s
        << Rows{{u"Name"_s, u"Amount"_s, u"Note"_s},
                {u"A"_s, u"1,234.00"_s, u"comma, inside"_s},
                {u"B"_s, u"5"_s, u"quoted\ttab"_s}}
        << Lines{1, 2, 3} << Lines{1, 2, 3};
    QTest::newRow("quoted LF newlines")
        << u"quoted_newline_lf.csv"_s << QString() << TextEncoding::Utf8 << u","_s
        << Rows{{u"Name"_s, u"Notes"_s, u"Total"_s},
                {u"#1001"_s, u"Line one\nLine two"_s, u"10.00"_s},
                {u"#1002"_s, u"UTM source: facebook\nUTM medium: paid\n"_s, u"20.00"_s},
                {u"#1003"_s, u"plain"_s, u"30.00"_s}}
        << Lines{1, 2, 4, 7} << Lines{1, 3, 6, 7};
    QTest::newRow("quoted CRLF newlines")
        << u"quoted_newline_crlf.csv"_s << QString() << TextEncoding::Utf8 << u","_s
        << Rows{{u"Name"_s, u"Notes"_s, u"Total"_s},
                {u"#1001"_s, u"Line one\r\nLine two"_s, u"10.00"_s},
                {u"#1002"_s, u"plain"_s, u"20.00"_s}}
        << Lines{1, 2, 4} << Lines{1, 3, 4};
    QTest::newRow("doubled quotes")
        << u"doubled_quotes.csv"_s << QString() << TextEncoding::Utf8 << u","_s
        << Rows{{u"Name"_s, u"Quote"_s},
                {u"A"_s, u"She said \"hi\""_s},
                {u"B"_s, u"\""_s},
                {u"C"_s, QString()},
                {u"D"_s, u"5\" screen"_s}}
        << Lines{1, 2, 3, 4, 5} << Lines{1, 2, 3, 4, 5};
    QTest::newRow("text after a closing quote is kept")
        << u"text_after_quote.csv"_s << QString() << TextEncoding::Utf8 << u","_s
        << Rows{{u"a"_s, u"b"_s}, {u"abc"_s, u"x y"_s}} << Lines{1, 2} << Lines{1, 2};
    QTest::newRow("ragged rows") << u"ragged_rows.csv"_s << QString() << TextEncoding::Utf8
                                 << u","_s
                                 << Rows{{u"a"_s, u"b"_s, u"c"_s},
                                         {u"1"_s, u"2"_s},
                                         {u"1"_s, u"2"_s, u"3"_s, u"4"_s},
                                         {QString(), QString()}}
                                 << Lines{1, 2, 3, 4} << Lines{1, 2, 3, 4};
    QTest::newRow("no final newline")
        << u"no_final_newline.csv"_s << QString() << TextEncoding::Utf8 << u","_s
        << Rows{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << Lines{1, 2} << Lines{1, 2};
    QTest::newRow("empty file") << u"empty.csv"_s << QString() << TextEncoding::Utf8 << u","_s
                                << Rows{} << Lines{} << Lines{};
    QTest::newRow("header only") << u"header_only.csv"_s << QString() << TextEncoding::Utf8
                                 << u","_s << Rows{{u"Name"_s, u"Email"_s, u"Total"_s}} << Lines{1}
                                 << Lines{1};
    QTest::newRow("CR line ends") << u"cr_line_ends.csv"_s << QString() << TextEncoding::Utf8
                                  << u","_s
                                  << Rows{{u"Name"_s, u"Total"_s},
                                          {u"A\rB"_s, u"1"_s},
                                          {u"C"_s, u"2"_s}}
                                  << Lines{1, 2, 4} << Lines{1, 3, 4};
    QTest::newRow("blank lines skipped")
        << u"blank_lines.csv"_s << QString() << TextEncoding::Utf8 << u","_s
        << Rows{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}} << Lines{1, 3, 5}
        << Lines{1, 3, 5};
    QTest::newRow("GA4 comment header")
        << u"ga4_comments.csv"_s << u"#"_s << TextEncoding::Utf8 << u","_s
        << Rows{{u"Landing page"_s, u"Sessions"_s, u"Key events"_s},
                {u"/shop"_s, u"845"_s, u"4"_s},
                {u"(not set)"_s, u"3"_s, u"0"_s},
                {u"City"_s, u"Users"_s},
                {u"Cape Town"_s, u"5"_s}}
        << Lines{5, 6, 7, 10, 11} << Lines{5, 6, 7, 10, 11};
}

void TestCsvReader::readsFixture() {
    QFETCH(QString, file);
    QFETCH(QString, comment);
    QFETCH(TextEncoding, encoding);
    QFETCH(QString, delimiter);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<qint64>, lines);
    QFETCH(QList<qint64>, endLines);

    for (qsizetype chunk : kChunkSizes) {
        const QChar prefix = comment.isEmpty() ? QChar() : comment.front();
        const ReadResult result = readAll(fixture(file), withChunk(chunk, prefix));
        const QString context = u"chunk size %1"_s.arg(chunk);
        QVERIFY2(!result.failed, qPrintable(context + u": "_s + result.error.toString()));
        QVERIFY2(result.progressProblem.isEmpty(),
                 qPrintable(context + u": "_s + result.progressProblem));
        QCOMPARE(result.encoding, encoding);
        QCOMPARE(result.delimiter, delimiter.front());
        QVERIFY2(result.rows == rows, qPrintable(context + u"\n  actual:   "_s + show(result.rows) +
                                                 u"\n  expected: "_s + show(rows)));
        QVERIFY2(result.lines == lines, qPrintable(context + u": lines "_s + show(result.lines) +
                                                   u", expected "_s + show(lines)));
        QVERIFY2(result.endLines == endLines,
                 qPrintable(context + u": end lines "_s + show(result.endLines) + u", expected "_s +
                            show(endLines)));
    }
}

void TestCsvReader::invalidUtf8AfterThePrefixIsReadAsWindows1252() {
    // 1,300 ASCII rows (71 KB, more than the 64 KiB detection prefix), then "Caf\xE9".
    for (qsizetype chunk : {qsizetype(3), qsizetype(4096), qsizetype(1024 * 1024)}) {
        const ReadResult result = readAll(fixture(u"utf8_late_invalid.csv"_s), withChunk(chunk));
        QVERIFY2(!result.failed, qPrintable(result.error.toString()));
        QCOMPARE(result.encoding, TextEncoding::Utf8);
        QCOMPARE(result.rows.size(), 1 + 1300 + 1);
        QCOMPARE(result.rows.last(), (QStringList{u"Café"_s, u"late byte"_s}));
        QCOMPARE(result.lines.last(), 1302);
        QCOMPARE(result.rows.at(1300).at(0), u"row01299"_s);
    }
}

void TestCsvReader::rejectsFilesThatAreNotText_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expectedText");
    // A .xlsx is decoded as a workbook (tests/importers/test_container_import.cpp).
    QTest::newRow("pdf") << u"report.pdf"_s << u"report.pdf looks like a PDF document"_s;
    QTest::newRow("NUL bytes") << u"nul_bytes.csv"_s << u"NUL byte at offset 6"_s;
}

void TestCsvReader::rejectsFilesThatAreNotText() {
    QFETCH(QString, file);
    QFETCH(QString, expectedText);
    CsvReader reader;
    QVERIFY(!reader.open(fixture(file)));
    QVERIFY(reader.hasError());
    QVERIFY2(reader.error().message.contains(expectedText), qPrintable(reader.error().message));
    QVERIFY2(reader.error().message.contains(u"export it as CSV"_s) ||
                 reader.error().message.contains(u"export the data as CSV"_s),
             qPrintable(reader.error().message));
    QCOMPARE(reader.error().file, fixture(file));
    CsvRow row;
    QVERIFY(!reader.readRow(row));
}

void TestCsvReader::unterminatedQuoteNamesWhereItOpened() {
    // Line 3 is `B,"never closed`: the quote opens field 2 at character 3 and is never closed.
    for (qsizetype chunk : kChunkSizes) {
        const ReadResult result = readAll(fixture(u"unterminated_quote.csv"_s), withChunk(chunk));
        QVERIFY(result.failed);
        QCOMPARE(result.rows.size(), 2);
        QCOMPARE(result.error.line, 3);
        QCOMPARE(result.error.column, 2);
        QVERIFY2(result.error.message.contains(u"line 3, field 2 (character 3)"_s),
                 qPrintable(result.error.message));
    }
}

void TestCsvReader::overlongRecordIsAnError() {
    CsvReader::Options options;
    options.maxRecordLength = 20;
    const ReadResult result = readAll(fixture(u"unterminated_quote.csv"_s), options);
    QVERIFY(result.failed);
    QCOMPARE(result.error.line, 3);
    QVERIFY2(result.error.message.contains(u"longer than 20 characters"_s),
             qPrintable(result.error.message));
}

void TestCsvReader::missingFileIsAnError() {
    CsvReader reader;
    QVERIFY(!reader.open(fixture(u"does_not_exist.csv"_s)));
    QVERIFY(reader.hasError());
    QVERIFY2(reader.error().message.startsWith(u"Cannot open the file"_s),
             qPrintable(reader.error().message));
}

void TestCsvReader::explicitDelimiterWins() {
    CsvReader::Options options;
    options.delimiter = u',';
    const ReadResult result = readAll(fixture(u"semicolon_decimal_comma.csv"_s), options);
    QVERIFY(!result.failed);
    QCOMPARE(result.delimiter, QChar(u','));
    QCOMPARE(result.rows.at(1), (QStringList{u"Brot;3"_s, u"50;2"_s}));
}

void TestCsvReader::blankLinesCanBeKept() {
    CsvReader::Options options;
    options.skipBlankLines = false;
    for (qsizetype chunk : kChunkSizes) {
        options.chunkSize = chunk;
        const ReadResult result = readAll(fixture(u"blank_lines.csv"_s), options);
        QVERIFY(!result.failed);
        const QList<QStringList> expected = {
            {u"a"_s, u"b"_s}, {}, {u"1"_s, u"2"_s}, {}, {u"3"_s, u"4"_s}};
        QVERIFY2(result.rows == expected, qPrintable(show(result.rows)));
        QCOMPARE(result.lines, (QList<qint64>{1, 2, 3, 4, 5}));
    }
}

void TestCsvReader::readerCanBeReopened() {
    CsvReader reader;
    CsvRow row;
    QVERIFY(reader.open(fixture(u"windows1252.csv"_s)));
    QVERIFY(reader.readRow(row));
    QVERIFY(reader.open(fixture(u"no_final_newline.csv"_s)));
    QCOMPARE(reader.encoding(), TextEncoding::Utf8);
    QVERIFY(reader.readRow(row));
    QCOMPARE(row.fields, (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(row.recordNumber, 1);
    QVERIFY(reader.readRow(row));
    QCOMPARE(row.fields, (QStringList{u"1"_s, u"2"_s}));
    QVERIFY(!reader.readRow(row));
    QVERIFY(!reader.hasError());
    QCOMPARE(reader.bytesRead(), reader.fileSize());
    QCOMPARE(reader.fileName(), fixture(u"no_final_newline.csv"_s));
}

void TestCsvReader::readsFromAPipe() {
    // A named pipe cannot seek and has no size: the detection prefix must be reused, not re-read.
    QTemporaryDir dir;
    const QString pipe = dir.filePath(u"orders.csv"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    std::thread writer([&pipe] {
        QFile out(pipe);
        if (out.open(QIODevice::WriteOnly))
            out.write("Name;Total\nA;\"1,5\"\nB;2\n");
    });
    const ReadResult result = readAll(pipe, withChunk(3));
    writer.join();
    QVERIFY2(!result.failed, qPrintable(result.error.toString()));
    QCOMPARE(result.delimiter, QChar(u';'));
    const QList<QStringList> expected = {
        {u"Name"_s, u"Total"_s}, {u"A"_s, u"1,5"_s}, {u"B"_s, u"2"_s}};
    QVERIFY2(result.rows == expected, qPrintable(show(result.rows)));
}

void TestCsvReader::sniffsDelimiter_data() {
    QTest::addColumn<QString>("sample");
    QTest::addColumn<bool>("whole");
    QTest::addColumn<QString>("expected");
    QTest::newRow("comma") << u"a,b,c\n1,2,3\n"_s << true << u","_s;
    QTest::newRow("semicolon, decimal commas") << u"a;b\n1,5;2,5\n3,0;4\n"_s << true << u";"_s;
    QTest::newRow("tab with commas in text") << u"a\tb\nx, y\tz\n"_s << true << u"\t"_s;
    QTest::newRow("quoted semicolons ignored") << u"a,b\n\"x;y;z\",1\n"_s << true << u","_s;
    QTest::newRow("one column") << u"Email\nx@example.com\n"_s << true << u","_s;
    QTest::newRow("comment lines skipped") << u"# a;b;c\n# d;e\nx,y\n1,2\n"_s << true << u","_s;
    // The cut last record ("3;4;5;6" could go on) is ignored when the sample is not the whole file.
    QTest::newRow("cut sample") << u"a,b;c\n1,2;x\n3;4;5;6"_s << false << u","_s;
    QTest::newRow("header decides ties") << u"a;b;c,d\n"_s << true << u";"_s;
    QTest::newRow("empty") << QString() << true << u","_s;
    QTest::newRow("Excel sep= line") << u"sep=|\na|b\n"_s << true << u"|"_s;
}

void TestCsvReader::sniffsDelimiter() {
    QFETCH(QString, sample);
    QFETCH(bool, whole);
    QFETCH(QString, expected);
    const QChar declared = pvi::declaredDelimiter(sample);
    const QChar delimiter =
        declared.isNull() ? pvi::sniffDelimiter(sample, QChar(u'#'), whole) : declared;
    QCOMPARE(delimiter, expected.front());
}

PVI_TEST_CLASS(TestCsvReader)
#include "test_csv_reader.moc"
