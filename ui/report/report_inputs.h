#pragma once
// What a report is made from: the data of the window's pages, loaded by the same loaders the
// pages use (so the report shows what the window shows), and the workspace's import batches and
// consultant's notes.

#include "importers/import_batches.h"
#include "pages/attribution_data.h"
#include "pages/cohorts_data.h"
#include "pages/email_data.h"
#include "pages/experience_data.h"
#include "pages/experiments_data.h"
#include "pages/lifetime_value_data.h"
#include "pages/overview_data.h"
#include "pages/roi_data.h"
#include "pages/segments_data.h"
#include "report/report_options.h"
#include "widgets/alerts_loader.h"

#include <QMap>

#include <vector>

namespace pvi::report {

/// Import issues listed in the data-quality appendix at most (the Data page lists them all).
inline constexpr int kReportIssues = 40;

struct ReportInputs {
    ReportOptions options;
    OverviewData overview; ///< every PVI as a tile, the monthly trend
    AlertsData alerts;
    SegmentsData segments;
    CohortsData cohorts;
    EmailData email;
    ExperienceData experience;
    RoiData roi;
    ExperimentsData experiments;
    LifetimeValueData lifetime;
    AttributionData attribution;
    std::vector<ImportBatchInfo> batches;
    QList<ImportIssue> issues;    ///< the first kReportIssues issues of the imports
    qint64 issuesLeftOut = 0;     ///< issues beyond those
    QMap<QString, QString> notes; ///< section id → the consultant's note
    QDate madeOn;

    /// Every PVI tile of the Overview (the web tiles last), in PVI table order.
    QList<const PviTileData*> allTiles() const {
        QList<const PviTileData*> tiles;
        for (const QList<PviTileData>* group : {&overview.tiles, &overview.webTiles}) {
            for (const PviTileData& tile : *group)
                tiles.append(&tile);
        }
        return tiles;
    }

    bool includes(const QString& sectionId) const {
        return options.sections.isEmpty() || options.sections.contains(sectionId);
    }
};

} // namespace pvi::report
