#pragma once

#include <QString>
#include <QStringList>

namespace pvi {

/// The traffic fields of one order (schema v5 columns; empty when the export has none).
struct OrderTraffic {
    QString landingSite;   ///< first page of the visit, a path or URL, possibly with a query
    QString referringSite; ///< the referrer URL or host
    QString utmSource;
    QString utmMedium;
    QString utmCampaign;

    /// Whether every field is empty (nothing is known about the visit).
    bool isEmpty() const;
};

/// The marketing channel of an order's visit, by these rules, first match wins (documented in
/// docs/cli-attribution.md):
/// 1. UTM: utm_source/utm_medium from the columns, or when both are empty from the landing
///    site's query string. A medium email/e-mail/newsletter → "Email"; cpc/ppc/paid/paidsearch/
///    sem → "Paid search" ("Paid social" when the source is a social network); paid_social/
///    paidsocial → "Paid social"; social/social-network/social-media/sm → "Social";
///    display/banner/cpm → "Display"; affiliate → "Affiliate"; referral → "Referral";
///    organic → "Organic search"; any other medium → "Other".
/// 2. A source without a medium is read like a referrer host (email tools such as mailchimp,
///    klaviyo or newsletter → "Email").
/// 3. Ad click ids in the landing site's query: gclid/gbraid/wbraid/msclkid → "Paid search",
///    fbclid/ttclid → "Social".
/// 4. The referrer's host: a webmail or email-tool host → "Email"; a search engine (google,
///    bing, yahoo, duckduckgo, baidu, yandex, ecosia, qwant, startpage) → "Organic search"; a
///    social network (facebook, instagram, t.co, twitter, x.com, linkedin, pinterest, tiktok,
///    youtube, reddit, ...) → "Social"; the landing site's own host → "Direct"; any other host →
///    "Referral".
/// 5. Nothing → "Direct".
QString trafficChannel(const OrderTraffic& traffic);

/// Whether the path of a landing site (see landingPath) starts with one of `prefixes` (the
/// landing-page-prefix rules' patterns; case ignored, empty prefixes never match).
bool landingUnderPrefix(const QString& landingSite, const QStringList& prefixes);

/// The path of a landing site ("/products/x" for "https://shop.com/products/x?a=b"), lower
/// case kept as written; empty when there is none.
QString landingPath(const QString& landingSite);

} // namespace pvi
