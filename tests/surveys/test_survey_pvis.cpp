// Family F on a small workspace (the three fixture surveys and a personalized customer list)
// against tests/reference/surveys/reference.json, computed independently with pandas, scipy
// (Welch t-test, normal quantiles) and statsmodels (two-proportion z-test) by
// make_reference.py. Tolerance: 1e-9 relative (same arithmetic, different code).
#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/metrics_trend.h"
#include "pvi/engine/pvi_registry.h"
#include "pvi/reports/survey_insights.h"
#include "pvi/surveys/pvi_surveys.h"
#include "pvi/surveys/survey_snapshot.h"
#include "store/workspace.h"
#include "survey_workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace pvi;

namespace {

bool close(double actual, double expected) {
    return std::fabs(actual - expected) <= 1e-9 * std::max(1.0, std::fabs(expected));
}

#define CHECK_NUMBER(actual, expected, what)                                                       \
    do {                                                                                           \
        const std::optional<double> a_ = (actual);                                                 \
        const double e_ = (expected);                                                              \
        QVERIFY2(a_&& close(*a_, e_),                                                              \
                 qPrintable(QStringLiteral("%1: actual %2, expected %3")                           \
                                .arg(what, a_ ? QString::number(*a_, 'g', 17) : u"none"_qs)        \
                                .arg(e_, 0, 'g', 17)));                                            \
    } while (false)

} // namespace

class TestSurveyPvis : public QObject {
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QJsonObject m_reference;
    std::vector<PviResult> m_results;
    MetricsQuery m_query;

    const PviResult* result(const QString& id) const {
        for (const PviResult& r : m_results) {
            if (r.id == id)
                return &r;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() {
        auto opened = Workspace::open(m_dir.path(u"pvis.pvi"_qs), Workspace::Mode::CreateOrOpen);
        QVERIFY2(opened.workspace, qPrintable(opened.error));
        m_ws = std::move(opened.workspace);
        QString error;
        QVERIFY2(test::buildSurveyWorkspace(*m_ws, &error), qPrintable(error));
        m_reference = test::loadSurveyReference(u"reference.json"_qs);
        QVERIFY(!m_reference.isEmpty());
        m_query = defaultMetricsQuery(*m_ws);
        m_results = computeMetrics(*m_ws, m_query);
    }

    void period() {
        const QJsonObject p = m_reference[u"period"].toObject();
        QCOMPARE(m_query.period.from.toString(Qt::ISODate), p[u"from"].toString());
        QCOMPARE(m_query.period.to.toString(Qt::ISODate), p[u"to"].toString());
    }

    void againstReference_data() {
        QTest::addColumn<QString>("id");
        for (const char* id : {"csat", "nps", "ces", "nps_uplift", "csat_uplift",
                               "comment_sentiment", "personalization_ethics_score"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }
    void againstReference() {
        QFETCH(QString, id);
        QVERIFY2(PviRegistry::find(id), qPrintable(id));
        const PviResult* r = result(id);
        QVERIFY2(r, qPrintable(id));
        QVERIFY2(r->available, qPrintable(r->reason));
        const QJsonObject e = m_reference[u"pvis"].toObject()[id].toObject();
        CHECK_NUMBER(r->value, e[u"value"].toDouble(), id + u" value"_qs);
        QCOMPARE(r->n, qint64(e[u"n"].toInt()));
        for (const char* side : {"personalized", "control"}) {
            const QJsonObject g = e[QLatin1String(side)].toObject();
            const GroupValue& actual =
                QLatin1String(side) == QLatin1String("personalized") ? r->personalized : r->control;
            CHECK_NUMBER(actual.value, g[u"value"].toDouble(), id + u' ' + QLatin1String(side));
            QCOMPARE(actual.n, qint64(g[u"n"].toInt()));
        }
        if (e.contains(u"lift")) {
            CHECK_NUMBER(r->liftPercent, e[u"lift"].toDouble(), id + u" lift"_qs);
            QVERIFY2(r->liftCi95, qPrintable(id));
            const QJsonArray ci = e[u"ci"].toArray();
            CHECK_NUMBER(r->liftCi95->first, ci.at(0).toDouble(), id + u" ci low"_qs);
            CHECK_NUMBER(r->liftCi95->second, ci.at(1).toDouble(), id + u" ci high"_qs);
        }
        CHECK_NUMBER(r->pValue, e[u"p"].toDouble(), id + u" p"_qs);
        const QJsonValue previous = e[u"previous"];
        if (previous.isObject()) {
            CHECK_NUMBER(r->previous.value, previous[u"value"].toDouble(), id + u" previous"_qs);
            QCOMPARE(r->previous.n, qint64(previous[u"n"].toInt()));
        }
    }

    void sentimentClassesAndThemes() {
        const QJsonObject classes =
            m_reference[u"pvis"][u"comment_sentiment"][u"classes"].toObject();
        const SurveySnapshot snapshot = SurveySnapshot::load(*m_ws);
        const SentimentSummary summary = sentimentSummary(snapshot, m_query.period, 5);
        QCOMPARE(summary.classes.size(), std::size_t(3));
        for (const SentimentClass& c : summary.classes) {
            const QJsonObject e = classes[c.id].toObject();
            QCOMPARE(c.comments, qint64(e[u"comments"].toInt()));
            CHECK_NUMBER(std::optional<double>(c.sharePercent), e[u"share"].toDouble(), c.id);
            const QJsonArray themes = e[u"themes"].toArray();
            QCOMPARE(qsizetype(c.themes.size()), themes.size());
            for (qsizetype i = 0; i < themes.size(); ++i) {
                QCOMPARE(c.themes.at(std::size_t(i)).term, themes.at(i)[0].toString());
                QCOMPARE(c.themes.at(std::size_t(i)).comments, qint64(themes.at(i)[1].toInt()));
            }
        }
    }

    void distributionAndTrend() {
        const SurveySnapshot snapshot = SurveySnapshot::load(*m_ws);
        // NPS answers in the period by score, from the fixture rows: GF 10,6,8,7,10,3,9,0;
        // SM 9,2,10,7,5; TF 10,5,9,8 → 0:1 2:1 3:1 5:2 6:1 7:2 8:2 9:3 10:4 (17 answers).
        const std::vector<ScoreCount> counts =
            scoreDistribution(snapshot, u"nps"_qs, m_query.period);
        QString text;
        qint64 total = 0;
        for (const ScoreCount& c : counts) {
            text += QStringLiteral("%1:%2 ").arg(c.score).arg(c.all);
            total += c.all;
            QCOMPARE(c.personalized + c.control, c.all);
        }
        QCOMPARE(text.trimmed(), u"0:1 2:1 3:1 5:2 6:1 7:2 8:2 9:3 10:4"_qs);
        QCOMPARE(total, qint64(17));
        // CSAT per month: March ann 5 (GF) + Satisfied/Satisfied (SM) → 3 of 3 top-2-box.
        const std::vector<MonthlyScore> trend =
            surveyMonthlyTrend(snapshot, u"csat"_qs, CesSettings{});
        QVERIFY(!trend.empty());
        QCOMPARE(trend.front().month, QDate(2022, 3, 1));
        CHECK_NUMBER(trend.front().all.value, 100.0, u"March CSAT"_qs);
        QCOMPARE(trend.front().all.n, qint64(3));
    }

    void sparklineTrend() {
        // The last point is the period's NPS, the one before it the previous period's.
        const auto trend = pviTrend(*m_ws, u"nps"_qs, m_query.period, 2);
        QCOMPARE(trend.size(), std::size_t(2));
        const QJsonObject e = m_reference[u"pvis"][u"nps"].toObject();
        CHECK_NUMBER(trend.back().second, e[u"value"].toDouble(), u"trend now"_qs);
        CHECK_NUMBER(trend.front().second, e[u"previous"][u"value"].toDouble(), u"trend before"_qs);
    }

    void unavailableWithReason() {
        test::TempDir dir;
        auto opened = Workspace::open(dir.path(u"empty.pvi"_qs), Workspace::Mode::CreateOrOpen);
        QVERIFY(opened.workspace);
        const SurveySnapshot empty = SurveySnapshot::load(*opened.workspace);
        const PviResult nps =
            computeSurveyPvi(empty, u"nps"_qs, {QDate(2022, 1, 1), QDate(2022, 3, 31)});
        QVERIFY(!nps.available);
        QVERIFY(!nps.value);
        QCOMPARE(nps.reason, u"import a survey export with an NPS question to see this"_qs);
    }
};

PVI_TEST_CLASS(TestSurveyPvis)
#include "test_survey_pvis.moc"
