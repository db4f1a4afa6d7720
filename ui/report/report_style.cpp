#include "report/report_style.h"

#include <QFontDatabase>

#include <mutex>

namespace pvi::report {

QString reportFontFamily() {
    static std::once_flag once;
    static QString family;
    std::call_once(once, [] {
        const int regular =
            QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/DejaVuSans.ttf"));
        QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/DejaVuSans-Bold.ttf"));
        const QStringList families = QFontDatabase::applicationFontFamilies(regular);
        family = families.isEmpty() ? QStringLiteral("DejaVu Sans") : families.first();
    });
    return family;
}

ReportFonts ReportFonts::standard(double scale) {
    const QString family = reportFontFamily();
    auto font = [&](double points, bool bold) {
        QFont f(family);
        f.setPointSizeF(points * scale);
        f.setBold(bold);
        f.setKerning(true);
        // No shaping for Latin text: no ligatures, so "off" stays three letters that a PDF search
        // (and pdftotext) finds, not an "ﬀ" glyph.
        f.setStyleStrategy(QFont::PreferNoShaping);
        return f;
    };
    ReportFonts fonts;
    fonts.title = font(26, true);
    fonts.heading1 = font(17, true);
    fonts.heading2 = font(12, true);
    fonts.body = font(9.5, false);
    fonts.small = font(7.5, false);
    fonts.tileValue = font(15, true);
    fonts.tileTitle = font(8, true);
    return fonts;
}

QRectF PageGeometry::body() const {
    const double top = margins.top() + (running ? headerHeight : 0);
    const double bottom = margins.bottom() + (running ? footerHeight : 0);
    return QRectF(margins.left(), top, size.width() - margins.left() - margins.right(),
                  size.height() - top - bottom);
}

PageGeometry PageGeometry::paper(QPageSize::PageSizeId id, bool landscape) {
    PageGeometry page;
    const QSizeF points = QPageSize(id).size(QPageSize::Point);
    page.size = landscape ? points.transposed() : points;
    return page;
}

PageGeometry PageGeometry::slide() {
    PageGeometry page;
    page.size = QSizeF(960, 540);
    page.margins = QMarginsF(48, 36, 48, 30);
    page.running = false;
    return page;
}

} // namespace pvi::report
