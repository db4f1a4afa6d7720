#pragma once
// The report as a document: a cover, sections of blocks (headings, paragraphs, PVI tiles, charts,
// tables) and the running header and footer. Made by report_content.cpp from the workspace, laid
// out on pages by report_layout.cpp and painted by report_painter.cpp; the slides use the same
// blocks on 16:9 pages.

#include <QColor>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pvi::report {

/// One PVI as a tile: its title, value as the window writes it, change vs the comparison period,
/// the personalized-vs-generic lift with its interval, and the verdict in words.
struct ReportTile {
    QString title;
    QString value;
    QString change;     ///< "▲ 4.2%"; empty when there is no previous value
    int changeTone = 0; ///< +1 good news, −1 bad news, 0 neutral (colours the change)
    QString lift;       ///< "Personalized +12.3% (95% CI +4.1% to +20.5%)"; empty without
    QString verdict;    ///< a sentence; empty for a tile row without verdicts
};

/// One series of a chart: a value per category (NaN leaves it out), in one colour, with an
/// optional 95% interval per value drawn as a whisker.
struct ReportSeries {
    QString name;
    QList<double> values;
    QColor colour;
    QList<double> low;     ///< empty, or one per value (NaN: no interval)
    QList<double> high;    ///< empty, or one per value
    QList<QColor> colours; ///< empty, or one per value (bars of different audiences)

    static ReportSeries named(const QString& name, const QColor& colour) {
        ReportSeries series;
        series.name = name;
        series.colour = colour;
        return series;
    }
};

/// How a chart's value axis writes its numbers.
enum class AxisFormat { Number, Percent, Money };

/// A chart drawn as vectors: horizontal bars per category (long names on the left), or lines over
/// ordered categories (months).
struct ReportChart {
    enum class Kind { Bars, Lines };
    Kind kind = Kind::Bars;
    QString title;
    QStringList categories;
    QList<ReportSeries> series;
    QString valueTitle; ///< the value axis's title, e.g. "Revenue per customer (CA$)"
    AxisFormat format = AxisFormat::Number;
    QString currency;    ///< the currency code of Money axes
    double height = 230; ///< in points
};

/// A table; numeric columns are right-aligned. A long table continues on the next page with its
/// header repeated.
struct ReportTable {
    QStringList header;
    QList<QStringList> rows;
    QList<bool> numeric;  ///< per column; missing columns are text
    QList<double> widths; ///< relative column widths; empty: equal
};

/// One block of a section, in reading order.
struct ReportBlock {
    enum class Kind { Heading, Paragraph, Footnote, Note, Tiles, Chart, Table, PageBreak };
    Kind kind = Kind::Paragraph;
    QString text;  ///< Heading, Paragraph, Footnote and Note
    int level = 1; ///< Heading: 1 for a section title, 2 below it
    QList<ReportTile> tiles;
    ReportChart chart;
    ReportTable table;

    static ReportBlock heading(const QString& text, int level = 2);
    static ReportBlock paragraph(const QString& text);
    static ReportBlock footnote(const QString& text);
    static ReportBlock note(const QString& text);
    static ReportBlock tileRow(const QList<ReportTile>& tiles);
    static ReportBlock chartBlock(const ReportChart& chart);
    static ReportBlock tableBlock(const ReportTable& table);
    static ReportBlock pageBreak();
};

/// A section: one page of the window, the executive summary or an appendix. Each starts on a new
/// page and is listed on the contents page.
struct ReportSection {
    QString id;    ///< "summary", "overview", "segments", ..., "appendix-methods"
    QString title; ///< "Executive summary", "Overview", ...
    QList<ReportBlock> blocks;
};

/// What the cover says.
struct ReportCover {
    QString title;
    QString client;
    QString consultant;
    QString period;           ///< "1 Sep 2026 – 30 Nov 2026"
    QString comparison;       ///< "compared with 3 Jun 2026 – 31 Aug 2026"; empty without
    QStringList sources;      ///< "Shopify orders — orders_export.csv, imported 2 Dec 2026"
    QString madeOn;           ///< "Made on 6 Dec 2026"
    QList<QString> logoFiles; ///< PNG/JPEG/SVG files drawn on the cover
};

/// The whole report.
struct ReportDocument {
    ReportCover cover;
    QString runningHeader; ///< "Client · 1 Sep 2026 – 30 Nov 2026"
    QString madeOn;        ///< the footer's date, "6 Dec 2026"
    QList<ReportSection> sections;
};

} // namespace pvi::report
