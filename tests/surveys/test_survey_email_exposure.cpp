// Respondents exposed through e-mail: the first event of a campaign a campaign-name rule marks
// (PersonalizedTouches). The run reads it from the e-mail facts' pass over the recipient rows;
// the survey snapshot alone reads the rows itself. Both must give what a plain SQL grouping of
// email_deliveries gives, on the whole demo shop (rule "[P]").
#include "full_demo_workspace.h"
#include "pvi/email/email_facts.h"
#include "pvi/email/personalized_touches.h"
#include "pvi/engine/personalization_rules.h"
#include "pvi/orders/order_snapshot.h"
#include "pvi/surveys/survey_snapshot.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QTest>

using namespace pvi;
using namespace Qt::StringLiterals;

class TestSurveyEmailExposure : public QObject {
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<Workspace> m_ws;

private Q_SLOTS:
    void initTestCase() {
        const QString path = m_dir.path(u"demo.pvi"_s);
        const QString error = test::buildFullDemoWorkspace(path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_ws = Workspace::open(path, Workspace::Mode::OpenExisting).workspace;
        QVERIFY(m_ws);
    }

    void touchesAreTheFirstDayOfAMarkedCampaign() {
        // The demo's only campaign-name rule is "[P]", which holds no LIKE wildcard.
        PersonalizedTouches::Days expected;
        Statement grouped = m_ws->db().prepare(
            "SELECT d.customer_id, min(d.first_day) FROM email_deliveries d "
            "JOIN email_fact_names lo ON lo.name_no = d.min_name_no "
            "JOIN email_fact_names hi ON hi.name_no = d.max_name_no WHERE d.customer_id IS NOT "
            "NULL AND (lo.name LIKE '%[P]%' OR hi.name LIKE '%[P]%') GROUP BY d.customer_id");
        while (grouped.step())
            expected.emplace(grouped.columnInt64(0), grouped.columnInt64(1));
        QVERIFY2(expected.size() > 100, "the demo should have customers sent [P] campaigns");

        const std::vector<PersonalizationRule> rules = PersonalizationRules::list(*m_ws);
        const PersonalizedTouches::Days read = PersonalizedTouches::load(*m_ws, rules);
        const PersonalizedTouches::Days fromFacts =
            EmailFacts::load(*m_ws, rules).personalizedTouches;
        QCOMPARE(read.size(), expected.size());
        QVERIFY2(read == expected, "the touches read alone differ from the SQL grouping");
        QVERIFY2(fromFacts == expected,
                 "the touches of the e-mail facts' pass differ from the SQL grouping");
    }

    void theSnapshotExposesTheSameRespondentsEitherWay() {
        const std::vector<PersonalizationRule> rules = PersonalizationRules::list(*m_ws);
        const OrderSnapshot orders = OrderSnapshot::load(*m_ws);
        const PersonalizedTouches::Days touches =
            EmailFacts::load(*m_ws, rules).personalizedTouches;
        const SurveySnapshot alone = SurveySnapshot::load(*m_ws);
        const SurveySnapshot shared = SurveySnapshot::load(*m_ws, &orders, &touches);
        QCOMPARE(shared.answers.size(), alone.answers.size());
        qint64 exposed = 0;
        for (std::size_t i = 0; i < alone.answers.size(); ++i) {
            QCOMPARE(shared.answers[i].respondentId, alone.answers[i].respondentId);
            QCOMPARE(shared.answers[i].exposed, alone.answers[i].exposed);
            exposed += alone.answers[i].exposed ? 1 : 0;
        }
        QVERIFY2(exposed > 0 && exposed < qint64(alone.answers.size()),
                 "the demo's answers should be split into exposed and not");
        // Without the e-mail touches fewer respondents are exposed: the campaigns count.
        const PersonalizedTouches::Days none;
        const SurveySnapshot withoutEmail = SurveySnapshot::load(*m_ws, &orders, &none);
        qint64 exposedWithoutEmail = 0;
        for (const SurveyAnswer& answer : withoutEmail.answers)
            exposedWithoutEmail += answer.exposed ? 1 : 0;
        QVERIFY2(exposedWithoutEmail < exposed,
                 qPrintable(u"exposed with e-mail %1, without %2"_s.arg(exposed).arg(
                     exposedWithoutEmail)));
    }
};

PVI_TEST_CLASS(TestSurveyEmailExposure)
#include "test_survey_email_exposure.moc"
