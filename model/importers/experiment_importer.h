#pragma once

#include "importers/experiment_row_reader.h"
#include "importers/importer.h"

namespace pvi {

/// A/B test results in one of the two experiment CSV layouts (per-visitor rows or arm totals,
/// see ExperimentRowReader), imported as one batch: each experiment of the file is stored (an
/// experiment of the same name is replaced) and owned by the batch, so removing the batch
/// removes it. Per-visitor rows keyed by an email or a customer id are linked to that workspace
/// customer when it exists (experiment-arm rules match customers through them).
class ExperimentImporter : public Importer {
public:
    /// The declaration of per-visitor files (experiment, arm, visitor id, converted, revenue).
    static const ImporterSpec& visitorsSpec();
    /// The declaration of arm-totals files (experiment, arm, visitors, conversions, revenue sums).
    static const ImporterSpec& totalsSpec();

    /// An importer for files of the given declaration (one of the two above).
    explicit ExperimentImporter(const ImporterSpec& spec);

    const ImporterSpec& spec() const override { return m_spec; }
    void begin(ImportContext& context, const HeaderMap& header) override;
    void addRow(ImportContext& context, const CsvRow& row) override;
    void finish(ImportContext& context) override;

private:
    void linkCustomers(ImportContext& context, const Experiment& experiment,
                       std::int64_t experimentId);

    const ImporterSpec& m_spec;
    ExperimentRowReader m_rows;
    bool m_readable = false;
};

} // namespace pvi
