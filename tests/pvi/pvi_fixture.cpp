#include "pvi_fixture.h"

#include "store/workspace.h"
#include "test_paths.h"

#include <QFile>
#include <QStringList>
#include <QTextStream>

namespace pvi::test {

namespace {

/// The fixture CSVs hold no quoted fields with commas except tags, which are quoted.
QStringList splitCsvLine(const QString& line) {
    QStringList fields;
    QString current;
    bool quoted = false;
    for (const QChar c : line) {
        if (c == u'"')
            quoted = !quoted;
        else if (c == u',' && !quoted) {
            fields << current;
            current.clear();
        } else
            current += c;
    }
    fields << current;
    return fields;
}

std::vector<QStringList> readCsv(const QString& path) {
    std::vector<QStringList> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    QTextStream in(&file);
    in.readLine(); // header
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (!line.isEmpty())
            rows.push_back(splitCsvLine(line));
    }
    return rows;
}

void ensureBatch(Workspace& workspace) {
    workspace.db().exec("INSERT OR IGNORE INTO import_batches(id, file_name, file_path, sha256, "
                        "source, imported_at) VALUES (1, 'fixture', 'fixture', '', 'test', "
                        "'2025-01-01T00:00:00Z')");
}

void ensureCustomer(Workspace& workspace, qint64 id, const QString& email) {
    workspace.db()
        .prepare("INSERT OR IGNORE INTO customers(id, email) VALUES (?1, ?2)")
        .bind(1, static_cast<std::int64_t>(id))
        .bind(2, email)
        .run();
}

} // namespace

bool loadPviFixture(Workspace& workspace, QString* error) {
    const QString dir = QStringLiteral(PVI_FIXTURES_DIR "/pvi/");
    const auto customers = readCsv(dir + QStringLiteral("customers.csv"));
    const auto orders = readCsv(dir + QStringLiteral("orders.csv"));
    if (customers.empty() || orders.empty()) {
        *error = QStringLiteral("cannot read the fixture in %1").arg(dir);
        return false;
    }
    ensureBatch(workspace);
    for (const QStringList& row : customers) {
        const qint64 id = row[0].toLongLong();
        ensureCustomer(workspace, id, row[1]);
        if (!row[2].isEmpty()) {
            workspace.db()
                .prepare("INSERT INTO customer_records(customer_id, batch_id, accepts_marketing) "
                         "VALUES (?1, 1, ?2)")
                .bind(1, static_cast<std::int64_t>(id))
                .bind(2, static_cast<std::int64_t>(row[2].toInt()))
                .run();
        }
    }
    Statement insert = workspace.db().prepare(
        "INSERT INTO orders(id, batch_id, source, order_key, customer_id, created_at, order_date, "
        "is_valid, net_revenue, tags, discount_code, accepts_marketing) "
        "VALUES (?1, 1, 'test', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    for (const QStringList& row : orders) {
        insert.bind(1, static_cast<std::int64_t>(row[0].toLongLong())).bind(2, row[0]);
        if (row[1].isEmpty())
            insert.bindNull(3);
        else
            insert.bind(3, static_cast<std::int64_t>(row[1].toLongLong()));
        insert.bind(4, row[3]).bind(5, row[2]).bind(6, static_cast<std::int64_t>(row[4].toInt()));
        insert.bind(7, row[5].toDouble()).bind(8, row[6]).bind(9, row[7]);
        if (row[8].isEmpty())
            insert.bindNull(10);
        else
            insert.bind(10, static_cast<std::int64_t>(row[8].toInt()));
        insert.run();
        insert.reset();
    }
    return true;
}

void insertOrder(Workspace& workspace, qint64 orderId, qint64 customerId, const QString& date,
                 double revenue, const QString& tags, const QString& discountCode) {
    ensureBatch(workspace);
    if (customerId > 0)
        ensureCustomer(workspace, customerId, QStringLiteral("c%1@example.com").arg(customerId));
    Statement insert = workspace.db().prepare(
        "INSERT INTO orders(id, batch_id, source, order_key, customer_id, created_at, order_date, "
        "is_valid, net_revenue, tags, discount_code) "
        "VALUES (?1, 1, 'test', ?2, ?3, ?4, ?5, 1, ?6, ?7, ?8)");
    insert.bind(1, static_cast<std::int64_t>(orderId)).bind(2, QString::number(orderId));
    if (customerId > 0)
        insert.bind(3, static_cast<std::int64_t>(customerId));
    else
        insert.bindNull(3);
    insert.bind(4, date + QStringLiteral(" 12:00:00 +0000")).bind(5, date).bind(6, revenue);
    insert.bind(7, tags).bind(8, discountCode).run();
}

std::unique_ptr<Workspace> newPviFixtureWorkspace(const QString& path, QString* error) {
    auto opened = Workspace::open(path, Workspace::Mode::CreateOrOpen);
    if (!opened.workspace) {
        *error = opened.error;
        return nullptr;
    }
    if (!loadPviFixture(*opened.workspace, error))
        return nullptr;
    return std::move(opened.workspace);
}

} // namespace pvi::test
