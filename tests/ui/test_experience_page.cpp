// The Customer experience page on the survey fixtures (tests/fixtures/surveys: Google Forms,
// SurveyMonkey and Typeform imported through importFile, the SurveyMonkey ethics question marked
// and the personalized customer list with its rule, as tests/surveys builds it): NPS, CSAT, CES,
// the ethics score and comment sentiment, personalized vs generic, against the pandas reference
// (tests/reference/surveys/reference.json, period 2 Apr – 30 Jun 2022 = the default last 90
// days); the groups' 95% intervals worked by hand; the message of a workspace without surveys.
#include "analytics/surveys/score_intervals.h"
#include "charts/bar_chart.h"
#include "charts/chart_palette.h"
#include "charts/interval_chart.h"
#include "charts/line_chart.h"
#include "gui_test_setup.h"
#include "pages/experience_page.h"
#include "pvi/reports/survey_insights.h"
#include "pvi/surveys/pvi_surveys.h"
#include "pvi/surveys/survey_snapshot.h"
#include "store/workspace.h"
#include "survey_workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

/// Tolerance against the reference (floating-point sums in another order).
constexpr double kPageTol = 1e-9;

bool nearTo(double actual, double expected, double tol = kPageTol) {
    if (std::fabs(actual - expected) <= tol * std::max(1.0, std::fabs(expected)))
        return true;
    qWarning("actual %.12g, expected %.12g", actual, expected);
    return false;
}

bool load(pvi::ExperiencePage& page, const QString& path) {
    QSignalSpy loaded(&page, &pvi::Page::loaded);
    page.resize(1400, 1400);
    page.setWorkspacePath(path);
    page.show();
    return loaded.wait(60000) || !loaded.isEmpty();
}

double sum(const QList<double>& values) {
    double total = 0;
    for (double v : values)
        total += v;
    return total;
}

} // namespace

class TestExperiencePage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scoreIntervalsWorkedByHand();
    void showsTheSurveyPvis();
    void emptyWorkspaceSaysWhatToImport();

private:
    pvi::test::TempDir m_dir;
    QString m_path;
    QJsonObject m_reference;
};

void TestExperiencePage::initTestCase() {
    pvi::test::isolateGuiTestSettings();
    m_path = m_dir.path(u"surveys.pvi"_s);
    auto opened = pvi::Workspace::open(m_path, pvi::Workspace::Mode::CreateOrOpen);
    QVERIFY(opened.workspace);
    QString error;
    QVERIFY2(pvi::test::buildSurveyWorkspace(*opened.workspace, &error), qPrintable(error));
    m_reference = pvi::test::loadSurveyReference(u"reference.json"_s);
    QVERIFY(!m_reference.isEmpty());
}

void TestExperiencePage::scoreIntervalsWorkedByHand() {
    // NPS of 4 answers, 3 promoters and 1 detractor: p_P = 0.75, p_D = 0.25, NPS = 50;
    // Var = (0.75 + 0.25 − 0.5²) / 4 × 100² = 1875; z(0.975) = 1.959963984540054 (scipy
    // norm.ppf); half width 1.959963984540054 × √1875 = 84.8689…; the high end is kept at 100.
    const pvi::Interval nps = pvi::npsInterval(4, 3, 1);
    QVERIFY(nearTo(*nps.estimate, 50.0));
    QVERIFY(nearTo(*nps.low, 50.0 - 1.959963984540054 * std::sqrt(1875.0)));
    QVERIFY(nearTo(*nps.high, 100.0));
    // CES answers 3, 5, 6, 2, 7: mean 4.6, s² = (2.56 + 0.16 + 1.96 + 6.76 + 5.76) / 4 = 4.3;
    // t(4, 0.975) = 2.7764451051977987 (scipy t.ppf); half width 2.7764… × √(4.3 / 5).
    const double values[] = {3, 5, 6, 2, 7};
    const pvi::Interval ces = pvi::meanInterval(pvi::MeanSummary::fromValues(values));
    const double half = 2.7764451051977987 * std::sqrt(4.3 / 5.0);
    QVERIFY(nearTo(*ces.estimate, 4.6));
    QVERIFY(nearTo(*ces.low, 4.6 - half));
    QVERIFY(nearTo(*ces.high, 4.6 + half));
    // One answer: the estimate without an interval.
    const double one[] = {5};
    QVERIFY(!pvi::meanInterval(pvi::MeanSummary::fromValues(one)).defined());
}

void TestExperiencePage::showsTheSurveyPvis() {
    pvi::ExperiencePage page(u"experience"_s, u"Customer experience"_s);
    QVERIFY(load(page, m_path));
    const pvi::ExperienceData& data = page.data();
    QVERIFY2(data.error.isEmpty(), qPrintable(data.error));
    const QJsonObject period = m_reference[u"period"].toObject();
    QCOMPARE(data.period.from.toString(Qt::ISODate), period[u"from"].toString());
    QCOMPARE(data.period.to.toString(Qt::ISODate), period[u"to"].toString());
    const QJsonObject pvis = m_reference[u"pvis"].toObject();

    const QStringList ids = {u"nps"_s, u"csat"_s, u"ces"_s};
    QCOMPARE(data.instruments.size(), std::size_t(3));
    for (int i = 0; i < 3; ++i) {
        const pvi::ExperienceInstrument& inst = data.instruments[std::size_t(i)];
        const QJsonObject exp = pvis[ids[i]].toObject();
        QCOMPARE(inst.id, ids[i]);
        QVERIFY(nearTo(*inst.result.value, exp[u"value"].toDouble()));
        // The groups' estimates are the reference's personalized/generic values with their n.
        const QJsonObject p = exp[u"personalized"].toObject();
        const QJsonObject g = exp[u"control"].toObject();
        QCOMPARE(inst.groups.all.n, exp[u"n"].toInteger());
        QCOMPARE(inst.groups.personalized.n, p[u"n"].toInteger());
        QCOMPARE(inst.groups.generic.n, g[u"n"].toInteger());
        QVERIFY(nearTo(*inst.groups.personalized.interval.estimate, p[u"value"].toDouble()));
        QVERIFY(nearTo(*inst.groups.generic.interval.estimate, g[u"value"].toDouble()));

        // The interval chart: All, Personalized, Generic rows with those estimates.
        const QList<pvi::IntervalPoint>& points = page.groupChart(i)->points();
        QCOMPARE(points.size(), 3);
        QVERIFY(points[1].label.startsWith(u"Personalized (n = %1)"_s.arg(p[u"n"].toInteger())));
        QVERIFY(nearTo(points[1].estimate, p[u"value"].toDouble()));
        QVERIFY(nearTo(points[2].estimate, g[u"value"].toDouble()));
        QCOMPARE(points[2].colour, pvi::palette::audience(pvi::palette::Audience::Generic));
        QVERIFY(points[1].low <= points[1].estimate && points[1].estimate <= points[1].high);

        // The distribution: the bars of each group add up to the group's answers.
        const QList<pvi::BarSetData>& sets = page.distributionChart(i)->sets();
        QCOMPARE(sets.size(), 2);
        QCOMPARE(sum(sets[0].values), p[u"n"].toDouble());
        QCOMPARE(sum(sets[1].values), g[u"n"].toDouble());
        QVERIFY(!page.trendChart(i)->categories().isEmpty());
        QVERIFY(!page.instrumentNote(i)->text().isEmpty());
    }
    // NPS asked 0–10: every score from 0 to 10 is a category.
    QCOMPARE(page.distributionChart(0)->categories().size(), 11);

    // Ethics score: 0–100 mean of the marked question, with its groups.
    const QJsonObject ethics = pvis[u"personalization_ethics_score"].toObject();
    QVERIFY(data.ethics.available);
    QVERIFY(nearTo(*data.ethics.value, ethics[u"value"].toDouble()));
    const QList<pvi::IntervalPoint>& ethicsPoints = page.ethicsChart()->points();
    QCOMPARE(ethicsPoints.size(), 3);
    QVERIFY(
        nearTo(ethicsPoints[1].estimate, ethics[u"personalized"].toObject()[u"value"].toDouble()));
    QVERIFY(nearTo(ethicsPoints[2].estimate, ethics[u"control"].toObject()[u"value"].toDouble()));

    // Comment sentiment: shares per class (All set) and the top themes listed.
    const QJsonObject classes = pvis[u"comment_sentiment"].toObject()[u"classes"].toObject();
    const pvi::BarChart* sentiment = page.sentimentChart();
    QCOMPARE(sentiment->categories(), QStringList({u"Positive"_s, u"Neutral"_s, u"Negative"_s}));
    const QStringList classIds = {u"positive"_s, u"neutral"_s, u"negative"_s};
    for (int k = 0; k < 3; ++k)
        QVERIFY(nearTo(sentiment->sets()[0].values[k],
                       classes[classIds[k]].toObject()[u"share"].toDouble()));
    QCOMPARE(sentiment->sets().size(), 3); // All, Personalized, Generic
    const QString themes = page.themesLabel()->text();
    const QJsonArray topPositive = classes[u"positive"_s].toObject()[u"themes"].toArray();
    QVERIFY2(themes.contains(u"%1 (%2)"_s.arg(topPositive[0].toArray()[0].toString())
                                 .arg(topPositive[0].toArray()[1].toInt())),
             qPrintable(themes));
}

void TestExperiencePage::emptyWorkspaceSaysWhatToImport() {
    const QString path = m_dir.path(u"empty.pvi"_s);
    QVERIFY(pvi::Workspace::open(path, pvi::Workspace::Mode::CreateOrOpen).workspace);
    pvi::ExperiencePage page(u"experience"_s, u"Customer experience"_s);
    QVERIFY(load(page, path));
    QVERIFY(page.messageLabel()->isVisible());
    QVERIFY2(page.messageLabel()->text().contains(u"not available"_s) &&
                 page.messageLabel()->text().contains(u"survey"_s),
             qPrintable(page.messageLabel()->text()));
    QVERIFY(page.groupChart(0)->points().isEmpty());
}

PVI_TEST_CLASS(TestExperiencePage)
#include "test_experience_page.moc"
