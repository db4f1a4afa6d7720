// Rejected survey files change nothing: an empty file, header-only files (one- and two-row
// headers), a missing required column (named in the message) and an out-of-scale score
// (reported with file, line and column). The workspace file is compared byte for byte.
#include "importers/import_runner.h"
#include "store/workspace.h"
#include "survey_workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QTest>

using namespace pvi;

class TestSurveyBadInput : public QObject {
    Q_OBJECT

private:
    /// Imports the bad file into a workspace holding the Google Forms fixture and checks that
    /// the import is rejected and the file is unchanged; the report.
    ImportReport rejected(const QString& name) {
        test::TempDir dir;
        const QString path = dir.path(u"bad.pvi"_qs);
        ImportReport report;
        {
            auto opened = Workspace::open(path, Workspace::Mode::CreateOrOpen);
            if (!opened.workspace)
                return report;
            test::importSurvey(*opened.workspace,
                               test::surveyFixture(u"google_forms_responses.csv"_qs));
        }
        const QByteArray before = test::readAll(path);
        {
            auto opened = Workspace::open(path, Workspace::Mode::CreateOrOpen);
            report = test::importSurvey(*opened.workspace, test::surveyFixture(u"bad/"_qs + name));
        }
        if (test::readAll(path) != before)
            report.error = u"THE WORKSPACE CHANGED"_qs;
        return report;
    }

private Q_SLOTS:
    void emptyFile() {
        const ImportReport r = rejected(u"empty.csv"_qs);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"is empty"_qs), qPrintable(r.error));
    }

    void headerOnly_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("google forms") << u"google_forms_header_only.csv"_qs;
        QTest::newRow("surveymonkey two-row header") << u"surveymonkey_header_only.csv"_qs;
    }
    void headerOnly() {
        QFETCH(QString, file);
        const ImportReport r = rejected(file);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"header but no rows"_qs), qPrintable(r.error));
    }

    void missingRequiredColumn() {
        const ImportReport r = rejected(u"typeform_missing_submit_date.csv"_qs);
        QVERIFY(!r.ok);
        QCOMPARE(r.source, u"typeform"_qs);
        QVERIFY2(r.error.contains(u"Submit Date (UTC)"_qs), qPrintable(r.error));
    }

    void scoreOutOfScale() {
        const ImportReport r = rejected(u"google_forms_nps_out_of_scale.csv"_qs);
        QVERIFY2(!r.ok && !r.error.contains(u"CHANGED"_qs), qPrintable(r.error));
        QCOMPARE(r.issues.size(), 1);
        const ImportIssue& issue = r.issues.first();
        QVERIFY(issue.file.endsWith(u"google_forms_nps_out_of_scale.csv"_qs));
        QCOMPARE(issue.line, 4); // carol's row: header + 2 rows before it
        QCOMPARE(issue.column, 3);
        QCOMPARE(issue.code, u"score-out-of-scale"_qs);
        QVERIFY2(issue.message.contains(u"11"_qs) && issue.message.contains(u"0–10"_qs),
                 qPrintable(issue.message));
    }
};

PVI_TEST_CLASS(TestSurveyBadInput)
#include "test_survey_bad_input.moc"
