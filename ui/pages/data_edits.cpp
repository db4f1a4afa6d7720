#include "pages/data_edits.h"

#include "analytics/costs/cost_store.h"
#include "analytics/targets/target_store.h"
#include "importers/import_batches.h"
#include "pvi/engine/personalization_rules.h"
#include "pvi/engine/workspace_settings.h"
#include "pvi/segments/segment_rules_store.h"
#include "store/workspace.h"

#include <exception>
#include <functional>

using namespace Qt::StringLiterals;

namespace pvi::dataedit {

namespace {

/// Opens the workspace and runs `change` on it; `change` returns an empty string on success or
/// the reason it refused. `done` is the message of a successful change.
DataEditResult edit(const QString& path, const QString& done,
                    const std::function<QString(Workspace&)>& change) {
    DataEditResult result;
    auto opened = Workspace::open(path, Workspace::Mode::OpenExisting);
    if (!opened.workspace) {
        result.message = opened.error;
        return result;
    }
    if (opened.workspace->isReadOnly()) {
        result.message =
            u"The workspace cannot be changed: %1."_s.arg(opened.workspace->readOnlyReason());
        return result;
    }
    try {
        const QString refused = change(*opened.workspace);
        result.ok = refused.isEmpty();
        result.message = result.ok ? done : refused;
    } catch (const std::exception& e) {
        // The model reports failures as values; this is the last guard before the GUI.
        result.message =
            u"The workspace could not be changed: %1"_s.arg(QString::fromUtf8(e.what()));
    }
    return result;
}

} // namespace

DataEditResult removeBatch(const QString& workspacePath, std::int64_t batchId) {
    return edit(workspacePath, u"Import batch removed with everything it brought."_s,
                [batchId](Workspace& ws) {
                    QString error;
                    return removeImportBatch(ws, batchId, &error) ? QString() : error;
                });
}

DataEditResult markSurveyQuestion(const QString& workspacePath, const QString& question,
                                  const SurveyQuestionMark& mark) {
    QString done;
    DataEditResult result = edit(workspacePath, QString(), [&](Workspace& ws) {
        const SurveyMarkOutcome outcome = pvi::markSurveyQuestion(ws, question, mark);
        if (!outcome.ok)
            return outcome.error;
        QStringList marks;
        if (outcome.use.isEthics())
            marks << u"about personalization ethics"_s;
        if (outcome.use.isSegment)
            marks << u"a segment"_s;
        done = marks.isEmpty() ? u"'%1' is now neither about ethics nor a segment."_s.arg(question)
                               : u"'%1' is now %2."_s.arg(question, marks.join(u" and "_s));
        for (const QString& note : outcome.notes)
            done += u" Note: "_s + note + u'.';
        return QString();
    });
    if (result.ok)
        result.message = done;
    return result;
}

DataEditResult addRule(const QString& workspacePath, const QString& kind, const QString& pattern) {
    return edit(workspacePath, u"Personalization rule added."_s, [&](Workspace& ws) {
        QString error;
        return PersonalizationRules::add(ws, kind, pattern, &error) ? QString() : error;
    });
}

DataEditResult removeRule(const QString& workspacePath, qint64 ruleId) {
    return edit(workspacePath, u"Personalization rule removed."_s, [ruleId](Workspace& ws) {
        QString error;
        return PersonalizationRules::remove(ws, ruleId, &error) ? QString() : error;
    });
}

DataEditResult saveSegmentRule(const QString& workspacePath, const QString& name,
                               const QString& rule) {
    return edit(workspacePath,
                u"Segment '%1' saved: choose it under Segment by on the Segments page."_s.arg(name),
                [&](Workspace& ws) { return pvi::saveSegmentRule(ws.db(), name, rule); });
}

DataEditResult removeSegmentRule(const QString& workspacePath, const QString& name) {
    return edit(workspacePath, u"Segment '%1' removed."_s.arg(name), [&name](Workspace& ws) {
        return pvi::removeSegmentRule(ws.db(), name) ? QString()
                                                     : u"there is no segment '%1'"_s.arg(name);
    });
}

DataEditResult addCost(const QString& workspacePath, const CostRow& row) {
    return edit(workspacePath, u"Cost added."_s, [&row](Workspace& ws) {
        QString error;
        return addCostRow(ws.db(), row, &error) > 0 ? QString() : error;
    });
}

DataEditResult removeCost(const QString& workspacePath, std::int64_t costId) {
    return edit(workspacePath, u"Cost removed."_s, [costId](Workspace& ws) {
        QString error;
        return removeCostRow(ws.db(), costId, &error) ? QString() : error;
    });
}

DataEditResult saveTarget(const QString& workspacePath, const StoredTarget& target) {
    return edit(workspacePath, u"Target saved."_s, [&target](Workspace& ws) {
        const QString reason = invalidTargetReason(target);
        if (reason.isEmpty())
            pvi::saveTarget(ws.db(), target);
        return reason;
    });
}

DataEditResult removeTarget(const QString& workspacePath, const QString& pviId) {
    return edit(workspacePath, u"Target removed."_s, [&pviId](Workspace& ws) {
        return pvi::removeTarget(ws.db(), pviId) ? QString()
                                                 : u"there is no target for %1"_s.arg(pviId);
    });
}

DataEditResult writeSettings(const QString& workspacePath,
                             const QList<QPair<QString, QString>>& values) {
    return edit(workspacePath, u"Settings saved."_s, [&values](Workspace& ws) {
        QString error;
        return pvi::writeSettings(ws, {values.begin(), values.end()}, &error) ? QString() : error;
    });
}

} // namespace pvi::dataedit
