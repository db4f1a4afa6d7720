// The rows of the selection-effect estimate (analytics/effect/effect_index_events.h) on customers
// small enough to work out by hand: which customers and days become exposed and candidate events,
// their covariates of the year before, and which countries get an indicator.
#include "analytics/effect/effect_index_events.h"
#include "test_registry.h"

#include <QTest>

using namespace pvi;

namespace {

constexpr qint64 kDay0 = 2460000; // a Julian day; every day below is relative to it

/// A customer with one order of `revenue` on each of `days` (relative to kDay0).
EffectCustomer customer(qint64 id, std::initializer_list<qint64> days, const QString& country,
                        std::optional<qint64> exposedDay = std::nullopt, double revenue = 10) {
    EffectCustomer c;
    c.id = id;
    for (const qint64 day : days)
        c.orders.push_back({kDay0 + day, revenue});
    if (exposedDay)
        c.exposedDay = kDay0 + *exposedDay;
    c.country = country;
    return c;
}

EffectCustomerReader readerOf(const std::vector<EffectCustomer>& customers) {
    return {customers.size(),
            [&customers](std::size_t i, EffectCustomer& into) { into = customers[i]; }};
}

/// Options for a period of days [100, 130] with 30-day outcome windows and data to day 400.
EffectOptions periodOptions() {
    EffectOptions options;
    options.fromDay = kDay0 + 100;
    options.toDay = kDay0 + 130;
    options.dataEndDay = kDay0 + 400;
    options.windowDays = 30;
    options.calendarCaliperDays = 30;
    return options;
}

QStringList covariateNames(const EffectIndex& index) {
    QStringList names;
    for (const EffectCovariate& c : index.covariates)
        names << c.name;
    return names;
}

} // namespace

class TestEffectIndexEvents : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void eventsAndTheirCovariates() {
        // Customer 1: orders on days 10 and 50, first personalized order on day 110: exposed at
        // 110 with 2 orders and 20 of revenue in the year before, 60 days since the last order
        // and 100 as a customer. Customer 2: generic orders on 80, 90 and 120: the orders on 90
        // and 120 are candidates (80 has no order before it), each with the orders
        // of the year before it. Customer 3 has no order in the year before day 110: no event.
        const std::vector<EffectCustomer> customers = {
            customer(1, {10, 50, 110}, QStringLiteral("DE"), 110),
            customer(2, {80, 90, 120}, QStringLiteral("DE")),
            customer(3, {-400, 110}, QStringLiteral("DE"), 110),
        };
        const EffectIndex index = buildEffectIndex(readerOf(customers), periodOptions());
        QCOMPARE(index.exposedInPeriod, qint64{2});
        QCOMPARE(index.noHistory, qint64{1});
        QCOMPARE(index.exposed.size(), std::size_t{1});
        const IndexEvent& exposed = index.exposed.front();
        QCOMPARE(exposed.customer, std::size_t{0});
        QCOMPARE(exposed.day, kDay0 + 110);
        QCOMPARE(exposed.covariates, (std::vector<double>{2, 20, 60, 100, 0}));
        QCOMPARE(exposed.before, 0.0);
        QCOMPARE(exposed.after, 0.0);
        QCOMPARE(index.candidates.size(), std::size_t{2});
        QCOMPARE(index.candidates[0].day, kDay0 + 90);
        QCOMPARE(index.candidates[0].covariates, (std::vector<double>{1, 10, 10, 10, 0}));
        QCOMPARE(index.candidates[0].after, 10.0); // the order on day 120
        QCOMPARE(index.candidates[1].day, kDay0 + 120);
        QCOMPARE(index.candidates[1].covariates, (std::vector<double>{2, 20, 30, 40, 0}));
        QCOMPARE(index.candidates[1].before, 10.0); // the order on day 90, within 30 days
        // One country only: no indicator.
        QCOMPARE(index.covariates.size(), std::size_t{5});
    }

    void countriesBesideTheMostCommonGetIndicators() {
        // 40 customers: 16 in FR and 16 in BE (the most common, tied: BE is first in name order
        // and gets no indicator), 4 unknown, 3 in NL (7.5%, an indicator), 1 in LU (2.5%, below
        // 5%: none). Each has one candidate event on day 100 with an order on day 50.
        std::vector<EffectCustomer> customers;
        const auto add = [&](int n, const QString& country) {
            for (int i = 0; i < n; ++i)
                customers.push_back(
                    customer(qint64(customers.size()) + 1, {50, 100}, country, std::nullopt));
        };
        add(16, QStringLiteral("FR"));
        add(4, QString());
        add(3, QStringLiteral("NL"));
        add(16, QStringLiteral("BE"));
        add(1, QStringLiteral("LU"));
        const EffectIndex index = buildEffectIndex(readerOf(customers), periodOptions());
        QCOMPARE(covariateNames(index).mid(5),
                 (QStringList{QStringLiteral("country: FR"), QStringLiteral("country: NL")}));
        QCOMPARE(index.candidates.size(), customers.size());
        for (const IndexEvent& event : index.candidates) {
            const QString& country = customers[event.customer].country;
            const std::vector<double> indicators(event.covariates.begin() + 5,
                                                 event.covariates.end());
            const std::vector<double> expected = {country == u"FR" ? 1.0 : 0.0,
                                                  country == u"NL" ? 1.0 : 0.0};
            QVERIFY2(indicators == expected,
                     qPrintable(QStringLiteral("customer in '%1': wrong indicators").arg(country)));
        }
    }
};

PVI_TEST_CLASS(TestEffectIndexEvents)
#include "test_effect_index_events.moc"
