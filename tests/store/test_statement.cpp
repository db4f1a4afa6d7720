// Statement text binding: the UTF-8 bound without a copy stays right across rebinding, moves
// and non-ASCII text.
#include "store/db_error.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestStatement : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void textRoundTripsThroughUtf8();
    void rebindingReusesTheBufferCorrectly();
    void boundTextSurvivesAMove();
    void badParameterIndexThrows();
};

namespace {

std::unique_ptr<pvi::Workspace> openStatementWorkspace(pvi::test::TempDir& dir) {
    auto result = pvi::Workspace::open(dir.path(u"t.pvi"_s), pvi::Workspace::Mode::CreateOrOpen);
    return std::move(result.workspace);
}

QString echo(pvi::Database& db, const QString& text) {
    pvi::Statement stmt = db.prepare("SELECT ?1, length(?1)");
    stmt.bind(1, text);
    if (!stmt.step())
        return u"(no row)"_s;
    return stmt.columnText(0);
}

} // namespace

void TestStatement::textRoundTripsThroughUtf8() {
    pvi::test::TempDir dir;
    auto ws = openStatementWorkspace(dir);
    QVERIFY(ws);
    for (const QString& text : {u"plain ascii"_s, u"Zoë Müller — 5 €"_s, u"日本語のメール"_s,
                                u"emoji \U0001F600 pair"_s, u""_s})
        QCOMPARE(echo(ws->db(), text), text);
    pvi::Statement stmt = ws->db().prepare("SELECT ?1 IS NULL, length(?1)");
    stmt.bind(1, QString());
    QVERIFY(stmt.step());
    QCOMPARE(stmt.columnInt(0), 1); // a null QString binds NULL
    // length() counts characters: the bytes handed to SQLite are UTF-8.
    pvi::Statement length = ws->db().prepare("SELECT length(?1), length(CAST(?1 AS BLOB))");
    length.bind(1, u"Zoë"_s);
    QVERIFY(length.step());
    QCOMPARE(length.columnInt(0), 3);
    QCOMPARE(length.columnInt(1), 4);
}

void TestStatement::rebindingReusesTheBufferCorrectly() {
    pvi::test::TempDir dir;
    auto ws = openStatementWorkspace(dir);
    QVERIFY(ws);
    pvi::Database& db = ws->db();
    db.exec("CREATE TABLE t(a TEXT, b TEXT)");
    pvi::Statement insert = db.prepare("INSERT INTO t(a, b) VALUES (?1, ?2)");
    const QStringList values = {u"a much longer first value"_s, u"x"_s, u"Ünïcödé"_s, u""_s,
                                u"ascii again"_s};
    for (const QString& value : values) {
        insert.bind(1, value).bind(2, value + u"!"_s);
        insert.run();
    }
    pvi::Statement select = db.prepare("SELECT a, b FROM t ORDER BY rowid");
    QStringList read;
    while (select.step()) {
        QCOMPARE(select.columnText(1), select.columnText(0) + u"!"_s);
        read.append(select.columnText(0));
    }
    QCOMPARE(read, values);
}

void TestStatement::boundTextSurvivesAMove() {
    pvi::test::TempDir dir;
    auto ws = openStatementWorkspace(dir);
    QVERIFY(ws);
    pvi::Statement first = ws->db().prepare("SELECT ?1 || ?2");
    first.bind(1, u"short"_s).bind(2, u" and a value longer than any small-string buffer"_s);
    pvi::Statement moved(std::move(first));
    QVERIFY(moved.step());
    QCOMPARE(moved.columnText(0), u"short and a value longer than any small-string buffer"_s);
}

void TestStatement::badParameterIndexThrows() {
    pvi::test::TempDir dir;
    auto ws = openStatementWorkspace(dir);
    QVERIFY(ws);
    pvi::Statement stmt = ws->db().prepare("SELECT ?1");
    QVERIFY_THROWS_EXCEPTION(pvi::DbError, stmt.bind(2, u"no such parameter"_s));
}

PVI_TEST_CLASS(TestStatement)
#include "test_statement.moc"
