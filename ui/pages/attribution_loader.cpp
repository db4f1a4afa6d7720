#include "pages/attribution_loader.h"

#include "analytics/attribution/attribution_engine.h"
#include "pages/workspace_reader.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace pvi {

QString attributionModelName(const QString& id) {
    static const QHash<QString, const char*> names = {
        {u"first_touch"_s, QT_TRANSLATE_NOOP("AttributionLoader", "First touch")},
        {u"last_touch"_s, QT_TRANSLATE_NOOP("AttributionLoader", "Last touch")},
        {u"linear"_s, QT_TRANSLATE_NOOP("AttributionLoader", "Linear")},
        {u"time_decay"_s, QT_TRANSLATE_NOOP("AttributionLoader", "Time decay")},
        {u"position_based"_s, QT_TRANSLATE_NOOP("AttributionLoader", "Position-based")},
        {u"w_shaped"_s, QT_TRANSLATE_NOOP("AttributionLoader", "W-shaped")},
        {u"markov"_s, QT_TRANSLATE_NOOP("AttributionLoader", "Markov")}};
    const char* name = names.value(id, nullptr);
    return name != nullptr ? QCoreApplication::translate("AttributionLoader", name) : id;
}

AttributionData loadAttribution(const QString& workspacePath, AttributionSource source) {
    AttributionData data;
    readWorkspace(
        data, workspacePath,
        QCoreApplication::translate("AttributionLoader", "Attribution could not be computed"),
        [&](Workspace& workspace) {
            const JourneyLoadResult journeys = loadAttributionJourneys(workspace, source);
            if (!journeys.ok()) {
                data.error = journeys.error;
                return;
            }
            data.notes = journeys.notes;
            data.report = runAttribution(journeys.journeys);
            if (data.report.channels.empty())
                data.error = QCoreApplication::translate(
                    "AttributionLoader",
                    "No journey with a touch converted yet: import orders, or touchpoints and "
                    "conversions, to compare attribution models.");
        });
    return data;
}

} // namespace pvi
