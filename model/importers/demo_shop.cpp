#include "importers/demo_shop.h"

namespace pvi {

QString demoShopOrdersPath() {
    return QStringLiteral(":/demo/orders_export.csv");
}

} // namespace pvi
