// The propensity model's logistic regression against statsmodels' Logit on the same designs
// (tests/reference/effect/logistic_cases.json, written by make_reference.py there).

#include "analytics/effect/logistic_regression.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

namespace {

QJsonObject loadLogisticReference() {
    QFile file(QStringLiteral(PVI_REFERENCE_DIR "/effect/logistic_cases.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool close(double actual, double expected, double relative) {
    return std::abs(actual - expected) <= relative * std::max(1.0, std::abs(expected));
}

} // namespace

class TestLogisticReference : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesStatsmodels() {
        const QJsonArray cases = loadLogisticReference().value(u"cases").toArray();
        QVERIFY2(cases.size() == 3,
                 "expected three cases in tests/reference/effect/logistic_cases.json");
        for (const QJsonValue& value : cases) {
            const QJsonObject c = value.toObject();
            const QString name = c.value(u"name").toString();
            const auto columns = static_cast<std::size_t>(c.value(u"columns").toInt());
            std::vector<double> design;
            for (const QJsonValue& row : c.value(u"design").toArray())
                for (const QJsonValue& x : row.toArray())
                    design.push_back(x.toDouble());
            std::vector<unsigned char> outcome;
            for (const QJsonValue& y : c.value(u"outcome").toArray())
                outcome.push_back(static_cast<unsigned char>(y.toInt()));

            const pvi::LogisticFit fit = pvi::fitLogistic(design, columns, outcome);
            QVERIFY2(fit.converged, qPrintable(name + QStringLiteral(": did not converge")));
            QVERIFY2(fit.droppedColumns.empty(), qPrintable(name));
            const QJsonArray params = c.value(u"params").toArray();
            const QJsonArray bse = c.value(u"bse").toArray();
            QCOMPARE(fit.coefficients.size(), std::size_t(params.size()));
            for (qsizetype j = 0; j < params.size(); ++j) {
                const auto k = static_cast<std::size_t>(j);
                QVERIFY2(close(fit.coefficients[k], params[j].toDouble(), 1e-6),
                         qPrintable(QStringLiteral("%1: coefficient %2 is %3, statsmodels says %4")
                                        .arg(name)
                                        .arg(j)
                                        .arg(fit.coefficients[k], 0, 'g', 12)
                                        .arg(params[j].toDouble(), 0, 'g', 12)));
                QVERIFY2(close(fit.standardErrors[k], bse[j].toDouble(), 1e-5),
                         qPrintable(QStringLiteral("%1: standard error %2 is %3, statsmodels "
                                                   "says %4")
                                        .arg(name)
                                        .arg(j)
                                        .arg(fit.standardErrors[k], 0, 'g', 12)
                                        .arg(bse[j].toDouble(), 0, 'g', 12)));
            }
            QVERIFY2(close(fit.logLikelihood, c.value(u"llf").toDouble(), 1e-9),
                     qPrintable(QStringLiteral("%1: log-likelihood %2, statsmodels says %3")
                                    .arg(name)
                                    .arg(fit.logLikelihood, 0, 'g', 14)
                                    .arg(c.value(u"llf").toDouble(), 0, 'g', 14)));
        }
    }

    void constantColumnIsDroppedNotFatal() {
        // A column with one value (nobody's consent known, say) cannot be estimated: it gets 0
        // and the other coefficients are those of the model without it.
        std::vector<double> withConstant;
        std::vector<double> without;
        std::vector<unsigned char> y;
        for (int i = 0; i < 200; ++i) {
            const double x = (i % 17) / 4.0;
            withConstant.insert(withConstant.end(), {x, 1.0});
            without.push_back(x);
            y.push_back((i * 7919) % 10 < 2 + int(x) ? 1 : 0);
        }
        const pvi::LogisticFit a = pvi::fitLogistic(withConstant, 2, y);
        const pvi::LogisticFit b = pvi::fitLogistic(without, 1, y);
        QCOMPARE(a.droppedColumns, std::vector<std::size_t>{1});
        QCOMPARE(a.coefficients[2], 0.0);
        QVERIFY2(close(a.coefficients[0], b.coefficients[0], 1e-9) &&
                     close(a.coefficients[1], b.coefficients[1], 1e-9),
                 "the constant column changed the other coefficients");
    }

    void separationIsReportedAsNotConverged() {
        // y = 1 exactly when x > 0: the likelihood has no maximum.
        std::vector<double> x;
        std::vector<unsigned char> y;
        for (int i = -20; i <= 20; ++i) {
            if (i == 0)
                continue;
            x.push_back(i);
            y.push_back(i > 0 ? 1 : 0);
        }
        const pvi::LogisticFit fit = pvi::fitLogistic(x, 1, y, 50);
        QVERIFY2(!fit.converged || fit.coefficients[1] > 10,
                 "complete separation should not look like a settled, moderate fit");
        QVERIFY(std::isfinite(fit.coefficients[1]));
    }
};

PVI_TEST_CLASS(TestLogisticReference)
#include "test_logistic_reference.moc"
