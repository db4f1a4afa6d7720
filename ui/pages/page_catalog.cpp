#include "pages/page_catalog.h"

#include "pages/attribution_page.h"
#include "pages/cohorts_page.h"
#include "pages/data_page.h"
#include "pages/email_page.h"
#include "pages/experience_page.h"
#include "pages/experiments_page.h"
#include "pages/lifetime_value_page.h"
#include "pages/overview_page.h"
#include "pages/roi_page.h"
#include "pages/segments_page.h"

using namespace Qt::StringLiterals;

namespace pvi {

const std::vector<PageEntry>& pageCatalog() {
    static const std::vector<PageEntry> pages = {
        {u"overview"_s, u"Overview"_s, &makePage<OverviewPage>},
        {u"segments"_s, u"Segments"_s, &makePage<SegmentsPage>},
        {u"cohorts"_s, u"Cohorts"_s, &makePage<CohortsPage>},
        {u"experiments"_s, u"Experiments"_s, &makePage<ExperimentsPage>},
        {u"email"_s, u"Email"_s, &makePage<EmailPage>},
        {u"experience"_s, u"Customer experience"_s, &makePage<ExperiencePage>},
        {u"lifetime-value"_s, u"Lifetime value"_s, &makePage<LifetimeValuePage>},
        {u"attribution"_s, u"Attribution"_s, &makePage<AttributionPage>},
        {u"roi"_s, u"ROI"_s, &makePage<RoiPage>},
        {u"data"_s, u"Data"_s, &makePage<DataPage>},
    };
    return pages;
}

} // namespace pvi
