#include "pages/page_catalog.h"

#include "pages/experiments_page.h"
#include "pages/overview_page.h"

using namespace Qt::StringLiterals;

namespace pvi {

const std::vector<PageEntry>& pageCatalog() {
    static const std::vector<PageEntry> pages = {
        {u"overview"_s, u"Overview"_s, &makePage<OverviewPage>},
        {u"experiments"_s, u"Experiments"_s, &makePage<ExperimentsPage>},
    };
    return pages;
}

} // namespace pvi
