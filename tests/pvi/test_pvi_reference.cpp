// Every PVI, the RFM scores and the cohort matrix on the fixture in tests/fixtures/pvi against
// tests/reference/pvi/reference.json, which make_reference.py computes independently with pandas,
// scipy (Welch's t-test) and statsmodels (two-proportion z-test) from the same rows.
// Tolerance: 1e-9 relative (1e-12 absolute near 0) for values, lifts and intervals; 1e-8 for
// p-values (Boost.Math vs scipy distribution functions).
#include "analytics/rfm/rfm_assignment.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/personalization_rules.h"
#include "pvi/orders/order_snapshot.h"
#include "pvi/orders/pvi_segments.h"
#include "pvi/reports/cohort_report.h"
#include "pvi_fixture.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace pvi;

namespace {

bool close(double actual, double expected, double relative) {
    return std::abs(actual - expected) <= std::max(relative * std::abs(expected), 1e-12);
}

/// Compares an optional number with a JSON number or null; returns a message on mismatch.
QString compare(const QString& what, std::optional<double> actual, const QJsonValue& expected,
                double relative = 1e-9) {
    if (expected.isNull() || expected.isUndefined()) {
        return actual ? QStringLiteral("%1: actual %2, expected null")
                            .arg(what)
                            .arg(*actual, 0, 'g', 17)
                      : QString();
    }
    if (!actual)
        return QStringLiteral("%1: actual null, expected %2")
            .arg(what)
            .arg(expected.toDouble(), 0, 'g', 17);
    if (!close(*actual, expected.toDouble(), relative))
        return QStringLiteral("%1: actual %2, expected %3")
            .arg(what)
            .arg(*actual, 0, 'g', 17)
            .arg(expected.toDouble(), 0, 'g', 17);
    return {};
}

QJsonObject loadReference() {
    QFile file(QStringLiteral(PVI_REFERENCE_DIR "/pvi/reference.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestPviReference : public QObject {
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QJsonObject m_reference;

private Q_SLOTS:
    void initTestCase() {
        m_reference = loadReference();
        QVERIFY2(!m_reference.isEmpty(), "reference.json is missing or unreadable");
        QString error;
        m_workspace = test::newPviFixtureWorkspace(m_dir.path(QStringLiteral("ref.pvi")), &error);
        QVERIFY2(m_workspace, qPrintable(error));
        for (const QJsonValue rule : m_reference[QStringLiteral("rules")].toArray()) {
            const QJsonArray pair = rule.toArray();
            QVERIFY2(PersonalizationRules::add(*m_workspace, pair[0].toString(), pair[1].toString(),
                                               &error),
                     qPrintable(error));
        }
    }

    void metricsMatchReference() {
        QStringList failures;
        int checked = 0;
        for (const QJsonValue periodValue : m_reference[QStringLiteral("periods")].toArray()) {
            const QJsonObject periodObject = periodValue.toObject();
            const Period period{
                QDate::fromString(periodObject[QStringLiteral("from")].toString(), Qt::ISODate),
                QDate::fromString(periodObject[QStringLiteral("to")].toString(), Qt::ISODate)};
            const auto results = computeMetrics(*m_workspace, {period, period.previous()});
            const QJsonObject expectedPvis = periodObject[QStringLiteral("pvis")].toObject();
            // Other families (email, surveys) add their PVIs after these: check the order ones.
            QStringList seen;
            for (const PviResult& r : results) {
                if (!expectedPvis.contains(r.id))
                    continue;
                seen << r.id;
                const QString where = QStringLiteral("%1 %2..%3")
                                          .arg(r.id, period.from.toString(Qt::ISODate),
                                               period.to.toString(Qt::ISODate));
                const QJsonValue expectedValue = expectedPvis[r.id];
                if (expectedValue.isNull()) {
                    if (r.available || r.reason.isEmpty())
                        failures << where + QStringLiteral(": expected unavailable with a reason");
                    continue;
                }
                const QJsonObject e = expectedValue.toObject();
                if (!r.available)
                    failures << where + QStringLiteral(": unavailable: ") + r.reason;
                auto check = [&](const QString& what, std::optional<double> actual,
                                 const QJsonValue& expected, double relative = 1e-9) {
                    const QString message =
                        compare(where + u' ' + what, actual, expected, relative);
                    if (!message.isEmpty())
                        failures << message;
                    ++checked;
                };
                check(QStringLiteral("value"), r.value, e[QStringLiteral("value")]);
                check(QStringLiteral("n"), static_cast<double>(r.n), e[QStringLiteral("n")]);
                for (const auto& [key, group] :
                     {std::pair{QStringLiteral("personalized"), r.personalized},
                      std::pair{QStringLiteral("control"), r.control}}) {
                    if (!e.contains(key))
                        continue;
                    const QJsonObject g = e[key].toObject();
                    check(key + QStringLiteral(".value"), group.value, g[QStringLiteral("value")]);
                    check(key + QStringLiteral(".n"), static_cast<double>(group.n),
                          g[QStringLiteral("n")]);
                }
                if (e.contains(QStringLiteral("lift_percent")))
                    check(QStringLiteral("lift_percent"), r.liftPercent,
                          e[QStringLiteral("lift_percent")]);
                if (e.contains(QStringLiteral("p_value")))
                    check(QStringLiteral("p_value"), r.pValue, e[QStringLiteral("p_value")], 1e-8);
                if (e.contains(QStringLiteral("lift_ci_95"))) {
                    const QJsonArray ci = e[QStringLiteral("lift_ci_95")].toArray();
                    check(QStringLiteral("lift_ci_95.low"),
                          r.liftCi95 ? std::optional(r.liftCi95->first) : std::nullopt,
                          ci.isEmpty() ? QJsonValue() : ci[0]);
                    check(QStringLiteral("lift_ci_95.high"),
                          r.liftCi95 ? std::optional(r.liftCi95->second) : std::nullopt,
                          ci.isEmpty() ? QJsonValue() : ci[1]);
                }
                const QJsonArray segments = e[QStringLiteral("segments")].toArray();
                if (static_cast<std::size_t>(segments.size()) != r.segments.size()) {
                    failures << where + QStringLiteral(": %1 segments, expected %2")
                                            .arg(r.segments.size())
                                            .arg(segments.size());
                    continue;
                }
                for (int i = 0; i < segments.size(); ++i) {
                    const QJsonObject s = segments[i].toObject();
                    const SegmentValue& actual = r.segments[static_cast<std::size_t>(i)];
                    if (actual.id != s[QStringLiteral("id")].toString())
                        failures << where +
                                        QStringLiteral(": segment %1 is %2").arg(i).arg(actual.id);
                    check(actual.id + QStringLiteral(".value"), actual.value,
                          s[QStringLiteral("value")]);
                    check(actual.id + QStringLiteral(".n"), static_cast<double>(actual.n),
                          s[QStringLiteral("n")]);
                    if (s.contains(QStringLiteral("personalized"))) {
                        check(actual.id + QStringLiteral(".personalized"),
                              actual.personalized.value,
                              s[QStringLiteral("personalized")][QStringLiteral("value")]);
                        check(actual.id + QStringLiteral(".control"), actual.control.value,
                              s[QStringLiteral("control")][QStringLiteral("value")]);
                    }
                }
            }
            if (seen.size() != expectedPvis.size())
                failures << QStringLiteral("results hold %1 of the %2 order PVIs")
                                .arg(seen.size())
                                .arg(expectedPvis.size());
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QVERIFY(checked > 300);
    }

    void rfmOfAChangedCopyIsComputedAgain() {
        // rfmAsOf keeps each day's assignments with the snapshot; a copy that drops orders must
        // not be served the original's.
        const QJsonObject rfm = m_reference[QStringLiteral("rfm")].toObject();
        const QDate asOf = QDate::fromString(rfm[QStringLiteral("as_of")].toString(), Qt::ISODate);
        const OrderSnapshot snapshot = OrderSnapshot::load(*m_workspace);
        const std::size_t all = rfmAsOf(snapshot, asOf).size();
        OrderSnapshot earlier = snapshot;
        earlier.orders.resize(earlier.orders.size() / 2); // sorted by day: the older half
        const std::size_t fewer = rfmAsOf(earlier, asOf).size();
        QVERIFY2(fewer < all, qPrintable(QStringLiteral("a copy with half the orders got %1 "
                                                        "assignments, the original %2")
                                             .arg(fewer)
                                             .arg(all)));
        QCOMPARE(rfmAsOf(snapshot, asOf).size(), all);
    }

    void rfmScoresMatchReference() {
        const QJsonObject rfm = m_reference[QStringLiteral("rfm")].toObject();
        const QDate asOf = QDate::fromString(rfm[QStringLiteral("as_of")].toString(), Qt::ISODate);
        const OrderSnapshot snapshot = OrderSnapshot::load(*m_workspace);
        const std::vector<RfmAssignment> assignments = rfmAsOf(snapshot, asOf);
        const QJsonArray expected = rfm[QStringLiteral("customers")].toArray();
        QCOMPARE(assignments.size(), static_cast<std::size_t>(expected.size()));
        QStringList failures;
        for (int i = 0; i < expected.size(); ++i) {
            const QJsonObject e = expected[i].toObject();
            const RfmAssignment& a = assignments[static_cast<std::size_t>(i)];
            const QString actual = QStringLiteral("%1 R%2 F%3 M%4 %5")
                                       .arg(a.score.customerId)
                                       .arg(a.score.recency)
                                       .arg(a.score.frequency)
                                       .arg(a.score.monetary)
                                       .arg(rfmSegmentId(a.segment));
            const QString wanted = QStringLiteral("%1 R%2 F%3 M%4 %5")
                                       .arg(e[QStringLiteral("customer_id")].toInteger())
                                       .arg(e[QStringLiteral("r")].toInt())
                                       .arg(e[QStringLiteral("f")].toInt())
                                       .arg(e[QStringLiteral("m")].toInt())
                                       .arg(e[QStringLiteral("segment")].toString());
            if (actual != wanted)
                failures << QStringLiteral("actual %1, expected %2").arg(actual, wanted);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }

    void cohortsMatchReference() {
        const QJsonObject cohorts = m_reference[QStringLiteral("cohorts")].toObject();
        const QDate asOf =
            QDate::fromString(cohorts[QStringLiteral("as_of")].toString(), Qt::ISODate);
        const CohortMatrix matrix = computeCohorts(*m_workspace, asOf);
        QStringList failures;
        for (const auto& [key, rows] :
             {std::pair{QStringLiteral("all"), &matrix.all},
              std::pair{QStringLiteral("personalized"), &matrix.personalized},
              std::pair{QStringLiteral("generic"), &matrix.generic}}) {
            const QJsonArray expected = cohorts[key].toArray();
            if (static_cast<std::size_t>(expected.size()) != rows->size()) {
                failures << QStringLiteral("%1: %2 cohorts, expected %3")
                                .arg(key)
                                .arg(rows->size())
                                .arg(expected.size());
                continue;
            }
            for (int i = 0; i < expected.size(); ++i) {
                const QJsonObject e = expected[i].toObject();
                const CohortRow& row = (*rows)[static_cast<std::size_t>(i)];
                const QString where = key + u' ' + row.month.toString(QStringLiteral("yyyy-MM"));
                if (row.month.toString(QStringLiteral("yyyy-MM")) !=
                        e[QStringLiteral("month")].toString() ||
                    row.customers != e[QStringLiteral("customers")].toInteger())
                    failures << where + QStringLiteral(": month or size differs");
                for (const auto& [field, values] :
                     {std::pair{QStringLiteral("active_percent"), &row.activePercent},
                      std::pair{QStringLiteral("orders_per_customer"), &row.ordersPerCustomer},
                      std::pair{QStringLiteral("revenue_per_customer"), &row.revenuePerCustomer}}) {
                    const QJsonArray cells = e[field].toArray();
                    if (static_cast<std::size_t>(cells.size()) != values->size()) {
                        failures << where + u' ' + field + QStringLiteral(": column count");
                        continue;
                    }
                    for (int k = 0; k < cells.size(); ++k) {
                        const QString message =
                            compare(QStringLiteral("%1 %2[%3]").arg(where, field).arg(k),
                                    (*values)[static_cast<std::size_t>(k)], cells[k]);
                        if (!message.isEmpty())
                            failures << message;
                    }
                }
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }

    void computesEveryRegisteredPvi() {
        // Timing is printed, not asserted: machines are shared and noisy (see tools/benchmarks).
        QElapsedTimer timer;
        timer.start();
        const auto results = computeMetrics(*m_workspace, defaultMetricsQuery(*m_workspace));
        qInfo("computeMetrics on the fixture: %lld ms", static_cast<long long>(timer.elapsed()));
        QVERIFY(results.size() >= std::size_t{15});
    }
};

PVI_TEST_CLASS(TestPviReference)
#include "test_pvi_reference.moc"
