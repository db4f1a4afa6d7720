// Value parsers: every expected value below is worked out by hand from the rules documented in
// model/io/value_parsers.h and timestamp.h (e.g. "1.234,56 €": both separators occur, the last
// one (',') is the decimal separator, '.' groups "1" and "234" -> 1234.56).
#include "io/value_parsers.h"
#include "test_registry.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using pvi::DateOrder;
using pvi::DecimalSeparator;
using pvi::ParsedNumber;

Q_DECLARE_METATYPE(ParsedNumber::Status)

class TestValueParsers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesNumbers_data();
    void parsesNumbers();
    void decimalSeparatorHint_data();
    void decimalSeparatorHint();
    void parsesBooleans_data();
    void parsesBooleans();
    void normalizesEmails();
    void parsesTimestamps_data();
    void parsesTimestamps();
    void rejectsBadTimestamps_data();
    void rejectsBadTimestamps();
    void timestampToUtc();
    void infersDateOrder();
};

void TestValueParsers::parsesNumbers_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<ParsedNumber::Status>("status");
    QTest::addColumn<double>("value");
    using S = ParsedNumber::Status;
    const auto row = [](const QString& text, S status, double value) {
        QTest::newRow(qPrintable(text.isEmpty() ? u"(empty)"_s : text)) << text << status << value;
    };
    // Shopify money: dot decimal, no symbol.
    row(u"33017.00"_s, S::Ok, 33017.0);
    row(u"-12.5"_s, S::Ok, -12.5);
    row(u"64517.0"_s, S::Ok, 64517.0);
    row(u"265000.00"_s, S::Ok, 265000.0);
    row(u"0"_s, S::Ok, 0.0);
    row(u"  7 "_s, S::Ok, 7.0);
    // Symbols and codes before or after.
    row(u"$1,234.56"_s, S::Ok, 1234.56);
    row(u"€1.234,56"_s, S::Ok, 1234.56);
    row(u"1.234,56 €"_s, S::Ok, 1234.56);
    row(u"R 699.00"_s, S::Ok, 699.0);
    row(u"CA$12"_s, S::Ok, 12.0);
    row(u"£3"_s, S::Ok, 3.0);
    row(u"12.00 USD"_s, S::Ok, 12.0);
    row(u"EUR 5,50"_s, S::Ok, 5.5);
    row(u"R$ 1.234,56"_s, S::Ok, 1234.56);
    row(u"Rs. 1,23,456.00"_s, S::Ok, 123456.0); // Indian grouping 1-2-3
    row(u"-$12.00"_s, S::Ok, -12.0);
    row(u"$-12.00"_s, S::Ok, -12.0);
    row(u"\u2212"
        u"4"_s,
        S::Ok, -4.0); // U+2212 minus sign
    // Space, no-break space, narrow no-break space and apostrophe grouping.
    row(u"1 234,56"_s, S::Ok, 1234.56);
    row(u"1\u00A0234,56"_s, S::Ok, 1234.56);
    row(u"1\u202F234\u202F567"_s, S::Ok, 1234567.0);
    row(u"1'234.50"_s, S::Ok, 1234.5);
    // Accounting negatives, Excel guard, percent.
    row(u"(12.00)"_s, S::Ok, -12.0);
    row(u"($1,000.00)"_s, S::Ok, -1000.0);
    row(u"'4001"_s, S::Ok, 4001.0);
    row(u"'84403"_s, S::Ok, 84403.0);
    row(u"12%"_s, S::Ok, 12.0);
    row(u"0.0118"_s, S::Ok, 0.0118);
    row(u"12.14%"_s, S::Ok, 12.14);
    // The single-separator rules.
    row(u"3,50"_s, S::Ok, 3.5);            // 2 digits after: decimal
    row(u"1,5"_s, S::Ok, 1.5);             // 1 digit after: decimal
    row(u"1,234"_s, S::Ok, 1234.0);        // comma + exactly 3 digits: thousands
    row(u"1.234"_s, S::Ok, 1.234);         // dot + exactly 3 digits: decimal
    row(u"0,125"_s, S::Ok, 0.125);         // zero integer part: decimal
    row(u"1234,567"_s, S::Ok, 1234.567);   // 4 integer digits cannot be a thousands group
    row(u"1 234,567"_s, S::Ok, 1234.567);  // spaces already group: ',' is decimal
    row(u"1.234.567"_s, S::Ok, 1234567.0); // repeated: thousands
    row(u"1,234,567.89"_s, S::Ok, 1234567.89);
    row(u"19.059171597633135"_s, S::Ok, 19.059171597633135); // GA4 seconds
    row(u"0012.50"_s, S::Ok, 12.5);                          // leading zeros
    row(u"-0.75"_s, S::Ok, -0.75);
    row(u".5"_s, S::Ok, 0.5);
    row(u"1.5e-3"_s, S::Ok, 0.0015);
    row(u"2E+2"_s, S::Ok, 200.0);
    // Empty and invalid.
    row(QString(), S::Empty, 0.0);
    row(u"   "_s, S::Empty, 0.0);
    row(u"'"_s, S::Empty, 0.0);
    row(u"abc"_s, S::Invalid, 0.0);
    row(u"N/A"_s, S::Invalid, 0.0);
    row(u"-"_s, S::Invalid, 0.0);
    row(u"$"_s, S::Invalid, 0.0);
    row(u"12abc"_s, S::Invalid, 0.0);
    row(u"1,2,3"_s, S::Invalid, 0.0);     // groups of 1 digit
    row(u"12.345.67"_s, S::Invalid, 0.0); // last group of 2
    row(u"1..2"_s, S::Invalid, 0.0);
    row(u"5."_s, S::Invalid, 0.0);
    row(u"1.234,56.7"_s, S::Invalid, 0.0);
    row(u"-(12)"_s, S::Invalid, 0.0);
    row(u"+56 9 9545 5338"_s, S::Invalid, 0.0); // a phone number, not an amount
    row(u"P1H 1L6"_s, S::Invalid, 0.0);
    row(u"inf"_s, S::Invalid, 0.0);
}

void TestValueParsers::parsesNumbers() {
    QFETCH(QString, text);
    QFETCH(ParsedNumber::Status, status);
    QFETCH(double, value);
    const ParsedNumber parsed = pvi::parseNumber(text);
    QVERIFY2(parsed.status == status,
             qPrintable(u"status %1, expected %2 (value %3)"_s.arg(int(parsed.status))
                            .arg(int(status))
                            .arg(parsed.value, 0, 'g', 17)));
    // Exact: every expected value is the double nearest to the decimal written (from_chars).
    QCOMPARE(parsed.value, value);
}

void TestValueParsers::decimalSeparatorHint_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<DecimalSeparator>("decimal");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");
    QTest::newRow("1.234 comma") << u"1.234"_s << DecimalSeparator::Comma << true << 1234.0;
    QTest::newRow("1,234 dot") << u"1,234"_s << DecimalSeparator::Dot << true << 1234.0;
    QTest::newRow("1,234 comma") << u"1,234"_s << DecimalSeparator::Comma << true << 1.234;
    QTest::newRow("1,5 dot") << u"1,5"_s << DecimalSeparator::Dot << false << 0.0;
    QTest::newRow("1.234,56 dot") << u"1.234,56"_s << DecimalSeparator::Dot << false << 0.0;
    QTest::newRow("3,50 comma") << u"3,50"_s << DecimalSeparator::Comma << true << 3.5;
    QTest::newRow("12.50 dot") << u"12.50"_s << DecimalSeparator::Dot << true << 12.5;
    QTest::newRow("-7 comma") << u"-7"_s << DecimalSeparator::Comma << true << -7.0;
    QTest::newRow("1.5 comma") << u"1.5"_s << DecimalSeparator::Comma << false << 0.0;
}

void TestValueParsers::decimalSeparatorHint() {
    QFETCH(QString, text);
    QFETCH(DecimalSeparator, decimal);
    QFETCH(bool, ok);
    QFETCH(double, value);
    const ParsedNumber parsed = pvi::parseNumber(text, decimal);
    QCOMPARE(parsed.ok(), ok);
    QCOMPARE(parsed.value, value);
}

void TestValueParsers::parsesBooleans_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // 1 true, 0 false, -1 nullopt
    const QList<std::pair<QString, int>> cases = {
        {u"yes"_s, 1},    {u"YES"_s, 1},   {u" Yes "_s, 1},       {u"true"_s, 1}, {u"True"_s, 1},
        {u"y"_s, 1},      {u"Y"_s, 1},     {u"1"_s, 1},           {u"no"_s, 0},   {u"No"_s, 0},
        {u"false"_s, 0},  {u"FALSE"_s, 0}, {u"n"_s, 0},           {u"0"_s, 0},    {QString(), -1},
        {u"maybe"_s, -1}, {u"2"_s, -1},    {u"yes please"_s, -1}, {u"t"_s, -1},
    };
    for (const auto& [text, expected] : cases)
        QTest::newRow(qPrintable(u'[' + text + u']')) << text << expected;
}

void TestValueParsers::parsesBooleans() {
    QFETCH(QString, text);
    QFETCH(int, expected);
    const std::optional<bool> parsed = pvi::parseBool(text);
    QCOMPARE(parsed.has_value() ? int(*parsed) : -1, expected);
}

void TestValueParsers::normalizesEmails() {
    QCOMPARE(pvi::normalizeEmail(u"  Customer0048@Example.COM "), u"customer0048@example.com"_s);
    QCOMPARE(pvi::normalizeEmail(u"a@b.c"), u"a@b.c"_s);
    QCOMPARE(pvi::normalizeEmail(u"   "), QString());
    QVERIFY(pvi::normalizeEmail(QStringView()).isEmpty());
}

void TestValueParsers::parsesTimestamps_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<bool>("hasTime");
    QTest::addColumn<bool>("hasOffset");
    QTest::addColumn<int>("offset");
    const auto mf = DateOrder::MonthFirst;
    const auto df = DateOrder::DayFirst;
    const auto row = [](const QString& text, DateOrder order, QDate date, QTime time, bool hasTime,
                        bool hasOffset, int offset) {
        QTest::newRow(qPrintable(text + (order == DateOrder::DayFirst ? u" (DMY)"_s : QString())))
            << text << order << date << time << hasTime << hasOffset << offset;
    };
    row(u"2025-03-20 05:20:57 -0700"_s, mf, {2025, 3, 20}, {5, 20, 57}, true, true, -7 * 3600);
    row(u"2021-05-13 11:01:13 +0200"_s, mf, {2021, 5, 13}, {11, 1, 13}, true, true, 2 * 3600);
    row(u"2025-03-20T05:20:57Z"_s, mf, {2025, 3, 20}, {5, 20, 57}, true, true, 0);
    row(u"2025-03-20T05:20:57+02:00"_s, mf, {2025, 3, 20}, {5, 20, 57}, true, true, 7200);
    row(u"2025-03-20T05:20:57-0700"_s, mf, {2025, 3, 20}, {5, 20, 57}, true, true, -25200);
    row(u"2025-03-20T05:20:57.123456Z"_s, mf, {2025, 3, 20}, {5, 20, 57, 123}, true, true, 0);
    row(u"2025-03-20T05:20:57.5+05:30"_s, mf, {2025, 3, 20}, {5, 20, 57, 500}, true, true, 19800);
    row(u"2025-03-20 05:20:57+00:00"_s, mf, {2025, 3, 20}, {5, 20, 57}, true, true, 0);
    row(u"2025-03-20"_s, mf, {2025, 3, 20}, {0, 0}, false, false, 0);
    row(u"2025-03-20 05:20"_s, mf, {2025, 3, 20}, {5, 20}, true, false, 0);
    row(u"2023-01-23 06:24:12"_s, mf, {2023, 1, 23}, {6, 24, 12}, true, false, 0);
    row(u"3/2/17 13:39"_s, mf, {2017, 3, 2}, {13, 39}, true, false, 0);
    row(u"3/2/17 13:39"_s, df, {2017, 2, 3}, {13, 39}, true, false, 0);
    row(u"3/2/2017 13:39:05"_s, mf, {2017, 3, 2}, {13, 39, 5}, true, false, 0);
    row(u"12/1/2010 8:26"_s, mf, {2010, 12, 1}, {8, 26}, true, false, 0);
    row(u"22/02/2015 13:09:25"_s, df, {2015, 2, 22}, {13, 9, 25}, true, false, 0);
    row(u"20.03.2025 17:45"_s, mf, {2025, 3, 20}, {17, 45}, true, false, 0); // dots: day first
    // Google Forms: 12-hour clock and a zone abbreviation (AST = UTC-4).
    row(u"2022/06/22 11:07:29 AM AST"_s, mf, {2022, 6, 22}, {11, 7, 29}, true, true, -4 * 3600);
    row(u"2022/06/22 12:07:29 AM AST"_s, mf, {2022, 6, 22}, {0, 7, 29}, true, true, -4 * 3600);
    row(u"2022/06/22 12:07:29 PM EDT"_s, mf, {2022, 6, 22}, {12, 7, 29}, true, true, -4 * 3600);
    row(u"2022/06/22 1:07:29 pm CEST"_s, mf, {2022, 6, 22}, {13, 7, 29}, true, true, 2 * 3600);
    row(u"2022/06/22 11:07:29 PM XYZT"_s, mf, {2022, 6, 22}, {23, 7, 29}, true, false, 0);
    row(u"9/6/2018 0:06:16"_s, mf, {2018, 9, 6}, {0, 6, 16}, true, false, 0);
    row(u"2025-03-20 05:20:57 GMT+2"_s, mf, {2025, 3, 20}, {5, 20, 57}, true, true, 7200);
    row(u"2025-03-20 05:20:57 UTC"_s, mf, {2025, 3, 20}, {5, 20, 57}, true, true, 0);
    row(u"20250201"_s, mf, {2025, 2, 1}, {0, 0}, false, false, 0);        // GA4
    row(u"  2024-02-29  "_s, mf, {2024, 2, 29}, {0, 0}, false, false, 0); // leap day
}

void TestValueParsers::parsesTimestamps() {
    QFETCH(QString, text);
    QFETCH(DateOrder, order);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(bool, hasTime);
    QFETCH(bool, hasOffset);
    QFETCH(int, offset);
    const std::optional<pvi::Timestamp> parsed = pvi::parseTimestamp(text, order);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(parsed->date, date);
    QCOMPARE(parsed->time, time);
    QCOMPARE(parsed->hasTime, hasTime);
    QCOMPARE(parsed->utcOffsetSeconds.has_value(), hasOffset);
    if (hasOffset)
        QCOMPARE(*parsed->utcOffsetSeconds, offset);
}

void TestValueParsers::rejectsBadTimestamps_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateOrder>("order");
    const QList<std::pair<QString, DateOrder>> cases = {
        {u"2025-02-30"_s, DateOrder::MonthFirst},
        {u"2023-02-29"_s, DateOrder::MonthFirst},
        {u"13/13/2025"_s, DateOrder::MonthFirst},
        {u"20/03/2025"_s, DateOrder::MonthFirst},
        {u"3/20/2025"_s, DateOrder::DayFirst},
        {u"2025-03-20 25:00"_s, DateOrder::MonthFirst},
        {u"2025-03-20 13:00 PM"_s, DateOrder::MonthFirst},
        {u"2025-03-20 05:61"_s, DateOrder::MonthFirst},
        {u"2025-03-20T05:20:57+25:00"_s, DateOrder::MonthFirst},
        {u"2025-03-20 5"_s, DateOrder::MonthFirst},
        {u"2025-03-20 05:20 tomorrow"_s, DateOrder::MonthFirst},
        {u"20251340"_s, DateOrder::MonthFirst},
        {u"2025"_s, DateOrder::MonthFirst},
        {u"hello"_s, DateOrder::MonthFirst},
        {QString(), DateOrder::MonthFirst},
        {u"3/2/217"_s, DateOrder::MonthFirst},
        {u"2025-03/20"_s, DateOrder::MonthFirst},
        {u"2025-03-20X05:20"_s, DateOrder::MonthFirst},
    };
    for (const auto& [text, order] : cases)
        QTest::newRow(qPrintable(u'[' + text + u']')) << text << order;
}

void TestValueParsers::rejectsBadTimestamps() {
    QFETCH(QString, text);
    QFETCH(DateOrder, order);
    const auto parsed = pvi::parseTimestamp(text, order);
    QVERIFY2(
        !parsed.has_value(),
        qPrintable(u"parsed as "_s + (parsed ? parsed->toUtc().toString(Qt::ISODate) : QString())));
}

void TestValueParsers::timestampToUtc() {
    // 05:20:57 at UTC-7 is 12:20:57 UTC the same day; 01:30 at +02:00 is 23:30 UTC the day before.
    const auto shopify = pvi::parseTimestamp(u"2025-03-20 05:20:57 -0700");
    QVERIFY(shopify);
    QCOMPARE(shopify->toUtc(), QDateTime(QDate(2025, 3, 20), QTime(12, 20, 57), Qt::UTC));
    const auto early = pvi::parseTimestamp(u"2021-05-13T01:30:00+02:00");
    QVERIFY(early);
    QCOMPARE(early->toUtc(), QDateTime(QDate(2021, 5, 12), QTime(23, 30), Qt::UTC));
    // No offset known: the wall time is taken as UTC.
    const auto local = pvi::parseTimestamp(u"2023-01-23 06:24:12");
    QVERIFY(local);
    QCOMPARE(local->toUtc(), QDateTime(QDate(2023, 1, 23), QTime(6, 24, 12), Qt::UTC));
}

void TestValueParsers::infersDateOrder() {
    // 22/02/2015 has no month 22, so the column is day first; 9/6/2018 fits both orders.
    QCOMPARE(pvi::inferDateOrder({u"9/6/2018 0:06:16"_s, u"22/02/2015 13:09:25"_s}),
             DateOrder::DayFirst);
    // 2/22/2015 has no month 22 the other way round.
    QCOMPARE(pvi::inferDateOrder({u"9/6/2018"_s, u"2/22/2015"_s}, DateOrder::DayFirst),
             DateOrder::MonthFirst);
    // Undecided (only ambiguous or ISO values, or contradicting ones): the fallback.
    QCOMPARE(pvi::inferDateOrder({u"9/6/2018"_s, u"2025-03-20"_s}, DateOrder::DayFirst),
             DateOrder::DayFirst);
    QCOMPARE(pvi::inferDateOrder({u"22/02/2015"_s, u"2/22/2015"_s}), DateOrder::MonthFirst);
    QCOMPARE(pvi::inferDateOrder({}), DateOrder::MonthFirst);
}

PVI_TEST_CLASS(TestValueParsers)
#include "test_value_parsers.moc"
