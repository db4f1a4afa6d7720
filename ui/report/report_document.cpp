#include "report/report_document.h"

namespace pvi::report {

namespace {

ReportBlock textBlock(ReportBlock::Kind kind, const QString& text) {
    ReportBlock block;
    block.kind = kind;
    block.text = text;
    return block;
}

} // namespace

ReportBlock ReportBlock::heading(const QString& text, int level) {
    ReportBlock block = textBlock(Kind::Heading, text);
    block.level = level;
    return block;
}

ReportBlock ReportBlock::paragraph(const QString& text) {
    return textBlock(Kind::Paragraph, text);
}

ReportBlock ReportBlock::footnote(const QString& text) {
    return textBlock(Kind::Footnote, text);
}

ReportBlock ReportBlock::note(const QString& text) {
    return textBlock(Kind::Note, text);
}

ReportBlock ReportBlock::tileRow(const QList<ReportTile>& tiles) {
    ReportBlock block;
    block.kind = Kind::Tiles;
    block.tiles = tiles;
    return block;
}

ReportBlock ReportBlock::chartBlock(const ReportChart& chart) {
    ReportBlock block;
    block.kind = Kind::Chart;
    block.chart = chart;
    return block;
}

ReportBlock ReportBlock::tableBlock(const ReportTable& table) {
    ReportBlock block;
    block.kind = Kind::Table;
    block.table = table;
    return block;
}

ReportBlock ReportBlock::pageBreak() {
    ReportBlock block;
    block.kind = Kind::PageBreak;
    return block;
}

} // namespace pvi::report
