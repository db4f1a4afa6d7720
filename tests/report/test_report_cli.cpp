// `pvi report` end to end, read back with poppler: on the demo shop (page count and size, the
// client and period, "Page X of Y", the executive summary's top PVI by the documented rule with
// its value as `pvi metrics --json` gives it, verdict sentences, chart labels as text, every font
// embedded, no image but the logo, the same text on every run, the consultant's note, Letter
// landscape and 16:9 slides), on a hand-made shop whose average order value is known by hand, and
// on bad input.
#include "cli_run.h"
#include "pdf_tools.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using pvi::test::pdfText;
using pvi::test::runPvi;

namespace {

const QString kClient = QStringLiteral("Maple & Rye Bakery");
const QString kMadeOn = QStringLiteral("2026-12-06");

QStringList reportArgs(const QString& workspace, const QString& pdf) {
    return {QStringLiteral("report"),       workspace,
            QStringLiteral("--out"),        pdf,
            QStringLiteral("--client"),     kClient,
            QStringLiteral("--consultant"), QStringLiteral("North Star Advisory"),
            QStringLiteral("--made-on"),    kMadeOn};
}

/// The count "Wrote X: N pages" reports.
int writtenPages(const QByteArray& out) {
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral(": (\\d+) (pages|slides)")).match(QString::fromUtf8(out));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestReportCli : public QObject {
    Q_OBJECT

private:
    pvi::test::TempDir m_dir;
    QString m_workspace;
    QString m_pdf;
    QString m_text;
    int m_pages = 0;
    QJsonObject m_metrics;

private Q_SLOTS:
    void initTestCase() {
        m_workspace = m_dir.path(QStringLiteral("demo.pvi"));
        const auto demo = runPvi({QStringLiteral("demo"), m_workspace});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        m_pdf = m_dir.path(QStringLiteral("report.pdf"));
        QStringList args = reportArgs(m_workspace, m_pdf);
        args << QStringLiteral("--note")
             << QStringLiteral("segments=Champions answer personalized offers: keep them.");
        const auto report = runPvi(args);
        QVERIFY2(report.exitCode == 0, report.err.constData());
        m_pages = writtenPages(report.out);
        m_text = pdfText(m_pdf);
        const auto metrics =
            runPvi({QStringLiteral("metrics"), m_workspace, QStringLiteral("--json")});
        QVERIFY2(metrics.exitCode == 0, metrics.err.constData());
        m_metrics = QJsonDocument::fromJson(metrics.out).object();
    }

    void pagesAndSize() {
        QVERIFY2(m_pages > 10,
                 qPrintable(QStringLiteral("the demo's report has %1 pages").arg(m_pages)));
        QCOMPARE(pvi::test::pdfInfo(m_pdf, QStringLiteral("Pages")).toInt(), m_pages);
        QCOMPARE(pvi::test::pdfInfo(m_pdf, QStringLiteral("Page size")),
                 QStringLiteral("595 x 842 pts (A4)"));
        for (int page = 2; page <= m_pages; ++page)
            QVERIFY2(
                m_text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(m_pages)),
                qPrintable(QStringLiteral("no \"Page %1 of %2\" footer").arg(page).arg(m_pages)));
    }

    void coverNamesClientPeriodAndSources() {
        const QString cover = pdfText(m_pdf, 1);
        QVERIFY2(cover.contains(QStringLiteral("Prepared for ") + kClient), qPrintable(cover));
        QVERIFY(cover.contains(QStringLiteral("by North Star Advisory")));
        // The period is the one `pvi metrics` computes by default, written "3 Aug 2026".
        const QDate from = QDate::fromString(m_metrics[u"period"][u"from"].toString(), Qt::ISODate);
        const QDate to = QDate::fromString(m_metrics[u"period"][u"to"].toString(), Qt::ISODate);
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QString period = en.toString(from, QStringLiteral("d MMM yyyy")) +
                               QStringLiteral(" – ") +
                               en.toString(to, QStringLiteral("d MMM yyyy"));
        QVERIFY2(cover.contains(QStringLiteral("Period: ") + period), qPrintable(period));
        QVERIFY2(cover.contains(QStringLiteral("shopify-orders")),
                 "the cover lists the data sources");
        QVERIFY(cover.contains(QStringLiteral("Made on 6 Dec 2026")));
        QVERIFY2(m_text.contains(kClient + QStringLiteral(" · ") + period), "the running header");
        QVERIFY2(pdfText(m_pdf, 2).contains(QStringLiteral("Appendix D: Data quality")),
                 "contents page");
    }

    void summaryLeadsWithTheDocumentedChoice() {
        // The rule of docs/report.md, applied here to `pvi metrics --json`: a significant lift
        // scores 3 + min(|lift|, 100)/100, above any change (at most 2) or target (2.5); the
        // first PVI in table order with the highest such score leads the summary.
        double best = -1;
        QJsonObject lead;
        for (const QJsonValue& v : m_metrics[u"pvis"].toArray()) {
            const QJsonObject m = v.toObject();
            if (!m[u"available"].toBool() || m[u"p_value"].isNull() ||
                m[u"lift_percent"].isNull() || m[u"p_value"].toDouble() >= 0.05)
                continue;
            const double score = 3 + std::min(std::abs(m[u"lift_percent"].toDouble()), 100.0) / 100;
            if (score > best) {
                best = score;
                lead = m;
            }
        }
        QVERIFY2(!lead.isEmpty(), "the demo has significant lifts");
        QCOMPARE(lead[u"id"].toString(), QStringLiteral("customer_lifespan"));
        const QString summary = pdfText(m_pdf, 3);
        const QString value =
            QString::number(lead[u"value"].toDouble(), 'f', 2) + QStringLiteral(" years");
        QVERIFY2(
            summary.contains(QStringLiteral("Customer lifespan")) && summary.contains(value),
            qPrintable(
                QStringLiteral("expected the lead tile %1 on page 3:\n%2").arg(value, summary)));
        const QString lift =
            QStringLiteral("+%1%").arg(lead[u"lift_percent"].toDouble(), 0, 'f', 1);
        QVERIFY2(summary.contains(lift), qPrintable(lift));
        QVERIFY(summary.contains(QStringLiteral("a gap this size is unlikely to be chance")));
        QVERIFY(m_text.contains(QStringLiteral("Recommendations")));
        QVERIFY2(m_text.contains(QStringLiteral("1. Scale")) &&
                     m_text.contains(QStringLiteral("2. Test")) &&
                     m_text.contains(QStringLiteral("3. Watch")),
                 "three recommendations: scale, test, watch");
    }

    void chartsAreVectorsWithTextLabels() {
        for (const char* label : {"Revenue per month, all customers", "Net revenue",
                                  "Active customers by months since the first order", "M1",
                                  "Revenue per customer by segment", "Champions"})
            QVERIFY2(m_text.contains(QLatin1String(label)), label);
        QCOMPARE(pvi::test::pdfImageRows(m_pdf).size(), 0);
    }

    void everyFontIsEmbedded() {
        const QStringList fonts = pvi::test::pdfFontRows(m_pdf);
        QVERIFY2(!fonts.isEmpty(), "pdffonts lists no font");
        for (const QString& row : fonts) {
            QVERIFY2(row.startsWith(QStringLiteral("DejaVuSans")), qPrintable(row));
            const QStringList columns =
                row.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            QVERIFY2(columns.size() >= 7 && columns[columns.size() - 5] == u"yes",
                     qPrintable(QStringLiteral("not embedded: ") + row));
        }
    }

    void consultantNoteIsInItsSection() {
        QVERIFY(m_text.contains(QStringLiteral("Consultant's note")));
        QVERIFY(
            m_text.contains(QStringLiteral("Champions answer personalized offers: keep them.")));
    }

    void sameOptionsGiveTheSameText() {
        const QString again = m_dir.path(QStringLiteral("again.pdf"));
        const auto report = runPvi(reportArgs(m_workspace, again));
        QVERIFY2(report.exitCode == 0, report.err.constData());
        QCOMPARE(pdfText(again), m_text);
    }

    void logoIsTheOnlyImage() {
        QImage logo(120, 40, QImage::Format_RGB32);
        logo.fill(QColor(0x3b, 0x6e, 0xa8));
        const QString logoFile = m_dir.path(QStringLiteral("logo.png"));
        QVERIFY(logo.save(logoFile));
        const QString pdf = m_dir.path(QStringLiteral("logo.pdf"));
        QStringList args = reportArgs(m_workspace, pdf);
        args << QStringLiteral("--logo") << logoFile << QStringLiteral("--sections")
             << QStringLiteral("summary,overview");
        const auto report = runPvi(args);
        QVERIFY2(report.exitCode == 0, report.err.constData());
        const QStringList images = pvi::test::pdfImageRows(pdf);
        QCOMPARE(images.size(), 1);
        QVERIFY2(images.first().contains(QStringLiteral(" 120 ")) &&
                     images.first().contains(QStringLiteral(" 40 ")),
                 qPrintable(images.first()));
    }

    void letterLandscapeAndSlides() {
        const QString pdf = m_dir.path(QStringLiteral("letter.pdf"));
        const QString deck = m_dir.path(QStringLiteral("deck.pdf"));
        QStringList args = reportArgs(m_workspace, pdf);
        args << QStringLiteral("--page-size") << QStringLiteral("Letter")
             << QStringLiteral("--landscape") << QStringLiteral("--slides") << deck;
        const auto report = runPvi(args);
        QVERIFY2(report.exitCode == 0, report.err.constData());
        QCOMPARE(pvi::test::pdfInfo(pdf, QStringLiteral("Page size")),
                 QStringLiteral("792 x 612 pts (letter)"));
        QCOMPARE(pvi::test::pdfInfo(deck, QStringLiteral("Page size")),
                 QStringLiteral("960 x 540 pts"));
        QVERIFY(pdfText(deck).contains(QStringLiteral("Revenue per month, all customers")));
    }

    void handMadeShopAverageOrderValue() {
        // tests/fixtures/shopify/orders_2025_layout: the valid orders of March–April 2025 are
        // #2001 34.50, #2002 43.30 (55.80 − 12.50 refunded), #2004 44.62, #2005 28.80 and #2007
        // 8.50 (#2003 voided, #2006 refunded): 159.72 / 5 = CA$31.94 by hand.
        const QString workspace = m_dir.path(QStringLiteral("hand.pvi"));
        QCOMPARE(runPvi({QStringLiteral("init"), workspace}).exitCode, 0);
        const auto imported =
            runPvi({QStringLiteral("import"), workspace, QStringLiteral(PVI_SHOPIFY_FIXTURE)});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QString pdf = m_dir.path(QStringLiteral("hand.pdf"));
        QStringList args = reportArgs(workspace, pdf);
        args << QStringLiteral("--from") << QStringLiteral("2025-03-01") << QStringLiteral("--to")
             << QStringLiteral("2025-04-30") << QStringLiteral("--sections")
             << QStringLiteral("overview");
        const auto report = runPvi(args);
        QVERIFY2(report.exitCode == 0, report.err.constData());
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Average order value")) &&
                     text.contains(QStringLiteral("CA$31.94")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("1 Mar 2025 – 30 Apr 2025")));
    }

    void badInputIsRefusedWithoutWriting() {
        const QString pdf = m_dir.path(QStringLiteral("never.pdf"));
        QStringList args = reportArgs(m_workspace, pdf);
        args << QStringLiteral("--sections") << QStringLiteral("overview,charts");
        const auto unknown = runPvi(args);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("unknown section 'charts'"), unknown.err.constData());
        const auto missing = runPvi(reportArgs(m_dir.path(QStringLiteral("missing.pvi")), pdf));
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("missing.pvi"), missing.err.constData());
        QVERIFY2(!QFile::exists(pdf), "a refused report left a file");
    }
};

PVI_TEST_CLASS(TestReportCli)
#include "test_report_cli.moc"
