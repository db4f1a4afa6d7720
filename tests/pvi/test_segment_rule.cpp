// The segment rule language (pvi/segments/segment_rule.h): what it accepts, how AND, OR, NOT and
// parentheses combine, and the errors naming the position of what is wrong.
#include "pvi/segments/segment_rule.h"
#include "test_registry.h"

#include <QTest>

using namespace pvi;
using namespace Qt::StringLiterals;

namespace {

/// A customer as of 30 Jun 2025: 3 orders, 320 spent (100 of it in the last 90 days), last order
/// 5 Jun, tags wholesale (customer) and personalized (order), Canada / ON, consent, not exposed.
RuleFacts customer() {
    RuleFacts f;
    f.asOfDay = QDate(2025, 6, 30).toJulianDay();
    f.spend = 320;
    f.orders = 3;
    f.lastOrderDay = QDate(2025, 6, 5).toJulianDay();
    f.firstOrderDay = QDate(2024, 4, 10).toJulianDay();
    f.r = 4;
    f.f = 3;
    f.m = 5;
    f.consent = true;
    f.customerTags = {u"wholesale"_s};
    f.orderTags = {u"personalized"_s};
    f.lists = {u"vip list"_s};
    f.emailGroups = {u"Interests: Cakes"_s};
    f.surveyAnswers = {u"How did you hear about us?: Instagram"_s};
    f.country = u"Canada"_s;
    f.region = u"ON"_s;
    f.window = [](int days) {
        return days >= 90 ? std::pair{100.0, qint64{1}} : std::pair{0.0, qint64{0}};
    };
    return f;
}

bool matches(const QString& text) {
    const RuleParse parsed = parseSegmentRule(text);
    if (!parsed.rule)
        qWarning("%s", qPrintable(parsed.error));
    return parsed.rule && matchesRule(*parsed.rule, customer());
}

} // namespace

class TestSegmentRule : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void conditions_data();
    void conditions();
    void errors_data();
    void errors();
    void deepNestingIsRefused();
};

void TestSegmentRule::conditions_data() {
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("expected");
    QTest::newRow("spend") << u"spend > 300"_s << true;
    QTest::newRow("spend with $") << u"spend >= $321"_s << false;
    QTest::newRow("window") << u"spend_last_90d >= 100 AND orders_last_90d = 1"_s << true;
    QTest::newRow("short window") << u"spend_last_30d > 0"_s << false;
    QTest::newRow("recency") << u"recency <= 25"_s << true;
    QTest::newRow("last order") << u"last_order >= 2025-06-01"_s << true;
    QTest::newRow("first order") << u"first_order < 2024-01-01"_s << false;
    QTest::newRow("rfm") << u"r >= 4 and m = 5 and f != 1"_s << true;
    QTest::newRow("tag any kind") << u"tag = PERSONALIZED"_s << true;
    QTest::newRow("customer tag only") << u"customer_tag = personalized"_s << false;
    QTest::newRow("not tag") << u"tag != retail"_s << true;
    QTest::newRow("country quoted") << u"country = \"canada\""_s << true;
    QTest::newRow("region") << u"region = 'on'"_s << true;
    QTest::newRow("consent") << u"consent = yes"_s << true;
    QTest::newRow("exposed") << u"exposed = true"_s << false;
    QTest::newRow("list") << u"list = 'VIP list'"_s << true;
    QTest::newRow("email group") << u"email_group = 'interests: cakes'"_s << true;
    QTest::newRow("survey answer") << u"survey = instagram"_s << true;
    QTest::newRow("AND false") << u"spend > 300 AND country = US"_s << false;
    QTest::newRow("OR true") << u"country = US OR tag = wholesale"_s << true;
    QTest::newRow("AND binds tighter") << u"country = US AND spend > 1 OR orders = 3"_s << true;
    QTest::newRow("parentheses") << u"country = US AND (spend > 1 OR orders = 3)"_s << false;
    QTest::newRow("NOT") << u"NOT country = US"_s << true;
    QTest::newRow("NOT group") << u"not (consent = yes and spend > 1)"_s << false;
}

void TestSegmentRule::conditions() {
    QFETCH(QString, rule);
    QFETCH(bool, expected);
    QCOMPARE(matches(rule), expected);
}

void TestSegmentRule::errors_data() {
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << u"  "_s << 1 << u"position 1: the rule is empty"_s;
    QTest::newRow("unknown field")
        << u"spend > 10 AND colour = red"_s << 16 << u"position 16: unknown field 'colour'"_s;
    QTest::newRow("no operator") << u"spend 10"_s << 7
                                 << u"position 7: expected a comparison (<, <=, >, >=, =, !=) "
                                    u"after 'spend'"_s;
    QTest::newRow("no value") << u"spend >"_s << 8
                              << u"position 8: expected a value after 'spend >'"_s;
    QTest::newRow("not a number") << u"orders > many"_s << 10
                                  << u"position 10: 'many' is not a number"_s;
    QTest::newRow("not a date") << u"last_order > 2025-13-01"_s << 14
                                << u"position 14: '2025-13-01' is not a date (YYYY-MM-DD)"_s;
    QTest::newRow("not yes or no")
        << u"consent = maybe"_s << 11 << u"position 11: 'maybe' is not yes or no"_s;
    QTest::newRow("order on text")
        << u"tag > vip"_s << 5 << u"position 5: 'tag' can only be compared with = or !="_s;
    QTest::newRow("open quote") << u"tag = \"vip"_s << 7
                                << u"position 7: the quoted text is not closed"_s;
    QTest::newRow("missing paren") << u"(spend > 1"_s << 11 << u"position 11: expected ')'"_s;
    QTest::newRow("dangling AND") << u"spend > 1 AND"_s << 14
                                  << u"position 14: the rule ends where a condition was "
                                     u"expected"_s;
    QTest::newRow("two conditions") << u"spend > 1 orders > 2"_s << 11
                                    << u"position 11: expected AND, OR or the end of the rule, "
                                       u"found 'orders'"_s;
    QTest::newRow("sql") << u"tag = x; DROP TABLE orders"_s << 8
                         << u"position 8: unexpected character ';'"_s;
    QTest::newRow("window zero") << u"spend_last_0d > 1"_s << 1
                                 << u"position 1: the window of 'spend_last_0d' must be 1 to "
                                    u"36600 days"_s;
}

void TestSegmentRule::errors() {
    QFETCH(QString, rule);
    QFETCH(int, position);
    QFETCH(QString, message);
    const RuleParse parsed = parseSegmentRule(rule);
    QVERIFY(!parsed.rule);
    QCOMPARE(parsed.position, position);
    QVERIFY2(parsed.error.startsWith(message), qPrintable(parsed.error));
}

void TestSegmentRule::deepNestingIsRefused() {
    const QString deep = QString(200, u'(') + u"spend > 1"_s + QString(200, u')');
    const RuleParse parsed = parseSegmentRule(deep);
    QVERIFY(!parsed.rule);
    QVERIFY(parsed.error.contains(u"nests more than 64 levels"_s));
    QVERIFY(parseSegmentRule(QString(10, u'(') + u"spend > 1"_s + QString(10, u')')).rule);
}

PVI_TEST_CLASS(TestSegmentRule)
#include "test_segment_rule.moc"
