#include "pages/attribution_loader.h"

#include "analytics/attribution/attribution_engine.h"
#include "pages/workspace_reader.h"
#include "store/workspace.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace pvi {

QString attributionModelName(const QString& id) {
    static const QHash<QString, QString> names = {{u"first_touch"_s, u"First touch"_s},
                                                  {u"last_touch"_s, u"Last touch"_s},
                                                  {u"linear"_s, u"Linear"_s},
                                                  {u"time_decay"_s, u"Time decay"_s},
                                                  {u"position_based"_s, u"Position-based"_s},
                                                  {u"w_shaped"_s, u"W-shaped"_s},
                                                  {u"markov"_s, u"Markov"_s}};
    return names.value(id, id);
}

AttributionData loadAttribution(const QString& workspacePath, AttributionSource source) {
    AttributionData data;
    readWorkspace(
        data, workspacePath, u"Attribution could not be computed"_s, [&](Workspace& workspace) {
            const JourneyLoadResult journeys = loadAttributionJourneys(workspace, source);
            if (!journeys.ok()) {
                data.error = journeys.error;
                return;
            }
            data.notes = journeys.notes;
            data.report = runAttribution(journeys.journeys);
            if (data.report.channels.empty())
                data.error =
                    u"No journey with a touch converted yet: import orders, or touchpoints "
                    "and conversions, to compare attribution models."_s;
        });
    return data;
}

} // namespace pvi
