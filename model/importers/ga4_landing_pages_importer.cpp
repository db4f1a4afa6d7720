#include "importers/ga4_landing_pages_importer.h"

#include "importers/field_reader.h"
#include "importers/import_context.h"
#include "io/csv_row.h"

namespace pvi {

namespace {

using Need = FieldReader::Need;

} // namespace

const ImporterSpec& Ga4LandingPagesImporter::staticSpec() {
    static const ImporterSpec spec{
        QStringLiteral("ga4-landing-pages"),
        QStringLiteral("Google Analytics 4 landing-page report"),
        QStringLiteral("Landing page"),
        {{QStringLiteral("Landing page"), QStringLiteral("Sessions"),
          QStringLiteral("Average engagement time per session")},
         {QStringLiteral("Landing page"), QStringLiteral("Sessions"),
          QStringLiteral("Session key event rate")},
         {QStringLiteral("Landing page"), QStringLiteral("Sessions"),
          QStringLiteral("Engagement rate")}},
        {{QStringLiteral("Landing page"), QStringLiteral("Page title and screen class")},
         {QStringLiteral("Sessions")}},
        {QStringLiteral("Landing page"), QStringLiteral("Sessions"),
         QStringLiteral("Average engagement time per session"),
         QStringLiteral("Session key event rate")},
        ImportRecords::WebRows,
    };
    return spec;
}

void Ga4LandingPagesImporter::mapColumns(const HeaderMap& h) {
    auto c = [&h](const char* name) { return h.column(QString::fromLatin1(name)); };
    m_col = {
        h.firstOf({QStringLiteral("Landing page"), QStringLiteral("Page title and screen class")}),
        c("Sessions"),
        c("Average engagement time per session"),
        h.firstOf(
            {QStringLiteral("Session key event rate"), QStringLiteral("Session conversion rate")}),
        c("Engagement rate"),
        c("Bounce rate"),
        c("Views"),
        c("Total revenue")};
}

std::optional<WebPageRecord> Ga4LandingPagesImporter::readPage(ImportContext& context,
                                                               const CsvRow& row) {
    FieldReader f(context, row);
    const std::optional<double> sessions = f.money(m_col.sessions, Need::Required);
    if (!sessions)
        return std::nullopt;
    WebPageRecord r;
    r.page = f.text(m_col.page);
    r.sessions = *sessions;
    r.engagementSeconds = perSessionTotal(
        readWebSeconds(context, row.line, m_col.engagementTime, f.text(m_col.engagementTime)),
        *sessions);
    r.conversions = perSessionTotal(
        readWebRate(context, row.line, m_col.keyEventRate, f.text(m_col.keyEventRate)), *sessions);
    r.engagedSessions = perSessionTotal(
        readWebRate(context, row.line, m_col.engagementRate, f.text(m_col.engagementRate)),
        *sessions);
    r.bounces = perSessionTotal(
        readWebRate(context, row.line, m_col.bounceRate, f.text(m_col.bounceRate)), *sessions);
    r.pageViews = f.money(m_col.views, Need::Optional);
    r.revenue = f.money(m_col.revenue, Need::Optional);
    return r;
}

} // namespace pvi
