#include "clv_test_data.h"

#include "analytics/lifetime/bgnbd_fit.h"
#include "analytics/lifetime/bgnbd_predictions.h"
#include "analytics/lifetime/clv_predictions.h"
#include "analytics/lifetime/gamma_gamma_fit.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>
#include <random>

using namespace Qt::StringLiterals;

namespace pvi::test {

std::vector<CustomerSummary> readSummaryCsv(const QString& path) {
    QFile file(path);
    std::vector<CustomerSummary> rows;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    const QStringList header = QString::fromUtf8(file.readLine()).trimmed().split(u',');
    const bool hasZbar = header.size() >= 5;
    while (!file.atEnd()) {
        const QStringList f = QString::fromUtf8(file.readLine()).trimmed().split(u',');
        if (f.size() < 4)
            continue;
        CustomerSummary s;
        s.id = f[0];
        s.x = static_cast<int>(f[1].toDouble());
        s.tx = f[2].toDouble();
        s.T = f[3].toDouble();
        s.zbar = hasZbar ? f[4].toDouble() : 0.0;
        rows.push_back(s);
    }
    return rows;
}

std::vector<PurchaseRecord> readCdnowTransactions(const QString& path) {
    QFile file(path);
    std::vector<PurchaseRecord> rows;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    while (!file.atEnd()) {
        const QStringList f =
            QString::fromUtf8(file.readLine()).trimmed().split(space, Qt::SkipEmptyParts);
        if (f.size() < 5)
            continue;
        rows.push_back({QString::number(f[1].toInt()),
                        QDate::fromString(f[2], QStringLiteral("yyyyMMdd")), f[4].toDouble()});
    }
    return rows;
}

std::vector<PurchaseRecord> generatePurchases(int customers, unsigned seed, QDate start,
                                              int weeks) {
    std::vector<PurchaseRecord> purchases;
    std::mt19937 rng(seed);
    std::gamma_distribution<double> rate(0.7, 0.25);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::gamma_distribution<double> nuDist(4.0, 1.0 / 15.0);
    for (int i = 0; i < customers; ++i) {
        const QString id = QString::number(i + 1);
        const double lambda = rate(rng);
        std::gamma_distribution<double> value(6.0, 1.0 / nuDist(rng));
        const double u1 = uniform(rng), u2 = uniform(rng);
        const double dropout = 1.0 - std::pow(1.0 - u1, 1.0 / 3.0); // Beta(1, 3) by inversion
        const int firstDay = static_cast<int>(u2 * weeks * 7 / 2);
        double t = firstDay / 7.0;
        purchases.push_back({id, start.addDays(firstDay), value(rng)});
        std::exponential_distribution<double> gap(lambda);
        while (true) {
            t += gap(rng);
            if (t > weeks)
                break;
            purchases.push_back({id, start.addDays(static_cast<int>(t * 7.0)), value(rng)});
            if (uniform(rng) < dropout)
                break;
        }
    }
    return purchases;
}

void insertOrders(Database& db, const std::vector<PurchaseRecord>& purchases) {
    Transaction tx(db);
    db.exec("INSERT INTO import_batches (id, file_name, file_path, sha256, source, imported_at) "
            "VALUES (1, 'orders.csv', 'orders.csv', '-', 'test', '2026-01-01T00:00:00Z')");
    int id = 0;
    for (const auto& p : purchases) {
        ++id;
        const auto customer = static_cast<std::int64_t>(p.customerId.toLongLong());
        db.prepare("INSERT OR IGNORE INTO customers (id, external_id) VALUES (?1, ?2)")
            .bind(1, customer)
            .bind(2, p.customerId)
            .run();
        db.prepare("INSERT INTO orders (batch_id, source, order_key, customer_id, created_at, "
                   "order_date, is_valid, net_revenue) VALUES (1, 'test', ?1, ?2, ?3, ?3, 1, ?4)")
            .bind(1, QString::number(id))
            .bind(2, customer)
            .bind(3, p.date.toString(Qt::ISODate))
            .bind(4, p.value)
            .run();
    }
    tx.commit();
}

QJsonObject readReferenceJson(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

namespace {

void check(QStringList& errors, const QString& what, double actual, double expected, double relTol,
           double absTol = 0.0) {
    const double tol = std::max(absTol, relTol * std::abs(expected));
    if (!(std::abs(actual - expected) <= tol))
        errors << QStringLiteral("%1: actual %2, expected %3 (tolerance %4)")
                      .arg(what)
                      .arg(actual, 0, 'g', 12)
                      .arg(expected, 0, 'g', 12)
                      .arg(tol, 0, 'g', 3);
}

} // namespace

QStringList compareWithReference(std::span<const CustomerSummary> summary,
                                 const QJsonObject& reference) {
    QStringList errors;
    const QJsonObject bgRef = reference[u"bgnbd"].toObject();
    const QJsonObject ggRef = reference[u"gamma_gamma"].toObject();
    if (bgRef.isEmpty() || ggRef.isEmpty())
        return {QStringLiteral("reference JSON missing or incomplete")};

    const auto bg = fitBgNbd(summary);
    if (!bg.ok)
        return {QStringLiteral("BG/NBD fit failed: %1").arg(bg.reason)};
    const auto bgSe = bgRef[u"standard_errors"].toObject();
    const std::pair<const char16_t*, std::pair<double, double>> bgValues[] = {
        {u"r", {bg.params.r, bg.standardErrors.r}},
        {u"alpha", {bg.params.alpha, bg.standardErrors.alpha}},
        {u"a", {bg.params.a, bg.standardErrors.a}},
        {u"b", {bg.params.b, bg.standardErrors.b}},
    };
    for (const auto& [name, v] : bgValues) {
        const QString key = QString::fromUtf16(name);
        check(errors, u"bgnbd."_s + key, v.first, bgRef[key].toDouble(), 1e-4);
        check(errors, u"bgnbd.se."_s + key, v.second, bgSe[key].toDouble(), 1e-3);
    }
    check(errors, QStringLiteral("bgnbd.log_likelihood"), bg.logLikelihood,
          bgRef[u"log_likelihood"].toDouble(), 0.0, 1e-5);

    const auto gg = fitGammaGamma(summary);
    if (!gg.ok)
        return errors << QStringLiteral("Gamma-Gamma fit failed: %1").arg(gg.reason);
    const auto ggSe = ggRef[u"standard_errors"].toObject();
    const std::pair<const char16_t*, std::pair<double, double>> ggValues[] = {
        {u"p", {gg.params.p, gg.standardErrors.p}},
        {u"q", {gg.params.q, gg.standardErrors.q}},
        {u"gamma", {gg.params.gamma, gg.standardErrors.gamma}},
    };
    for (const auto& [name, v] : ggValues) {
        const QString key = QString::fromUtf16(name);
        check(errors, u"gamma_gamma."_s + key, v.first, ggRef[key].toDouble(), 1e-4);
        check(errors, u"gamma_gamma.se."_s + key, v.second, ggSe[key].toDouble(), 1e-3);
    }
    check(errors, QStringLiteral("gamma_gamma.log_likelihood"), gg.logLikelihood,
          ggRef[u"log_likelihood"].toDouble(), 0.0, 1e-5);
    check(errors, QStringLiteral("frequency_spend_correlation"), frequencySpendCorrelation(summary),
          reference[u"frequency_spend_correlation"].toDouble(), 1e-9);

    // Predictions with the reference parameters.
    const BgNbdParameters bgP{bgRef[u"r"].toDouble(), bgRef[u"alpha"].toDouble(),
                              bgRef[u"a"].toDouble(), bgRef[u"b"].toDouble()};
    const GammaGammaParameters ggP{ggRef[u"p"].toDouble(), ggRef[u"q"].toDouble(),
                                   ggRef[u"gamma"].toDouble()};
    const auto options = reference[u"options"].toObject();
    ClvOptions clvOptions;
    clvOptions.horizonMonths = options[u"horizon_months"].toInt();
    clvOptions.annualDiscountRate = options[u"annual_discount"].toDouble();
    clvOptions.periodWeeks = options[u"period_weeks"].toDouble();
    const auto customers = reference[u"customers"].toArray();
    if (customers.size() < 20)
        errors << QStringLiteral("reference lists %1 customers, expected 20").arg(customers.size());
    for (const auto& value : customers) {
        const auto c = value.toObject();
        const CustomerSummary s{c[u"id"].toString(), c[u"x"].toInt(), c[u"t_x"].toDouble(),
                                c[u"T"].toDouble(), c[u"zbar"].toDouble()};
        const QString who = QStringLiteral("customer %1 (x %2, t_x %3, T %4) ")
                                .arg(s.id)
                                .arg(s.x)
                                .arg(s.tx)
                                .arg(s.T);
        check(errors, who + u"p_alive"_s, bgNbdProbabilityAlive(bgP, s.x, s.tx, s.T),
              c[u"p_alive"].toDouble(), 1e-9);
        check(errors, who + u"expected_purchases_39w"_s,
              bgNbdConditionalExpectedPurchases(bgP, clvOptions.periodWeeks, s.x, s.tx, s.T),
              c[u"expected_purchases_39w"].toDouble(), 1e-9);
        const double spend = gammaGammaExpectedAverageSpend(ggP, s.x, s.zbar);
        check(errors, who + u"expected_average_spend"_s, spend,
              c[u"expected_average_spend"].toDouble(), 1e-9);
        check(errors, who + u"clv_12m"_s, discountedClv(bgP, s, spend, clvOptions),
              c[u"clv_12m"].toDouble(), 1e-9);
    }
    return errors;
}

} // namespace pvi::test
