// Benchmark: CsvReader against sqlite3's own `.import --csv` of the same file, in the same run.
//
//   bench_csv_read [--rows N] [--repeat R] [--out GENERATED] [FILE]
//
// Without FILE it writes a Shopify-layout orders export (2025 layout, 79 columns, one row per
// line item, continuation rows mostly empty, quoted notes with commas and newlines) of N rows
// (default 1,000,000) to a temporary folder (or to GENERATED, which is kept). Prints the best of R
// runs of each and the ratio.
#include "io/csv_reader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kColumns = 79;

const char* const kHeader =
    "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,"
    "Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created "
    "at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem "
    "sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,Billing "
    "Name,Billing Street,Billing Address1,Billing Address2,Billing Company,Billing City,Billing "
    "Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,Shipping "
    "Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping "
    "Province,Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,Payment "
    "Method,Payment Reference,Refunded Amount,Vendor,Outstanding Balance,Employee,Location,Device "
    "ID,Id,Tags,Risk Level,Source,Lineitem discount,Tax 1 Name,Tax 1 Value,Tax 2 Name,Tax 2 "
    "Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,Tax 4 Value,Tax 5 Name,Tax 5 Value,Phone,Receipt "
    "Number,Duties,Billing Province Name,Shipping Province Name,Payment ID,Payment Terms "
    "Name,Next Payment Due At,Payment References\n";

/// Writes `rows` line-item rows (plus the header); returns false on I/O failure.
bool writeShopifyExport(const QString& path, qint64 rows) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    std::mt19937 random(20250320);
    const char* const products[] = {"Sourdough Loaf", "Croissant", "\"Cake, chocolate\"",
                                    "Cinnamon Roll", "Baguette"};
    QByteArray buffer;
    buffer.reserve(4 << 20);
    buffer.append(kHeader);
    qint64 order = 1000;
    int linesLeft = 0;
    char line[2048];
    for (qint64 r = 0; r < rows; ++r) {
        const unsigned product = random() % 5;
        const unsigned quantity = 1 + random() % 3;
        const int day = 1 + static_cast<int>(random() % 28);
        if (linesLeft == 0) { // first row of an order: every order-level field
            ++order;
            linesLeft = 1 + static_cast<int>(random() % 3);
            const bool note = random() % 20 == 0;
            std::snprintf(
                line, sizeof line,
                "#%lld,customer%04u@example.com,paid,2025-03-%02d 05:20:57 -0700,fulfilled,"
                "2025-03-%02d 09:00:00 -0700,%s,CAD,%u.00,5.00,1.30,%u.30,%s,%s,Standard,"
                "2025-03-%02d 05:20:57 -0700,%u,%s,12.00,,SKU-%u,true,true,fulfilled,"
                "Jane Doe,1 Main St,1 Main St,,,Toronto,'M5V 2T6,ON,CA,+1 555 0100,Jane Doe,"
                "1 Main St,1 Main St,,,Toronto,'M5V 2T6,ON,CA,+1 555 0100,%s,,,Shopify "
                "Payments,c%lld.1,0.00,Bakery,0.00,,,,%lld,%s,Low,web,0.00,HST 13%%,1.30,,,,,,,,,"
                "+1 555 0100,,,Ontario,Ontario,p%lld,,,p%lld\n",
                static_cast<long long>(order), static_cast<unsigned>(random() % 5000), day, day,
                random() % 2 ? "yes" : "no", 12 * quantity, 12 * quantity + 6,
                random() % 4 == 0 ? "\"WELCOME10\"" : "\"\"", random() % 4 == 0 ? "1.20" : "0.00",
                day, quantity, products[product], product,
                note ? "\"Gift message: Happy birthday,\nlove from us\"" : "",
                static_cast<long long>(order), 5000000000LL + order,
                random() % 3 == 0 ? "\"personalized, newsletter\"" : "",
                static_cast<long long>(order), static_cast<long long>(order));
        } else { // continuation row: only the line-item fields (Shopify's row model)
            char name[32], email[48], created[32], qty[8], sku[16];
            std::snprintf(name, sizeof name, "#%lld", static_cast<long long>(order));
            std::snprintf(email, sizeof email, "customer%04u@example.com",
                          static_cast<unsigned>(random() % 5000));
            std::snprintf(created, sizeof created, "2025-03-%02d 05:20:57 -0700", day);
            std::snprintf(qty, sizeof qty, "%u", quantity);
            std::snprintf(sku, sizeof sku, "SKU-%u", product);
            const char* fields[kColumns] = {};
            fields[0] = name;
            fields[1] = email;
            fields[15] = created;
            fields[16] = qty;
            fields[17] = products[product];
            fields[18] = "12.00";
            fields[20] = sku;
            fields[21] = fields[22] = "true";
            fields[23] = "fulfilled";
            fields[50] = "Bakery";
            fields[59] = "0.00";
            std::string text;
            for (int k = 0; k < kColumns; ++k) {
                if (k > 0)
                    text += ',';
                if (fields[k])
                    text += fields[k];
            }
            text += '\n';
            std::snprintf(line, sizeof line, "%s", text.c_str());
        }
        --linesLeft;
        buffer.append(line);
        if (buffer.size() > (4 << 20) - 4096) {
            if (file.write(buffer) != buffer.size())
                return false;
            buffer.clear();
        }
    }
    return file.write(buffer) == buffer.size() && file.flush();
}

/// CPU seconds (user + system) used so far by this process (RUSAGE_SELF) or its waited-for
/// children (RUSAGE_CHILDREN): robust to other programs sharing the cores, unlike wall time.
double cpuSeconds(int who) {
    rusage usage{};
    getrusage(who, &usage);
    const auto seconds = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

struct Timing {
    double wall = -1;
    double cpu = -1;
};

struct ReaderRun {
    Timing time;
    qint64 records = 0;
    qint64 fields = 0;
    qint64 characters = 0;
};

ReaderRun timeReader(const QString& path) {
    ReaderRun run;
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds(RUSAGE_SELF);
    pvi::CsvReader reader;
    if (!reader.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(reader.error().toString()));
        return run;
    }
    pvi::CsvRow row;
    while (reader.readRow(row)) {
        ++run.records;
        run.fields += row.fields.size();
        for (const QString& field : row.fields)
            run.characters += field.size();
    }
    if (reader.hasError())
        std::fprintf(stderr, "%s\n", qPrintable(reader.error().toString()));
    run.time = {timer.nsecsElapsed() / 1e9, cpuSeconds(RUSAGE_SELF) - cpuStart};
    return run;
}

Timing timeSqlite(const QString& sqlite, const QString& path) {
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds(RUSAGE_CHILDREN);
    QProcess process;
    process.start(
        sqlite, {u":memory:"_s, u".import --csv "_s + path + u" t"_s, u"SELECT count(*) FROM t"_s});
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", process.readAllStandardError().constData());
        return {};
    }
    const Timing timing{timer.nsecsElapsed() / 1e9, cpuSeconds(RUSAGE_CHILDREN) - cpuStart};
    std::printf("sqlite3 rows imported: %s", process.readAllStandardOutput().constData());
    return timing;
}

long peakRssKb(int who) {
    rusage usage{};
    getrusage(who, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    qint64 rows = 1000000;
    int repeat = 1;
    QString path;
    QString out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--rows" && i + 1 < args.size())
            rows = args[++i].toLongLong();
        else if (args[i] == u"--repeat" && i + 1 < args.size())
            repeat = std::max(1, args[++i].toInt());
        else if (args[i] == u"--out" && i + 1 < args.size())
            out = args[++i];
        else
            path = args[i];
    }
    QTemporaryDir dir;
    if (path.isEmpty()) {
        path = out.isEmpty() ? dir.filePath(u"orders_export.csv"_s) : out;
        QElapsedTimer timer;
        timer.start();
        if (!writeShopifyExport(path, rows)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        std::printf("generated %lld rows in %.2f s\n", static_cast<long long>(rows),
                    timer.nsecsElapsed() / 1e9);
    }
    const QString sqlite = QStandardPaths::findExecutable(u"sqlite3"_s);
    std::printf("file: %s (%.1f MB)\n", qPrintable(path), QFile(path).size() / 1e6);

    ReaderRun best;
    Timing sqliteBest;
    for (int r = 0; r < repeat; ++r) {
        const ReaderRun run = timeReader(path);
        if (r == 0 || run.time.cpu < best.time.cpu)
            best = run;
        if (!sqlite.isEmpty()) {
            const Timing t = timeSqlite(sqlite, path);
            if (t.cpu >= 0 && (sqliteBest.cpu < 0 || t.cpu < sqliteBest.cpu))
                sqliteBest = t;
        }
    }
    const double mb = QFile(path).size() / 1e6;
    std::printf("CsvReader: %lld records, %lld fields, wall %.3f s, CPU %.3f s (%.0f MB/s of CPU), "
                "peak RSS %ld MB\n",
                static_cast<long long>(best.records), static_cast<long long>(best.fields),
                best.time.wall, best.time.cpu, mb / best.time.cpu, peakRssKb(RUSAGE_SELF) / 1024);
    if (sqliteBest.cpu < 0) {
        std::printf("sqlite3 not found or failed: no ratio\n");
        return 0;
    }
    std::printf("sqlite3 .import --csv: wall %.3f s, CPU %.3f s, peak RSS %ld MB\n",
                sqliteBest.wall, sqliteBest.cpu, peakRssKb(RUSAGE_CHILDREN) / 1024);
    std::printf("ratio CsvReader / sqlite3: CPU %.2f, wall %.2f\n", best.time.cpu / sqliteBest.cpu,
                best.time.wall / sqliteBest.wall);
    return 0;
}
