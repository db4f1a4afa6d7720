#pragma once

#include "importers/header_map.h"

namespace pvi {

class FieldReader;
struct OrderRecord;

/// The columns of an orders export that say where the order's visit came from: WooCommerce
/// order-attribution meta (`_wc_order_attribution_utm_source`, `…_session_entry`,
/// `…_referrer`, with or without a `meta:` prefix), plain `utm_*` / landing / referrer columns,
/// and WooCommerce's summaries "Origin" / "Attribution" ("Source: Google", "Referral:
/// facebook.com", "Direct") and "Source type" (utm, organic, referral, typein, admin).
struct OrderAttributionColumns {
    ColumnRef landing, referrer, utmSource, utmMedium, utmCampaign, origin, sourceType;

    /// The attribution columns a header has.
    static OrderAttributionColumns find(const HeaderMap& header);
    /// Fills the order's landing site, referring site, UTM fields and channel from one row.
    /// An origin such as "Source: Google" gives the UTM source when no utm_source column does,
    /// "Referral: x" / "Organic: x" the referring site; the origin (or else the source type) is
    /// the channel.
    void read(const FieldReader& fields, OrderRecord& order) const;
};

} // namespace pvi
