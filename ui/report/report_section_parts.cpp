#include "report/report_section_parts.h"

#include "charts/chart_palette.h"
#include "pages/experiment_summary.h"
#include "pvi/engine/pvi_engine.h"
#include "report/report_texts.h"
#include "report/report_tiles.h"
#include "widgets/pvi_text.h"
#include "widgets/value_format.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pvi::report {

QColor personalizedColour() {
    return palette::audience(palette::Audience::Personalized);
}
QColor genericColour() {
    return palette::audience(palette::Audience::Generic);
}
QColor allColour() {
    return palette::audience(palette::Audience::AllCustomers);
}

double orNaN(const std::optional<double>& v) {
    return v ? *v : kNaN;
}

QString periodText(const Period& p) {
    return p.isValid() ? formatDayRange(p.from, p.to) : ReportText::tr("no period");
}

QString percentText(const std::optional<double>& v) {
    return v ? formatValue(*v, ValueKind::Percent) : u"—"_s;
}

QString moneyOrDash(const std::optional<double>& v, const QString& currency) {
    return v ? formatMoney(*v, currency) : u"—"_s;
}

QList<ReportTile> familyTiles(const ReportInputs& inputs, PviFamily family) {
    QList<ReportTile> tiles;
    for (const PviTileData* tile : inputs.allTiles()) {
        if (pviFamilyOf(tile->id) == family)
            tiles.append(reportTile(*tile));
    }
    return tiles;
}

void addFamily(QList<ReportBlock>& blocks, const ReportInputs& inputs, PviFamily family,
               const QString& heading) {
    const QList<ReportTile> tiles = familyTiles(inputs, family);
    if (tiles.isEmpty())
        return;
    blocks.append(
        ReportBlock::heading(heading.isEmpty() ? translatedFamilyTitle(family) : heading));
    blocks.append(ReportBlock::tileRow(tiles));
}

} // namespace pvi::report
