#include "importers/ga4_item_lists_importer.h"

#include "importers/field_reader.h"
#include "importers/import_context.h"
#include "io/csv_row.h"

#include <QCoreApplication>

namespace pvi {

namespace {

using Need = FieldReader::Need;

/// The pairs of GA4 columns that count what was shown and what was clicked, preferred first:
/// items (each product in a list counts), then events (each list view counts once).
constexpr const char* kShownClicked[][2] = {
    {"Items viewed in list", "Items clicked in list"},
    {"Items viewed in promotion", "Items clicked in promotion"},
    {"Item list view events", "Item list click events"},
    {"Promotion views", "Promotion clicks"},
};

QStringList names(int side) {
    QStringList out;
    for (const auto& pair : kShownClicked)
        out << QString::fromLatin1(pair[side]);
    return out;
}

} // namespace

const ImporterSpec& Ga4ItemListsImporter::staticSpec() {
    static const ImporterSpec spec = [] {
        ImporterSpec s{QStringLiteral("ga4-item-lists"),
                       QStringLiteral("Google Analytics 4 item-list or promotion report"),
                       QString(),
                       {},
                       {{QStringLiteral("Item list name"), QStringLiteral("Item promotion name")},
                        names(0),
                        names(1)},
                       {QStringLiteral("Item list name"), QStringLiteral("Items viewed in list"),
                        QStringLiteral("Items clicked in list")}};
        for (const char* name : {"Item list name", "Item promotion name"}) {
            for (const auto& pair : kShownClicked)
                s.signatures.append({QString::fromLatin1(name), QString::fromLatin1(pair[0]),
                                     QString::fromLatin1(pair[1])});
        }
        s.records = ImportRecords::WebRows;
        return s;
    }();
    return spec;
}

void Ga4ItemListsImporter::mapColumns(const HeaderMap& h) {
    m_name = h.firstOf({QStringLiteral("Item list name"), QStringLiteral("Item promotion name")});
    for (const auto& pair : kShownClicked) {
        const ColumnRef shown = h.column(QString::fromLatin1(pair[0]));
        const ColumnRef clicked = h.column(QString::fromLatin1(pair[1]));
        if (shown.present() && clicked.present()) {
            m_shown = shown;
            m_clicked = clicked;
            return;
        }
    }
}

std::optional<WebPageRecord> Ga4ItemListsImporter::readPage(ImportContext& context,
                                                            const CsvRow& row) {
    FieldReader f(context, row);
    const std::optional<double> shown = f.money(m_shown, Need::Required);
    const std::optional<double> clicked = f.money(m_clicked, Need::Required);
    if (!shown || !clicked)
        return std::nullopt;
    if (*clicked > *shown) {
        context.error(row.line, m_clicked.index + 1, QStringLiteral("clicks-above-views"),
                      QCoreApplication::translate(
                          "pvi::ImportText", "'%1' (%2) is larger than '%3' (%4): a list cannot be "
                                             "clicked more often than it was shown")
                          .arg(m_clicked.name)
                          .arg(*clicked)
                          .arg(m_shown.name)
                          .arg(*shown));
        return std::nullopt;
    }
    WebPageRecord r;
    r.page = f.text(m_name);
    r.impressions = shown;
    r.clicks = clicked;
    return r;
}

} // namespace pvi
