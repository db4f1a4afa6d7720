// The report's layout engine on documents made for the test: every block inside the page's body,
// charts and tile rows never cut, a long table continued by whole rows with its header repeated on
// every page (read back from the PDF with pdftotext), headings kept with what follows them.
#include "pdf_tools.h"
#include "report/report_chart_painter.h"
#include "report/report_layout.h"
#include "report/report_writer.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QTest>

using namespace pvi::report;

namespace {

constexpr double kEdge = 0.01; ///< rounding allowed at a page edge, in points

ReportTable longTable(int rows) {
    ReportTable table;
    table.header = {QStringLiteral("HeaderAlpha"), QStringLiteral("HeaderBeta")};
    table.numeric = {false, true};
    for (int r = 0; r < rows; ++r)
        table.rows.append({QStringLiteral("row-%1").arg(r), QString::number(r * 3)});
    return table;
}

ReportChart chart(const QString& title) {
    ReportChart c;
    c.title = title;
    c.categories = {QStringLiteral("A"), QStringLiteral("B")};
    ReportSeries s = ReportSeries::named(QStringLiteral("All customers"), Qt::blue);
    s.values = {1, 2};
    c.series = {s};
    return c;
}

ReportDocument document(const QList<ReportSection>& sections) {
    ReportDocument doc;
    doc.cover.title = QStringLiteral("Layout test");
    doc.runningHeader = QStringLiteral("Client · period");
    doc.madeOn = QStringLiteral("Made on 6 Dec 2026");
    doc.sections = sections;
    return doc;
}

/// Fails unless every placed block lies inside the body of its page.
void verifyInsideBody(const ReportLayout& layout, const PageGeometry& page) {
    const QRectF body = page.body();
    for (qsizetype p = 0; p < layout.pages.size(); ++p) {
        for (const PlacedBlock& placed : layout.pages[p].blocks) {
            QVERIFY2(placed.rect.top() >= body.top() - kEdge &&
                         placed.rect.bottom() <= body.bottom() + kEdge,
                     qPrintable(QStringLiteral("page %1, block %2: %3–%4 leaves the body %5–%6")
                                    .arg(p)
                                    .arg(placed.block)
                                    .arg(placed.rect.top())
                                    .arg(placed.rect.bottom())
                                    .arg(body.top())
                                    .arg(body.bottom())));
        }
    }
}

} // namespace

class TestReportLayout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void longTableContinuesWithItsHeader() {
        ReportSection section{QStringLiteral("t"), QStringLiteral("Table section"), {}};
        section.blocks = {ReportBlock::heading(QStringLiteral("Table section"), 1),
                          ReportBlock::paragraph(QStringLiteral("Before the table.")),
                          ReportBlock::tableBlock(longTable(150))};
        const PdfFormat format = PdfFormat::report(QPageSize::A4, false);
        const PaginatedReport pages = paginate(document({section}), format);
        verifyInsideBody(pages.layout, format.page);
        // The table's pieces cover rows 0..150 once, in order, each after the first continued.
        int next = 0;
        int pieces = 0;
        for (const LaidOutPage& page : pages.layout.pages) {
            for (const PlacedBlock& placed : page.blocks) {
                if (placed.block != 2)
                    continue;
                QCOMPARE(placed.from, next);
                QVERIFY2(placed.to > placed.from, "a table piece without rows");
                QCOMPARE(placed.continued, pieces > 0);
                next = placed.to;
                ++pieces;
            }
        }
        QCOMPARE(next, 150);
        QVERIFY2(pieces >= 3, qPrintable(QStringLiteral("150 rows fit on %1 pages?").arg(pieces)));

        // In the PDF, every page that holds rows also holds the header.
        pvi::test::TempDir dir;
        const QString pdf = dir.path(QStringLiteral("table.pdf"));
        QString error;
        QVERIFY2(writePdf(document({section}), format, pdf, &error), qPrintable(error));
        const int pageCount = pvi::test::pdfInfo(pdf, QStringLiteral("Pages")).toInt();
        QCOMPARE(pageCount, pages.pageCount());
        int pagesWithRows = 0;
        for (int p = pages.frontPages + 1; p <= pageCount; ++p) {
            const QString text = pvi::test::pdfText(pdf, p);
            if (!text.contains(QStringLiteral("row-")))
                continue;
            ++pagesWithRows;
            QVERIFY2(text.contains(QStringLiteral("HeaderAlpha")) &&
                         text.contains(QStringLiteral("HeaderBeta")),
                     qPrintable(QStringLiteral("page %1 has rows but not the header").arg(p)));
        }
        QCOMPARE(pagesWithRows, pieces);
        QVERIFY(pvi::test::pdfText(pdf).contains(QStringLiteral("row-149")));
    }

    void chartsAndTileRowsAreNeverCut() {
        ReportSection section{QStringLiteral("c"), QStringLiteral("Charts"), {}};
        QList<ReportTile> tiles;
        for (int i = 0; i < 31; ++i)
            tiles.append(
                ReportTile{QStringLiteral("Tile %1").arg(i), QStringLiteral("1.0"), {}, 0, {}, {}});
        for (int i = 0; i < 7; ++i) {
            section.blocks.append(
                ReportBlock::chartBlock(chart(QStringLiteral("Chart %1").arg(i))));
            section.blocks.append(ReportBlock::paragraph(QStringLiteral("Words after the chart.")));
        }
        section.blocks.append(ReportBlock::tileRow(tiles));
        const PdfFormat format = PdfFormat::report(QPageSize::Letter, true);
        const PaginatedReport pages = paginate(document({section}), format);
        verifyInsideBody(pages.layout, format.page);
        const BlockMetrics metrics(ReportFonts::standard());
        const double width = format.page.body().width();
        int tileRowsPlaced = 0;
        for (const LaidOutPage& page : pages.layout.pages) {
            for (const PlacedBlock& placed : page.blocks) {
                const ReportBlock& block = section.blocks[placed.block];
                const QList<double> rows = metrics.rowHeights(block, width);
                double whole = 0;
                for (int r = placed.from; r < placed.to; ++r)
                    whole += rows[r];
                QVERIFY2(
                    std::abs(placed.rect.height() - whole) < kEdge,
                    qPrintable(QStringLiteral("block %1 drawn %2 pt high of %3: cut by the page")
                                   .arg(placed.block)
                                   .arg(placed.rect.height())
                                   .arg(whole)));
                if (block.kind == ReportBlock::Kind::Tiles)
                    tileRowsPlaced += placed.to - placed.from;
            }
        }
        const int perRow = metrics.tilesPerRow(section.blocks.last(), width);
        QCOMPARE(tileRowsPlaced, (31 + perRow - 1) / perRow);
    }

    void headingStaysWithWhatFollows() {
        ReportSection section{QStringLiteral("h"), QStringLiteral("Headings"), {}};
        for (int i = 0; i < 40; ++i) {
            section.blocks.append(ReportBlock::heading(QStringLiteral("Heading %1").arg(i)));
            section.blocks.append(
                ReportBlock::chartBlock(chart(QStringLiteral("Chart %1").arg(i))));
        }
        const PdfFormat format = PdfFormat::report(QPageSize::A4, false);
        const PaginatedReport pages = paginate(document({section}), format);
        verifyInsideBody(pages.layout, format.page);
        for (const LaidOutPage& page : pages.layout.pages) {
            const PlacedBlock& last = page.blocks.last();
            QVERIFY2(
                section.blocks[last.block].kind != ReportBlock::Kind::Heading,
                qPrintable(QStringLiteral("block %1, a heading, ends a page").arg(last.block)));
        }
    }

    void sectionsStartOnTheirOwnPage() {
        QList<ReportSection> sections;
        for (int i = 0; i < 3; ++i)
            sections.append({QStringLiteral("s%1").arg(i),
                             QStringLiteral("Section %1").arg(i),
                             {ReportBlock::paragraph(QStringLiteral("Short."))}});
        const PaginatedReport pages =
            paginate(document(sections), PdfFormat::report(QPageSize::A4, false));
        QCOMPARE(pages.layout.pages.size(), 3);
        QCOMPARE(pages.layout.sectionFirstPage, (QList<int>{0, 1, 2}));
        QCOMPARE(pages.pageCount(), 5); // cover and contents first
    }

    void ticksAreRound() {
        QCOMPARE(niceTicks(0, 87, 5), (QList<double>{0, 20, 40, 60, 80, 100}));
        QCOMPARE(niceTicks(-12, 30, 4), (QList<double>{-20, 0, 20, 40}));
        QCOMPARE(axisText(2500, AxisFormat::Money, QStringLiteral("CAD"), 500),
                 QStringLiteral("CA$2,500"));
        QCOMPARE(axisText(-0.25, AxisFormat::Percent, {}, 0.25), QStringLiteral("−0.25%"));
    }
};

PVI_TEST_CLASS(TestReportLayout)
#include "test_report_layout.moc"
