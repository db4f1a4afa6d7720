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

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pvi {

std::vector<PageEntry> pageCatalog() {
    return {
        {u"overview"_s, QCoreApplication::translate("PageCatalog", "Overview"),
         &makePage<OverviewPage>},
        {u"segments"_s, QCoreApplication::translate("PageCatalog", "Segments"),
         &makePage<SegmentsPage>},
        {u"cohorts"_s, QCoreApplication::translate("PageCatalog", "Cohorts"),
         &makePage<CohortsPage>},
        {u"experiments"_s, QCoreApplication::translate("PageCatalog", "Experiments"),
         &makePage<ExperimentsPage>},
        {u"email"_s, QCoreApplication::translate("PageCatalog", "Email"), &makePage<EmailPage>},
        {u"experience"_s, QCoreApplication::translate("PageCatalog", "Customer experience"),
         &makePage<ExperiencePage>},
        {u"lifetime-value"_s, QCoreApplication::translate("PageCatalog", "Lifetime value"),
         &makePage<LifetimeValuePage>},
        {u"attribution"_s, QCoreApplication::translate("PageCatalog", "Attribution"),
         &makePage<AttributionPage>},
        {u"roi"_s, QCoreApplication::translate("PageCatalog", "ROI"), &makePage<RoiPage>},
        {u"data"_s, QCoreApplication::translate("PageCatalog", "Data"), &makePage<DataPage>},
    };
}

} // namespace pvi
