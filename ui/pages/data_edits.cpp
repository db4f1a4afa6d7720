#include "pages/data_edits.h"

#include "analytics/costs/cost_store.h"
#include "analytics/targets/target_store.h"
#include "importers/import_batches.h"
#include "pvi/engine/personalization_rules.h"
#include "pvi/engine/workspace_settings.h"
#include "pvi/segments/segment_rules_store.h"
#include "store/workspace.h"
#include "store/workspace_copy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QUuid>

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
            QCoreApplication::translate("DataEdits", "The workspace cannot be changed: %1.")
                .arg(opened.workspace->readOnlyReason());
        return result;
    }
    try {
        const QString refused = change(*opened.workspace);
        result.ok = refused.isEmpty();
        result.message = result.ok ? done : refused;
    } catch (const std::exception& e) {
        // The model reports failures as values; this is the last guard before the GUI.
        result.message =
            QCoreApplication::translate("DataEdits", "The workspace could not be changed: %1")
                .arg(QString::fromUtf8(e.what()));
    }
    return result;
}

/// edit() for a removal: the workspace's data is first copied aside (result.undoCopy), so that
/// the window can put it back.
DataEditResult removal(const QString& path, const QString& done,
                       const std::function<QString(Workspace&)>& change) {
    const QString copy =
        QDir(QDir::tempPath())
            .filePath(u"pvi-undo-%1.pvi"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    DataEditResult result = edit(path, done, [&](Workspace& ws) {
        QString error;
        if (!copyWorkspaceData(ws, copy, &error))
            return error;
        return change(ws);
    });
    if (result.ok)
        result.undoCopy = copy;
    else
        removeUndoCopy(copy);
    return result;
}

} // namespace

void removeUndoCopy(const QString& copyPath) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(copyPath + QLatin1String(suffix));
}

DataEditResult removeBatch(const QString& workspacePath, std::int64_t batchId) {
    return removal(workspacePath,
                   QCoreApplication::translate("DataEdits",
                                               "Import batch removed with everything it brought."),
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
        const bool ethics = outcome.use.isEthics();
        const bool segment = outcome.use.isSegment;
        const char* sentence =
            ethics && segment
                ? QT_TRANSLATE_NOOP("DataEdits",
                                    "'%1' is now about personalization ethics and a segment.")
            : ethics ? QT_TRANSLATE_NOOP("DataEdits", "'%1' is now about personalization ethics.")
            : segment
                ? QT_TRANSLATE_NOOP("DataEdits", "'%1' is now a segment.")
                : QT_TRANSLATE_NOOP("DataEdits", "'%1' is now neither about ethics nor a segment.");
        done = QCoreApplication::translate("DataEdits", sentence).arg(question);
        for (const QString& note : outcome.notes)
            done += QCoreApplication::translate("DataEdits", " Note: %1.").arg(note);
        return QString();
    });
    if (result.ok)
        result.message = done;
    return result;
}

DataEditResult addRule(const QString& workspacePath, const QString& kind, const QString& pattern) {
    return edit(workspacePath,
                QCoreApplication::translate("DataEdits", "Personalization rule added."),
                [&](Workspace& ws) {
                    QString error;
                    return PersonalizationRules::add(ws, kind, pattern, &error) ? QString() : error;
                });
}

DataEditResult removeRule(const QString& workspacePath, qint64 ruleId) {
    return removal(workspacePath,
                   QCoreApplication::translate("DataEdits", "Personalization rule removed."),
                   [ruleId](Workspace& ws) {
                       QString error;
                       return PersonalizationRules::remove(ws, ruleId, &error) ? QString() : error;
                   });
}

DataEditResult saveSegmentRule(const QString& workspacePath, const QString& name,
                               const QString& rule) {
    return edit(
        workspacePath,
        QCoreApplication::translate(
            "DataEdits", "Segment '%1' saved: choose it under Segment by on the Segments page.")
            .arg(name),
        [&](Workspace& ws) { return pvi::saveSegmentRule(ws.db(), name, rule); });
}

DataEditResult removeSegmentRule(const QString& workspacePath, const QString& name) {
    return removal(
        workspacePath, QCoreApplication::translate("DataEdits", "Segment '%1' removed.").arg(name),
        [&name](Workspace& ws) {
            return pvi::removeSegmentRule(ws.db(), name)
                       ? QString()
                       : QCoreApplication::translate("DataEdits", "there is no segment '%1'")
                             .arg(name);
        });
}

DataEditResult addCost(const QString& workspacePath, const CostRow& row) {
    return edit(workspacePath, QCoreApplication::translate("DataEdits", "Cost added."),
                [&row](Workspace& ws) {
                    QString error;
                    return addCostRow(ws.db(), row, &error) > 0 ? QString() : error;
                });
}

DataEditResult removeCost(const QString& workspacePath, std::int64_t costId) {
    return removal(workspacePath, QCoreApplication::translate("DataEdits", "Cost removed."),
                   [costId](Workspace& ws) {
                       QString error;
                       return removeCostRow(ws.db(), costId, &error) ? QString() : error;
                   });
}

DataEditResult saveTarget(const QString& workspacePath, const StoredTarget& target) {
    return edit(workspacePath, QCoreApplication::translate("DataEdits", "Target saved."),
                [&target](Workspace& ws) {
                    const QString reason = invalidTargetReason(target);
                    if (reason.isEmpty())
                        pvi::saveTarget(ws.db(), target);
                    return reason;
                });
}

DataEditResult removeTarget(const QString& workspacePath, const QString& pviId) {
    return removal(workspacePath, QCoreApplication::translate("DataEdits", "Target removed."),
                   [&pviId](Workspace& ws) {
                       return pvi::removeTarget(ws.db(), pviId)
                                  ? QString()
                                  : QCoreApplication::translate("DataEdits",
                                                                "there is no target for %1")
                                        .arg(pviId);
                   });
}

DataEditResult writeSettings(const QString& workspacePath,
                             const QList<QPair<QString, QString>>& values) {
    return edit(workspacePath, QCoreApplication::translate("DataEdits", "Settings saved."),
                [&values](Workspace& ws) {
                    QString error;
                    return pvi::writeSettings(ws, {values.begin(), values.end()}, &error)
                               ? QString()
                               : error;
                });
}

} // namespace pvi::dataedit
