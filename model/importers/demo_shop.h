#pragma once

#include <QString>

namespace pvi {

/// The bundled demo shop's Shopify orders export (a Qt resource path, readable with QFile).
QString demoShopOrdersPath();

/// The personalization rules the demo shop uses: (kind, pattern) pairs.
struct DemoRule {
    const char* kind;
    const char* pattern;
};
inline constexpr DemoRule kDemoShopRules[] = {
    {"order-tag", "personalized"},
    {"discount-code-prefix", "FORYOU"},
};

} // namespace pvi
