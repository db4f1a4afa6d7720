#include "importers/column_mapping.h"

#include "store/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace pvi {

namespace {

const QString kTarget = QStringLiteral("generic-orders");

/// A column name as compared: no byte-order mark, no surrounding spaces, case-folded.
QString cleanName(const QString& name) {
    QString k = name.trimmed();
    if (k.startsWith(QChar(0xFEFF)))
        k.remove(0, 1);
    return k.trimmed().toCaseFolded();
}

/// Only the letters and digits of a name, for guessing ("E-mail" and "email" meet).
QString squeezed(const QString& name) {
    QString out;
    for (const QChar c : cleanName(name)) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

struct FieldAliases {
    const char* id;
    QStringList names; ///< squeezed column names taken for the field, best first
};

QStringList words(const char* text) {
    return QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
}

const QList<FieldAliases>& aliases() {
    static const QList<FieldAliases> table = {
        {"order_id", words("orderid ordernumber order orderno ordername invoiceno invoice "
                           "invoicenumber invoiceid transactionid id")},
        {"email", words("email emailaddress customeremail billingemail emailbilling mail")},
        {"created_at", words("createdat orderdate date invoicedate datetime created timestamp "
                             "purchasedate orderedat")},
        {"total", words("total ordertotal ordertotalamount totalamount grandtotal amount "
                        "revenue")},
        {"subtotal", words("subtotal ordersubtotal ordersubtotalamount")},
        {"discount_code", words("discountcode couponcode coupon coupons couponcodes promocode")},
        {"discount_amount", words("discountamount discount discounttotal cartdiscountamount")},
        {"tags", words("tags tag")},
        {"financial_status", words("financialstatus status orderstatus paymentstatus")},
        {"cancelled_at", words("cancelledat canceledat cancelleddate canceleddate")},
        {"refunded_amount", words("refundedamount refunded refundamount orderrefundamount")},
        {"currency", words("currency ordercurrency currencycode")},
        {"product", words("product productname itemname lineitemname description item")},
        {"quantity", words("quantity qty lineitemquantity")},
        {"price", words("price unitprice itemcost itemprice lineitemprice")},
        {"landing_site", words("landingsite landingpage")},
        {"referring_site", words("referringsite referrer referer referringurl")},
        {"utm_source", words("utmsource")},
        {"utm_medium", words("utmmedium")},
        {"utm_campaign", words("utmcampaign")},
    };
    return table;
}

bool headerHas(const QStringList& header, const QString& column) {
    const QString wanted = cleanName(column);
    for (const QString& name : header) {
        if (cleanName(name) == wanted)
            return true;
    }
    return false;
}

} // namespace

const QList<CanonicalField>& genericOrderFields() {
    auto f = [](const char* id, const char* label, bool required, const char* hint) {
        return CanonicalField{QString::fromLatin1(id), QString::fromLatin1(label), required,
                              QString::fromLatin1(hint)};
    };
    static const QList<CanonicalField> fields = {
        f("order_id", "Order id", true,
          "the order's number or id; rows with the same id are one order's lines"),
        f("email", "Customer e-mail", true, "joins the order to its customer"),
        f("created_at", "Order date", true, "a date and time such as 2025-03-20 05:20:57 -0700"),
        f("total", "Order total", true,
          "an amount such as 12.50 (taken from the order's first row); without it, price x "
          "quantity summed over the order's rows"),
        f("subtotal", "Subtotal", false, "merchandise after discounts, without shipping and taxes"),
        f("discount_code", "Discount code", false, "the code or coupon used"),
        f("discount_amount", "Discount amount", false, "an amount such as 5.00"),
        f("tags", "Tags", false, "comma-separated tags"),
        f("financial_status", "Status", false,
          "paid, pending, refunded, voided (WooCommerce statuses are understood too)"),
        f("cancelled_at", "Cancelled at", false, "a date and time; set for cancelled orders"),
        f("refunded_amount", "Refunded amount", false, "an amount such as 12.50"),
        f("currency", "Currency", false, "a code such as EUR"),
        f("product", "Product", false, "one line item's product name"),
        f("quantity", "Quantity", false, "a whole number such as 2"),
        f("price", "Unit price", false, "an amount such as 12.50"),
        f("landing_site", "Landing page", false, "the first page of the visit"),
        f("referring_site", "Referrer", false, "the referring site"),
        f("utm_source", "UTM source", false, "utm_source of the visit"),
        f("utm_medium", "UTM medium", false, "utm_medium of the visit"),
        f("utm_campaign", "UTM campaign", false, "utm_campaign of the visit"),
    };
    return fields;
}

QString headerSignature(const QStringList& header) {
    QStringList names;
    names.reserve(header.size());
    for (const QString& name : header)
        names.append(cleanName(name));
    const QByteArray joined = names.join(QChar(0x1F)).toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(joined, QCryptographicHash::Sha256).toHex());
}

QStringList mappingProblems(const ColumnMapping& mapping, const QStringList& header) {
    QStringList problems;
    QSet<QString> known;
    for (const CanonicalField& field : genericOrderFields()) {
        known.insert(field.id);
        const QString column = mapping.value(field.id).trimmed();
        if (column.isEmpty()) {
            const bool linesGiveTotal =
                field.id == u"total" && !mapping.value(QStringLiteral("price")).isEmpty();
            if (field.required && !linesGiveTotal)
                problems.append(QCoreApplication::translate("pvi::ImportText",
                                                            "%1 (%2) is not mapped to a column")
                                    .arg(field.label, field.id));
            continue;
        }
        if (!headerHas(header, column))
            problems.append(
                QCoreApplication::translate("pvi::ImportText",
                                            "%1 (%2) is mapped to column '%3', which the file "
                                            "does not have")
                    .arg(field.label, field.id, column));
    }
    for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it) {
        if (!known.contains(it.key()))
            problems.append(QCoreApplication::translate(
                                "pvi::ImportText", "'%1' is not a field the generic importer fills")
                                .arg(it.key()));
    }
    problems.sort();
    return problems;
}

ColumnMapping guessMapping(const QStringList& header) {
    QStringList squeezedHeader;
    for (const QString& name : header)
        squeezedHeader.append(squeezed(name));
    ColumnMapping mapping;
    QSet<int> used;
    for (const FieldAliases& field : aliases()) {
        for (const QString& alias : field.names) {
            const int index = static_cast<int>(squeezedHeader.indexOf(alias));
            if (index >= 0 && !used.contains(index)) {
                used.insert(index);
                mapping.insert(QString::fromLatin1(field.id), header.at(index).trimmed());
                break;
            }
        }
    }
    return mapping;
}

std::optional<ColumnMapping> savedMapping(Workspace& workspace, const QString& signature) {
    Statement stmt = workspace.db().prepare(
        "SELECT mapping_json FROM column_mappings WHERE header_signature = ?1 AND target = ?2");
    stmt.bind(1, signature).bind(2, kTarget);
    if (!stmt.step())
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(stmt.columnText(0).toUtf8()).object();
    ColumnMapping mapping;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        mapping.insert(it.key(), it.value().toString());
    return mapping;
}

void saveMapping(Workspace& workspace, const QString& signature, const ColumnMapping& mapping,
                 const QDateTime& savedAt) {
    QJsonObject object;
    for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it)
        object.insert(it.key(), it.value());
    workspace.db()
        .prepare("INSERT INTO column_mappings(header_signature, target, mapping_json, saved_at) "
                 "VALUES (?1, ?2, ?3, ?4) ON CONFLICT(header_signature) DO UPDATE SET "
                 "target = excluded.target, mapping_json = excluded.mapping_json, "
                 "saved_at = excluded.saved_at")
        .bind(1, signature)
        .bind(2, kTarget)
        .bind(3, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)))
        .bind(4, savedAt.toUTC().toString(Qt::ISODate))
        .run();
}

} // namespace pvi
