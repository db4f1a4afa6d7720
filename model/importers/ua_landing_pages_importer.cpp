#include "importers/ua_landing_pages_importer.h"

#include "importers/field_reader.h"
#include "importers/import_context.h"
#include "io/csv_row.h"

#include <QCoreApplication>

namespace pvi {

namespace {

using Need = FieldReader::Need;

} // namespace

const ImporterSpec& UaLandingPagesImporter::staticSpec() {
    static const ImporterSpec spec{
        QStringLiteral("ua-landing-pages"),
        QStringLiteral("Universal Analytics landing-page export"),
        QStringLiteral("Landing Page"),
        {{QStringLiteral("Landing Page"), QStringLiteral("Sessions"), QStringLiteral("Bounce Rate"),
          QStringLiteral("Pages / Session")}},
        {{QStringLiteral("Landing Page")}, {QStringLiteral("Sessions")}},
        {QStringLiteral("Landing Page"), QStringLiteral("Sessions"), QStringLiteral("Bounce Rate"),
         QStringLiteral("Avg. Session Duration")},
        ImportRecords::WebRows,
    };
    return spec;
}

void UaLandingPagesImporter::mapColumns(const HeaderMap& h) {
    auto c = [&h](const char* name) { return h.column(QString::fromLatin1(name)); };
    m_col = {
        c("Landing Page"),
        c("Sessions"),
        c("Bounce Rate"),
        c("Pages / Session"),
        h.firstOf({QStringLiteral("Avg. Session Duration"), QStringLiteral("Avg. Time on Page")}),
        h.firstOf(
            {QStringLiteral("Goal Conversion Rate"), QStringLiteral("Ecommerce Conversion Rate")}),
        c("Revenue")};
}

std::optional<WebPageRecord> UaLandingPagesImporter::readPage(ImportContext& context,
                                                              const CsvRow& row) {
    FieldReader f(context, row);
    WebPageRecord r;
    r.page = f.text(m_col.page);
    if (r.page.isEmpty()) {
        if (m_totalsRows++ == 0)
            context.warning(
                row.line, m_col.page.index + 1, QStringLiteral("totals-row"),
                QCoreApplication::translate("pvi::ImportText",
                                            "a row without a landing page (the report's totals) "
                                            "was skipped"));
        return std::nullopt;
    }
    const std::optional<double> sessions = f.money(m_col.sessions, Need::Required);
    if (!sessions)
        return std::nullopt;
    r.sessions = *sessions;
    r.bounces = perSessionTotal(
        readWebRate(context, row.line, m_col.bounceRate, f.text(m_col.bounceRate)), *sessions);
    r.pageViews = perSessionTotal(f.money(m_col.pagesPerSession, Need::Optional), *sessions);
    r.engagementSeconds = perSessionTotal(
        readWebSeconds(context, row.line, m_col.duration, f.text(m_col.duration)), *sessions);
    r.conversions = perSessionTotal(
        readWebRate(context, row.line, m_col.goalRate, f.text(m_col.goalRate)), *sessions);
    r.revenue = f.money(m_col.revenue, Need::Optional);
    return r;
}

} // namespace pvi
