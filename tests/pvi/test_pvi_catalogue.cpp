// docs/pvi-catalogue.md is generated from the PVI table: this test regenerates it in-process and
// fails, naming the first differing line, while the committed file differs (`make catalogue`
// writes it again).
#include "pvi/engine/pvi_catalogue.h"
#include "pvi/engine/pvi_registry.h"
#include "test_registry.h"

#include <QFile>
#include <QTest>

#include <set>

using namespace pvi;

class TestPviCatalogue : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void committedCatalogueMatchesTheTable() {
        const QString path = QStringLiteral(PVI_SOURCE_DIR "/docs/pvi-catalogue.md");
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly),
                 qPrintable(QStringLiteral("%1 is missing: run `make catalogue`").arg(path)));
        const QStringList committed = QString::fromUtf8(file.readAll()).split(u'\n');
        const QStringList generated = pviCatalogueMarkdown().split(u'\n');
        const qsizetype common = std::min(committed.size(), generated.size());
        for (qsizetype i = 0; i < common; ++i) {
            if (committed[i] != generated[i])
                QFAIL(qPrintable(QStringLiteral("%1 differs from the PVI table at line %2 (run "
                                                "`make catalogue`):\n- %3\n+ %4")
                                     .arg(path)
                                     .arg(i + 1)
                                     .arg(committed[i], generated[i])));
        }
        if (committed.size() != generated.size())
            QFAIL(qPrintable(QStringLiteral("%1 has %2 lines, the PVI table gives %3 (run `make "
                                            "catalogue`); first line only in one of them:\n%4")
                                 .arg(path)
                                 .arg(committed.size())
                                 .arg(generated.size())
                                 .arg(committed.size() > generated.size()
                                          ? QStringLiteral("- ") + committed[common]
                                          : QStringLiteral("+ ") + generated[common])));
    }

    void everyPviIsInTheCatalogueOnce() {
        const QString markdown = pviCatalogueMarkdown();
        std::set<QString> ids;
        for (const PviDefinition& d : PviRegistry::definitions()) {
            QVERIFY2(ids.insert(d.id).second, qPrintable(d.id));
            QCOMPARE(markdown.count(QStringLiteral("(`%1`)\n").arg(d.id)), 1);
        }
    }
};

PVI_TEST_CLASS(TestPviCatalogue)
#include "test_pvi_catalogue.moc"
