#include "importers/importer_registry.h"

#include "importers/costs_importer.h"
#include "importers/customer_list_importer.h"
#include "importers/experiment_importer.h"
#include "importers/ga4_conversion_paths_importer.h"
#include "importers/ga4_item_lists_importer.h"
#include "importers/ga4_landing_pages_importer.h"
#include "importers/generic_orders_importer.h"
#include "importers/google_forms_importer.h"
#include "importers/header_map.h"
#include "importers/klaviyo_campaigns_importer.h"
#include "importers/klaviyo_profiles_importer.h"
#include "importers/mailchimp_activity_importer.h"
#include "importers/mailchimp_audience_importer.h"
#include "importers/mailchimp_campaigns_importer.h"
#include "importers/shopify_customers_importer.h"
#include "importers/shopify_orders_importer.h"
#include "importers/surveymonkey_importer.h"
#include "importers/typeform_importer.h"
#include "importers/ua_landing_pages_importer.h"
#include "importers/webtoffee_orders_importer.h"
#include "importers/woo_analytics_orders_importer.h"
#include "importers/woo_order_export_importer.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace pvi {

namespace {

template <typename T> std::unique_ptr<Importer> make() {
    return std::make_unique<T>();
}

} // namespace

ImporterRegistry::ImporterRegistry() {
    m_entries.push_back({&ShopifyOrdersImporter::staticSpec(), &make<ShopifyOrdersImporter>});
    m_entries.push_back({&ShopifyCustomersImporter::staticSpec(), &make<ShopifyCustomersImporter>});
    m_entries.push_back(
        {&WooAnalyticsOrdersImporter::staticSpec(), &make<WooAnalyticsOrdersImporter>});
    m_entries.push_back({&WooOrderExportImporter::staticSpec(), &make<WooOrderExportImporter>});
    m_entries.push_back({&WebToffeeOrdersImporter::staticSpec(), &make<WebToffeeOrdersImporter>});
    // Never detected by itself (no signature): chosen by a column mapping or --source.
    m_entries.push_back({&GenericOrdersImporter::staticSpec(), &make<GenericOrdersImporter>});
    m_entries.push_back(
        {&MailchimpCampaignsImporter::staticSpec(), &make<MailchimpCampaignsImporter>});
    m_entries.push_back(
        {&MailchimpAudienceImporter::staticSpec(), &make<MailchimpAudienceImporter>});
    m_entries.push_back(
        {&MailchimpActivityImporter::staticSpec(), &make<MailchimpActivityImporter>});
    m_entries.push_back({&KlaviyoCampaignsImporter::staticSpec(), &make<KlaviyoCampaignsImporter>});
    m_entries.push_back({&KlaviyoProfilesImporter::staticSpec(), &make<KlaviyoProfilesImporter>});
    m_entries.push_back({&GoogleFormsImporter::staticSpec(), &make<GoogleFormsImporter>});
    m_entries.push_back({&SurveyMonkeyImporter::staticSpec(), &make<SurveyMonkeyImporter>});
    m_entries.push_back({&TypeformImporter::staticSpec(), &make<TypeformImporter>});
    m_entries.push_back({&Ga4LandingPagesImporter::staticSpec(), &make<Ga4LandingPagesImporter>});
    m_entries.push_back({&Ga4ItemListsImporter::staticSpec(), &make<Ga4ItemListsImporter>});
    m_entries.push_back({&UaLandingPagesImporter::staticSpec(), &make<UaLandingPagesImporter>});
    m_entries.push_back(
        {&Ga4ConversionPathsImporter::staticSpec(), &make<Ga4ConversionPathsImporter>});
    m_entries.push_back({&CostsImporter::staticSpec(), &make<CostsImporter>});
    m_entries.push_back({&CustomerListImporter::staticSpec(), &make<CustomerListImporter>});
    m_entries.push_back(
        {&ExperimentImporter::visitorsSpec(),
         [] { return std::make_unique<ExperimentImporter>(ExperimentImporter::visitorsSpec()); }});
    m_entries.push_back(
        {&ExperimentImporter::totalsSpec(),
         [] { return std::make_unique<ExperimentImporter>(ExperimentImporter::totalsSpec()); }});
}

const ImporterRegistry& ImporterRegistry::instance() {
    static const ImporterRegistry registry;
    return registry;
}

std::vector<const ImporterSpec*> ImporterRegistry::specs() const {
    std::vector<const ImporterSpec*> result;
    for (const Entry& entry : m_entries)
        result.push_back(entry.spec);
    return result;
}

const ImporterSpec* ImporterRegistry::find(const QString& id) const {
    for (const Entry& entry : m_entries) {
        if (entry.spec->id == id)
            return entry.spec;
    }
    return nullptr;
}

std::unique_ptr<Importer> ImporterRegistry::create(const QString& id) const {
    for (const Entry& entry : m_entries) {
        if (entry.spec->id == id)
            return entry.make();
    }
    return nullptr;
}

int ImporterRegistry::confidence(const ImporterSpec& spec, const HeaderMap& header) {
    double signature = 0;
    for (const QStringList& set : spec.signatures) {
        const auto present = std::count_if(
            set.begin(), set.end(), [&](const QString& name) { return header.contains(name); });
        signature = std::max(signature, set.isEmpty() ? 0.0 : double(present) / set.size());
    }
    double required = 1;
    if (!spec.required.isEmpty()) {
        const auto present = std::count_if(
            spec.required.begin(), spec.required.end(),
            [&](const QStringList& names) { return header.firstOf(names).present(); });
        required = double(present) / spec.required.size();
    }
    double score = 0;
    if (spec.firstColumn.isEmpty()) {
        score = 62.5 * signature + 37.5 * required;
    } else {
        const bool first = header.first() == spec.firstColumn.trimmed().toCaseFolded();
        score = 50 * signature + 30 * required + (first ? 20 : 0);
    }
    int result = static_cast<int>(std::lround(score));
    if (signature == 0)
        result = std::min(result, kMinConfidence);
    return result;
}

QStringList ImporterRegistry::missingColumns(const ImporterSpec& spec, const HeaderMap& header) {
    QStringList missing;
    for (const QStringList& names : spec.required) {
        if (!header.firstOf(names).present())
            missing.append(names.join(QStringLiteral(" or ")));
    }
    return missing;
}

DetectionResult ImporterRegistry::detect(const QStringList& headerRow) const {
    const HeaderMap header(headerRow);
    DetectionResult best;
    for (const Entry& entry : m_entries) {
        const int score = confidence(*entry.spec, header);
        if (score > best.confidence) {
            best.confidence = score;
            best.spec = entry.spec;
        }
    }
    if (best.confidence < kMinConfidence)
        best.spec = nullptr;
    return best;
}

QString ImporterRegistry::noMatchMessage(const QString& file) const {
    QStringList expected;
    for (const Entry& entry : m_entries)
        expected.append(QStringLiteral("%1 (%2; columns %3)")
                            .arg(entry.spec->title, entry.spec->id,
                                 entry.spec->keyColumns.join(QStringLiteral(", "))));
    return QCoreApplication::translate(
               "pvi::ImportText",
               "%1: the header matches no source PVI Studio imports. Expected one of: "
               "%2. A source can also be chosen by hand (pvi import --source ID).")
        .arg(file, expected.join(QStringLiteral("; ")));
}

} // namespace pvi
