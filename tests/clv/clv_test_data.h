#pragma once

#include "analytics/rfm_summary.h"

#include <QString>

#include <vector>

namespace pvi::test {

/// Reads a customer summary CSV with the header ID,x,t_x,T[,zbar] (or ID,frequency,recency,T),
/// as in the CDNOW files; empty when the file cannot be read.
std::vector<CustomerSummary> readSummaryCsv(const QString& path);

/// Reads CDNOW_sample.txt (whitespace separated: master id, sample id, YYYYMMDD, CDs, dollars)
/// as purchases keyed by the sample id.
std::vector<PurchaseRecord> readCdnowTransactions(const QString& path);

} // namespace pvi::test
