#pragma once

#include "analytics/rfm/rfm_summary.h"

#include <QJsonObject>
#include <QString>

#include <span>
#include <vector>

namespace pvi {
class Database;
}

namespace pvi::test {

/// Reads a customer summary CSV with the header ID,x,t_x,T[,zbar] (or ID,frequency,recency,T),
/// as in the CDNOW files; empty when the file cannot be read.
std::vector<CustomerSummary> readSummaryCsv(const QString& path);

/// Reads CDNOW_sample.txt (whitespace separated: master id, sample id, YYYYMMDD, CDs, dollars)
/// as purchases keyed by the sample id.
std::vector<PurchaseRecord> readCdnowTransactions(const QString& path);

/// Purchases of `customers` customers drawn from the BG/NBD process with a fixed seed: acquired
/// over the first half of `weeks` weeks from start, purchase rate ~ Gamma(0.7, 1/4) per week,
/// dropout after each repeat ~ Beta(1, 3), values ~ Gamma(6, 1/nu) with nu ~ Gamma(4, 1/15)
/// per customer (Gamma-Gamma); recorded by day.
std::vector<PurchaseRecord> generatePurchases(int customers, unsigned seed, QDate start, int weeks);

/// Writes purchases as valid orders of one import batch (id 1) into a workspace database.
void insertOrders(Database& db, const std::vector<PurchaseRecord>& purchases);

/// Reads a JSON object written by tests/reference/clv/make_reference.py; empty on failure.
QJsonObject readReferenceJson(const QString& path);

/// Compares the C++ fits of summary and its predictions (computed with the reference's own
/// parameters, so they do not depend on the optimizer) with a reference object. Tolerances:
/// parameters 1e-4 relative (two optimizers stopping at tight tolerances), log-likelihood 1e-5
/// absolute, standard errors 1e-3 relative, predictions 1e-9 relative. Returns every mismatch
/// with actual and expected values, or an empty list.
QStringList compareWithReference(std::span<const CustomerSummary> summary,
                                 const QJsonObject& reference);

} // namespace pvi::test
