#include "analytics/attribution/traffic_channel.h"

#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <initializer_list>

namespace pvi {

namespace {

bool isOneOf(const QString& value, std::initializer_list<const char*> list) {
    return std::any_of(list.begin(), list.end(),
                       [&](const char* item) { return value == QLatin1String(item); });
}

/// A URL as written in exports: with or without scheme, sometimes only a host or a path.
QUrl readUrl(const QString& text) {
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (t.startsWith(u'/'))
        return QUrl(QStringLiteral("http://localhost") + t);
    if (!t.contains(QStringLiteral("://")))
        return QUrl(QStringLiteral("http://") + t);
    return QUrl(t);
}

QString hostOf(const QString& text) {
    const QUrl url = readUrl(text);
    QString host = url.host().toLower();
    if (host == u"localhost" && text.trimmed().startsWith(u'/'))
        return {};
    if (host.startsWith(QStringLiteral("www.")))
        host = host.mid(4);
    return host;
}

bool hostIs(const QString& host, std::initializer_list<const char*> domains) {
    return std::any_of(domains.begin(), domains.end(), [&](const char* d) {
        const QLatin1String domain(d);
        return host == domain || host.endsWith(QLatin1Char('.') + domain);
    });
}

/// Whether one of the host's dot-separated labels is in the list (google.co.uk has "google").
bool hostHasLabel(const QString& host, std::initializer_list<const char*> labels) {
    const QStringList parts = host.split(u'.');
    return std::any_of(parts.begin(), parts.end(),
                       [&](const QString& part) { return isOneOf(part, labels); });
}

bool isSocialHost(const QString& host) {
    return hostIs(host, {"t.co", "x.com", "lnkd.in", "threads.net"}) ||
           hostHasLabel(host, {"facebook", "fb", "instagram", "twitter", "linkedin", "pinterest",
                               "tiktok", "youtube", "reddit", "snapchat"});
}

bool isEmailHost(const QString& host) {
    if (hostIs(host, {"outlook.live.com", "outlook.office.com", "outlook.office365.com",
                      "mail.google.com", "mail.yahoo.com", "mail.aol.com", "list-manage.com",
                      "klaviyomail.com", "mailchimp.com", "klaviyo.com"}))
        return true;
    return host.startsWith(QStringLiteral("mail.")) || host.startsWith(QStringLiteral("webmail."));
}

bool isSearchHost(const QString& host) {
    return hostHasLabel(host, {"google", "bing", "yahoo", "duckduckgo", "baidu", "yandex", "ecosia",
                               "qwant", "startpage"}) ||
           hostIs(host, {"search.brave.com"});
}

/// Channel of a host (a referrer, or a utm_source read as one); empty when unknown.
QString hostChannel(const QString& host) {
    if (host.isEmpty())
        return {};
    if (isEmailHost(host) || isOneOf(host, {"newsletter", "email", "e-mail"}))
        return QStringLiteral("Email");
    if (isSearchHost(host))
        return QStringLiteral("Organic search");
    if (isSocialHost(host))
        return QStringLiteral("Social");
    return {};
}

QString mediumChannel(const QString& medium, const QString& source) {
    if (isOneOf(medium, {"email", "e-mail", "e_mail", "newsletter"}))
        return QStringLiteral("Email");
    if (isOneOf(medium, {"paid_social", "paidsocial", "paid-social"}))
        return QStringLiteral("Paid social");
    if (isOneOf(medium, {"cpc", "ppc", "paid", "paidsearch", "paid_search", "paid-search", "sem"}))
        return isSocialHost(source) ? QStringLiteral("Paid social") : QStringLiteral("Paid search");
    if (isOneOf(medium, {"social", "social-network", "social_network", "social-media",
                         "social_media", "sm"}))
        return QStringLiteral("Social");
    if (isOneOf(medium, {"display", "banner", "cpm"}))
        return QStringLiteral("Display");
    if (medium == u"affiliate")
        return QStringLiteral("Affiliate");
    if (medium == u"referral")
        return QStringLiteral("Referral");
    if (medium == u"organic")
        return QStringLiteral("Organic search");
    return QStringLiteral("Other");
}

} // namespace

bool OrderTraffic::isEmpty() const {
    return landingSite.trimmed().isEmpty() && referringSite.trimmed().isEmpty() &&
           utmSource.trimmed().isEmpty() && utmMedium.trimmed().isEmpty() &&
           utmCampaign.trimmed().isEmpty();
}

QString landingPath(const QString& landingSite) {
    if (landingSite.trimmed().isEmpty())
        return {};
    return readUrl(landingSite).path();
}

bool landingUnderPrefix(const QString& landingSite, const QStringList& prefixes) {
    const QString path = landingPath(landingSite);
    return !path.isEmpty() && std::any_of(prefixes.begin(), prefixes.end(), [&](const QString& p) {
        return !p.isEmpty() && path.startsWith(p, Qt::CaseInsensitive);
    });
}

QString trafficChannel(const OrderTraffic& traffic) {
    const QUrlQuery query(readUrl(traffic.landingSite));
    QString source = traffic.utmSource.trimmed().toLower();
    QString medium = traffic.utmMedium.trimmed().toLower();
    if (source.isEmpty() && medium.isEmpty()) {
        source = query.queryItemValue(QStringLiteral("utm_source"), QUrl::FullyDecoded).toLower();
        medium = query.queryItemValue(QStringLiteral("utm_medium"), QUrl::FullyDecoded).toLower();
    }
    if (!medium.isEmpty())
        return mediumChannel(medium, source);
    if (!source.isEmpty()) {
        const QString channel = hostChannel(source.contains(u'.') ? hostOf(source) : source);
        return channel.isEmpty() ? QStringLiteral("Referral") : channel;
    }
    for (const char* id : {"gclid", "gbraid", "wbraid", "msclkid"}) {
        if (query.hasQueryItem(QLatin1String(id)))
            return QStringLiteral("Paid search");
    }
    for (const char* id : {"fbclid", "ttclid"}) {
        if (query.hasQueryItem(QLatin1String(id)))
            return QStringLiteral("Social");
    }
    const QString referrer = hostOf(traffic.referringSite);
    if (!referrer.isEmpty()) {
        const QString channel = hostChannel(referrer);
        if (!channel.isEmpty())
            return channel;
        if (referrer == hostOf(traffic.landingSite))
            return QStringLiteral("Direct");
        return QStringLiteral("Referral");
    }
    return QStringLiteral("Direct");
}

} // namespace pvi
