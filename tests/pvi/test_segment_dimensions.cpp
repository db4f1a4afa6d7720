// `pvi segments --by` end to end on the six-customer shop of test_segment_report.cpp (fixture
// tests/fixtures/ui/segments), with hand-made attributes added to its workspace:
//
//   customer  export record                 Mailchimp group    survey answer   imported list
//   A         Canada / ON, "Wholesale, VIP"  -                  -               VIP list
//   B         Canada / QC                    -                  Instagram       -
//   C         "wholesale"                    -                  Friend          -
//   D         -                              -                  Instagram       -
//   E         -                              Interests: Cakes   -               -
//   F         -                              Interests: Cakes   -               VIP list
//
// Every order's billing country is US, so C–F are in the US. Orders tagged "personalized" (A's
// of 10 May, F's of 20 Apr) make "personalized" an order tag of A and F. Period: Q2 2025; the
// segments at the start are those of 31 Mar 2025 (F had no order yet), at the end of 30 Jun.
// Net revenue in the period: A 200, C 80, E 40, F 60 + 60; activity window 365 days.
#include "cli_run.h"
#include "store/database.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

using pvi::test::runPvi;

constexpr const char* kAttributesSql = R"sql(
INSERT INTO customer_records (customer_id, batch_id, country, province, tags)
    SELECT id, 1, 'Canada', 'ON', 'Wholesale, VIP' FROM customers WHERE email = 'segment1@example.com';
INSERT INTO customer_records (customer_id, batch_id, country, province, tags)
    SELECT id, 1, 'Canada', 'QC', NULL FROM customers WHERE email = 'segment2@example.com';
INSERT INTO customer_records (customer_id, batch_id, country, province, tags)
    SELECT id, 1, NULL, NULL, 'wholesale' FROM customers WHERE email = 'segment3@example.com';
INSERT INTO audience_segments (platform, email, customer_id, kind, label)
    SELECT 'mailchimp', email, id, 'group', 'Interests: Cakes' FROM customers
    WHERE email IN ('segment5@example.com', 'segment6@example.com');
INSERT INTO survey_respondents (batch_id, platform, survey, survey_title, respondent_key,
                                customer_id, email)
    SELECT 1, 'typeform', 's1', 'Welcome survey', email, id, email FROM customers
    WHERE email IN ('segment2@example.com', 'segment3@example.com', 'segment4@example.com');
INSERT INTO survey_segment_questions (question) VALUES ('How did you hear about us?');
INSERT INTO survey_segment_answers (respondent_id, question, answer)
    SELECT id, 'How did you hear about us?',
           CASE email WHEN 'segment3@example.com' THEN 'Friend' ELSE 'Instagram' END
    FROM survey_respondents;
INSERT INTO customer_lists (batch_id, list_name, customer_id)
    SELECT 1, 'VIP list', id FROM customers
    WHERE email IN ('segment1@example.com', 'segment6@example.com');
)sql";

QJsonObject segmentById(const QJsonObject& report, const QString& id) {
    for (const QJsonValue& s : report[u"segments"_s].toArray())
        if (s.toObject()[u"id"_s].toString() == id)
            return s.toObject();
    return {};
}

double figure(const QJsonObject& segment, const char* name) {
    return segment[QString::fromLatin1(name)].toObject()[u"value"_s].toDouble();
}

int members(const QJsonObject& segment) {
    return segment[u"customers"_s].toObject()[u"n"_s].toInt();
}

bool near(double a, double b) {
    return std::abs(a - b) < 1e-9;
}

} // namespace

class TestSegmentDimensions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tag();
    void country();
    void region();
    void mailchimpGroup();
    void surveyAnswer();
    void importedList();
    void ruleWithAnd();
    void ruleWithOr();
    void rfmIsTheDefault();
    void textTable();
    void unknownDimension();
    void defineRejectsABadRule();
    void listAndRemove();

private:
    QJsonObject report(const QString& by);
    pvi::test::TempDir m_dir;
    QString m_path;
};

void TestSegmentDimensions::initTestCase() {
    m_path = m_dir.path(u"six.pvi"_s);
    for (const QStringList& args :
         {QStringList{u"init"_s, m_path},
          QStringList{u"import"_s, m_path,
                      QStringLiteral(PVI_FIXTURES_DIR "/ui/segments/segments_orders.csv")},
          QStringList{u"rules"_s, u"add"_s, m_path, u"--kind"_s, u"order-tag"_s, u"--pattern"_s,
                      u"personalized"_s},
          QStringList{u"segments"_s, u"define"_s, m_path, u"US big spenders"_s, u"--rule"_s,
                      u"spend > 300 AND country = US"_s},
          QStringList{u"segments"_s, u"define"_s, m_path, u"wholesale or vip"_s, u"--rule"_s,
                      u"customer_tag = wholesale OR list = \"VIP list\""_s}}) {
        const auto run = runPvi(args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    auto opened = pvi::Workspace::open(m_path, pvi::Workspace::Mode::OpenExisting);
    QVERIFY2(opened.workspace, qPrintable(opened.error));
    opened.workspace->db().exec(kAttributesSql);
}

QJsonObject TestSegmentDimensions::report(const QString& by) {
    const auto run = runPvi({u"segments"_s, m_path, u"--by"_s, by, u"--from"_s, u"2025-04-01"_s,
                             u"--to"_s, u"2025-06-30"_s, u"--json"_s});
    if (run.exitCode != 0)
        qWarning("%s", run.err.constData());
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(run.out, &error).object();
    if (error.error != QJsonParseError::NoError)
        qWarning("%s", qPrintable(error.errorString()));
    return object;
}

void TestSegmentDimensions::tag() {
    const QJsonObject r = report(u"tag"_s);
    QCOMPARE(r[u"available"_s].toBool(), true);
    QCOMPARE(r[u"dimension"_s].toObject()[u"id"_s].toString(), u"tag"_s);
    QCOMPARE(r[u"customers_at_end"_s].toInt(), 6); // "(no tag)" holds B, D, E
    const QJsonObject wholesale = segmentById(r, u"wholesale"_s);
    QCOMPARE(wholesale[u"name"_s].toString(), u"wholesale"_s);
    QCOMPARE(members(wholesale), 2); // A, C
    QVERIFY(near(figure(wholesale, "customers"), 100.0 * 2 / 6));
    QCOMPARE(wholesale[u"customers_at_start"_s].toInt(), 2);
    QCOMPARE(wholesale[u"growth_percent"_s].toDouble(), 0.0);
    QCOMPARE(figure(wholesale, "retention_rate"), 100.0);       // both active on 31 Mar and 30 Jun
    QCOMPARE(figure(wholesale, "revenue_per_customer"), 140.0); // (200 + 80) / 2
    QCOMPARE(figure(wholesale, "average_order_value"), 140.0);
    // The order tag: A and F; F had no order on 31 Mar.
    const QJsonObject personalized = segmentById(r, u"personalized"_s);
    QCOMPARE(members(personalized), 2);
    QCOMPARE(personalized[u"customers_at_start"_s].toInt(), 1);
    QCOMPARE(personalized[u"growth_percent"_s].toDouble(), 100.0);
    QCOMPARE(members(segmentById(r, u"vip"_s)), 1);
    QCOMPARE(members(segmentById(r, u"no_tag"_s)), 3);
}

void TestSegmentDimensions::country() {
    const QJsonObject r = report(u"country"_s);
    const QJsonObject canada = segmentById(r, u"canada"_s);
    QCOMPARE(members(canada), 2); // A, B
    QCOMPARE(canada[u"customers_at_start"_s].toInt(), 2);
    QCOMPARE(figure(canada, "retention_rate"), 50.0); // B's last order was 25 Jun 2024
    QCOMPARE(figure(canada, "average_order_value"), 200.0);
    const QJsonObject us = segmentById(r, u"us"_s);
    QCOMPARE(members(us), 4); // C, D, E, F (billing country of their orders)
    QCOMPARE(us[u"customers_at_start"_s].toInt(), 3);
    QVERIFY(near(us[u"growth_percent"_s].toDouble(), 100.0 / 3));
    QCOMPARE(r[u"segments"_s].toArray().first().toObject()[u"id"_s].toString(), u"us"_s);
}

void TestSegmentDimensions::region() {
    const QJsonObject r = report(u"region"_s);
    QCOMPARE(members(segmentById(r, u"canada_on"_s)), 1);
    QCOMPARE(members(segmentById(r, u"canada_qc"_s)), 1);
    QCOMPARE(members(segmentById(r, u"unknown"_s)), 4);
}

void TestSegmentDimensions::mailchimpGroup() {
    const QJsonObject r = report(u"email_group"_s);
    const QJsonObject cakes = segmentById(r, u"interests_cakes"_s);
    QCOMPARE(cakes[u"name"_s].toString(), u"Interests: Cakes"_s);
    QCOMPARE(members(cakes), 2); // E, F
    QCOMPARE(cakes[u"customers_at_start"_s].toInt(), 1);
    QCOMPARE(cakes[u"growth_percent"_s].toDouble(), 100.0);
    QVERIFY(near(figure(cakes, "average_order_value"), 160.0 / 3)); // 40, 60, 60
    QCOMPARE(figure(cakes, "revenue_per_customer"), 80.0);          // 160 / 2
}

void TestSegmentDimensions::surveyAnswer() {
    const QJsonObject r = report(u"survey"_s);
    const QJsonObject instagram = segmentById(r, u"how_did_you_hear_about_us_instagram"_s);
    QCOMPARE(members(instagram), 2); // B, D
    QCOMPARE(instagram[u"customers_at_start"_s].toInt(), 2);
    QCOMPARE(figure(instagram, "retention_rate"), 0.0); // B, D active on 31 Mar, neither on 30 Jun
    QCOMPARE(members(segmentById(r, u"how_did_you_hear_about_us_friend"_s)), 1);
    QCOMPARE(members(segmentById(r, u"no_answer"_s)), 3);
}

void TestSegmentDimensions::importedList() {
    const QJsonObject r = report(u"list"_s);
    const QJsonObject vip = segmentById(r, u"vip_list"_s);
    QCOMPARE(members(vip), 2); // A, F
    QCOMPARE(vip[u"customers_at_start"_s].toInt(), 1);
    QCOMPARE(figure(vip, "revenue_per_customer"), 160.0); // (200 + 120) / 2
    QVERIFY(near(figure(vip, "average_order_value"), 320.0 / 3));
    QCOMPARE(members(segmentById(r, u"on_no_list"_s)), 4);
}

void TestSegmentDimensions::ruleWithAnd() {
    // As of 30 Jun spend: A 700 (Canada), B 360 (Canada), C 320 (US): only C. On 31 Mar C had 240.
    const QJsonObject r = report(u"rule:US big spenders"_s);
    QCOMPARE(r[u"dimension"_s].toObject()[u"id"_s].toString(), u"rule:US big spenders"_s);
    const QJsonObject big = segmentById(r, u"us_big_spenders"_s);
    QCOMPARE(members(big), 1);
    QCOMPARE(big[u"customers_at_start"_s].toInt(), 0);
    QVERIFY(big[u"growth_percent"_s].isNull());
    QCOMPARE(figure(big, "average_order_value"), 80.0);
    QCOMPARE(members(segmentById(r, u"others"_s)), 5);
}

void TestSegmentDimensions::ruleWithOr() {
    const QJsonObject r = report(u"rule:wholesale or vip"_s);
    const QJsonObject matched = segmentById(r, u"wholesale_or_vip"_s);
    QCOMPARE(members(matched), 3); // A, C (tag), F (list)
    QCOMPARE(figure(matched, "customers"), 50.0);
    QCOMPARE(matched[u"customers_at_start"_s].toInt(), 2);
    QCOMPARE(matched[u"growth_percent"_s].toDouble(), 50.0);
}

void TestSegmentDimensions::rfmIsTheDefault() {
    const QJsonObject r = report(u"rfm"_s);
    QCOMPARE(r[u"segments"_s].toArray().size(), 11);
    QCOMPARE(members(segmentById(r, u"champions"_s)), 1);
}

void TestSegmentDimensions::textTable() {
    const auto run = runPvi({u"segments"_s, m_path, u"--by"_s, u"country"_s, u"--from"_s,
                             u"2025-04-01"_s, u"--to"_s, u"2025-06-30"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("Segments by country 2025-04-01 .. 2025-06-30"));
    QVERIFY(run.out.contains("Canada"));
}

void TestSegmentDimensions::unknownDimension() {
    const auto run = runPvi({u"segments"_s, m_path, u"--by"_s, u"planet"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("unknown dimension 'planet'"));
    const auto rule = runPvi({u"segments"_s, m_path, u"--by"_s, u"rule:nope"_s});
    QCOMPARE(rule.exitCode, 1);
    QVERIFY(rule.err.contains("no segment rule named 'nope'"));
}

void TestSegmentDimensions::defineRejectsABadRule() {
    const auto run = runPvi({u"segments"_s, u"define"_s, m_path, u"bad"_s, u"--rule"_s,
                             u"spend > 10 AND colour = red"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("position 16: unknown field 'colour'"), run.err.constData());
}

void TestSegmentDimensions::listAndRemove() {
    QVERIFY(runPvi({u"segments"_s, u"define"_s, m_path, u"temp"_s, u"--rule"_s, u"orders >= 2"_s})
                .exitCode == 0);
    auto listed = runPvi({u"segments"_s, u"list"_s, m_path});
    QVERIFY(listed.out.contains("temp\torders >= 2"));
    QVERIFY(listed.out.contains("US big spenders\tspend > 300 AND country = US"));
    QCOMPARE(runPvi({u"segments"_s, u"remove"_s, m_path, u"temp"_s}).exitCode, 0);
    QVERIFY(!runPvi({u"segments"_s, u"list"_s, m_path}).out.contains("temp\t"));
    QCOMPARE(runPvi({u"segments"_s, u"remove"_s, m_path, u"temp"_s}).exitCode, 1);
}

PVI_TEST_CLASS(TestSegmentDimensions)
#include "test_segment_dimensions.moc"
