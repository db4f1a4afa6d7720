#include "importers/order_attribution.h"

#include "importers/field_reader.h"
#include "importers/order_record.h"

namespace pvi {

namespace {

/// A WooCommerce order-attribution meta key and the names exports give its column.
QStringList metaNames(const char* key, QStringList others) {
    const QString meta = QStringLiteral("_wc_order_attribution_") + QString::fromLatin1(key);
    others.prepend(meta);
    others.prepend(QStringLiteral("meta:") + meta);
    return others;
}

} // namespace

OrderAttributionColumns OrderAttributionColumns::find(const HeaderMap& h) {
    OrderAttributionColumns c;
    c.landing = h.firstOf(metaNames(
        "session_entry", {QStringLiteral("Landing page"), QStringLiteral("Landing site"),
                          QStringLiteral("landing_site"), QStringLiteral("landing_page")}));
    c.referrer = h.firstOf(
        metaNames("referrer", {QStringLiteral("Referrer"), QStringLiteral("Referring site"),
                               QStringLiteral("referring_site"), QStringLiteral("referrer")}));
    c.utmSource = h.firstOf(
        metaNames("utm_source", {QStringLiteral("utm_source"), QStringLiteral("UTM Source")}));
    c.utmMedium = h.firstOf(
        metaNames("utm_medium", {QStringLiteral("utm_medium"), QStringLiteral("UTM Medium")}));
    c.utmCampaign = h.firstOf(metaNames(
        "utm_campaign", {QStringLiteral("utm_campaign"), QStringLiteral("UTM Campaign")}));
    c.origin = h.firstOf({QStringLiteral("Origin"), QStringLiteral("Attribution")});
    c.sourceType = h.firstOf(metaNames("source_type", {QStringLiteral("Source type")}));
    return c;
}

void OrderAttributionColumns::read(const FieldReader& f, OrderRecord& order) const {
    order.landingSite = f.text(landing);
    order.referringSite = f.text(referrer);
    order.utmSource = f.text(utmSource);
    order.utmMedium = f.text(utmMedium);
    order.utmCampaign = f.text(utmCampaign);
    const QString summary = f.text(origin);
    const qsizetype colon = summary.indexOf(u':');
    if (colon > 0) {
        const QString kind = summary.left(colon).trimmed().toLower();
        const QString name = summary.mid(colon + 1).trimmed();
        if (kind == u"source" && order.utmSource.isEmpty())
            order.utmSource = name;
        else if ((kind == u"referral" || kind == u"organic") && order.referringSite.isEmpty())
            order.referringSite = name;
    }
    order.channel = summary.isEmpty() ? f.text(sourceType) : summary;
}

} // namespace pvi
