#include "importers/customer_list_importer.h"

#include "importers/customer_directory.h"
#include "importers/field_reader.h"
#include "importers/import_context.h"
#include "io/csv_row.h"
#include "store/database.h"
#include "store/statement.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace pvi {

const ImporterSpec& CustomerListImporter::staticSpec() {
    static const ImporterSpec spec{
        QStringLiteral("customer-list"),
        QStringLiteral("List of personalized customers (email, optional list name)"),
        QString(),
        {{QStringLiteral("Email"), QStringLiteral("List")},
         {QStringLiteral("Email"), QStringLiteral("List name")}},
        {{QStringLiteral("Email"), QStringLiteral("Email Address"), QStringLiteral("E-mail")}},
        {QStringLiteral("Email"), QStringLiteral("List name")},
        ImportRecords::Customers,
    };
    return spec;
}

void CustomerListImporter::begin(ImportContext& context, const HeaderMap& h) {
    m_email = h.firstOf(
        {QStringLiteral("Email"), QStringLiteral("Email Address"), QStringLiteral("E-mail")});
    m_list = h.firstOf({QStringLiteral("List name"), QStringLiteral("List")});
    m_added = h.firstOf({QStringLiteral("Added on"), QStringLiteral("Added")});
    m_defaultList = QFileInfo(context.report().file).completeBaseName();
}

void CustomerListImporter::addRow(ImportContext& context, const CsvRow& row) {
    FieldReader f(context, row);
    const QString email = f.text(m_email).toLower();
    if (!email.contains(u'@')) {
        context.error(row.line, m_email.index + 1, QStringLiteral("bad-email"),
                      QCoreApplication::translate(
                          "pvi::ImportText", "column '%1' holds '%2', expected an email address")
                          .arg(m_email.name, f.text(m_email)));
        return;
    }
    QString list = f.text(m_list);
    if (list.isEmpty())
        list = m_defaultList;
    const auto added = f.timestamp(m_added, FieldReader::Need::Optional);
    const std::int64_t customer = context.customers().byEmail(email);
    Statement insert = context.db().prepare(
        "INSERT INTO customer_lists(batch_id, list_name, customer_id, added_on) "
        "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (list_name, customer_id) DO NOTHING");
    insert.bind(1, context.batchId()).bind(2, list).bind(3, customer);
    if (added)
        insert.bind(4, added->date.toString(Qt::ISODate));
    else
        insert.bindNull(4);
    insert.run();
    if (context.db().changes() > 0)
        ++context.report().recordsAdded;
    else
        ++context.report().recordsUnchanged;
}

} // namespace pvi
