#include "report/report_writer.h"

#include "charts/chart_palette.h"
#include "report/report_painter.h"

#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace pvi::report {

PdfFormat PdfFormat::report(QPageSize::PageSizeId size, bool landscape) {
    PdfFormat format;
    format.page = PageGeometry::paper(size, landscape);
    return format;
}

PdfFormat PdfFormat::slides() {
    PdfFormat format;
    format.page = PageGeometry::slide();
    format.fontScale = 1.6;
    format.contentsPage = false;
    return format;
}

PaginatedReport paginate(const ReportDocument& document, const PdfFormat& format) {
    PaginatedReport pages;
    const BlockMetrics metrics(ReportFonts::standard(format.fontScale));
    pages.layout = layoutSections(document.sections, format.page, metrics);
    pages.frontPages = format.contentsPage ? 2 : 1;
    return pages;
}

void paintPage(QPainter& painter, const ReportDocument& document, const PaginatedReport& pages,
               const PdfFormat& format, int index) {
    const palette::ScopedTheme light(palette::Theme::Light); // reports stay light
    const ReportFonts fonts = ReportFonts::standard(format.fontScale);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::LosslessImageRendering);
    painter.fillRect(QRectF(QPointF(0, 0), format.page.size), Qt::white);
    if (index == 0) {
        paintCover(painter, format.page, document.cover, fonts);
        return;
    }
    const int count = pages.pageCount();
    if (format.contentsPage && index == 1) {
        QList<int> numbers;
        for (int first : pages.layout.sectionFirstPage)
            numbers.append(first + pages.frontPages + 1);
        paintContents(painter, format.page, document.sections, numbers, fonts);
        paintRunning(painter, format.page, document.runningHeader, QStringLiteral("Contents"),
                     document.madeOn, index + 1, count, fonts);
        return;
    }
    const LaidOutPage& page = pages.layout.pages[index - pages.frontPages];
    const ReportSection& section = document.sections[page.section];
    const BlockMetrics metrics(fonts);
    for (const PlacedBlock& placed : page.blocks)
        paintBlock(painter, section.blocks[placed.block], placed, metrics);
    paintRunning(painter, format.page, document.runningHeader, section.title, document.madeOn,
                 index + 1, count, fonts);
}

int writePdf(const ReportDocument& document, const PdfFormat& format, const QString& path,
             QString* error, const PageProgress& progress) {
    const PaginatedReport pages = paginate(document, format);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("%1 cannot be written: %2").arg(path, file.errorString());
        return 0;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(72);
        writer.setPageSize(QPageSize(format.page.size, QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(document.cover.title);
        writer.setCreator(QStringLiteral("PVI Studio"));
        QPainter painter(&writer);
        const int count = pages.pageCount();
        for (int index = 0; index < count; ++index) {
            if (index > 0)
                writer.newPage();
            paintPage(painter, document, pages, format, index);
            if (progress && !progress(index + 1, count)) {
                painter.end();
                file.cancelWriting();
                if (error)
                    *error = QStringLiteral("Cancelled: %1 was not written.").arg(path);
                return 0;
            }
        }
    }
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("%1 cannot be written: %2").arg(path, file.errorString());
        return 0;
    }
    return pages.pageCount();
}

ReportDocument slidesOf(const ReportDocument& report) {
    ReportDocument deck = report;
    deck.sections.clear();
    auto shown = [](const ReportBlock& block) {
        return block.kind == ReportBlock::Kind::Chart || block.kind == ReportBlock::Kind::Tiles ||
               block.kind == ReportBlock::Kind::Table || block.kind == ReportBlock::Kind::Note;
    };
    for (const ReportSection& section : report.sections) {
        ReportSection slides{section.id, section.title, {}};
        for (qsizetype b = 0; b < section.blocks.size(); ++b) {
            const ReportBlock& block = section.blocks[b];
            if (!shown(block))
                continue;
            if (!slides.blocks.isEmpty())
                slides.blocks.append(ReportBlock::pageBreak());
            slides.blocks.append(ReportBlock::heading(section.title, 1));
            // A sub-heading just before the block names it on its slide.
            const ReportBlock* previous = b > 0 ? &section.blocks[b - 1] : nullptr;
            if (previous && previous->kind == ReportBlock::Kind::Heading && previous->level == 2)
                slides.blocks.append(*previous);
            slides.blocks.append(block);
        }
        if (!slides.blocks.isEmpty())
            deck.sections.append(slides);
    }
    return deck;
}

} // namespace pvi::report
