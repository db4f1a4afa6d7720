#include "pvi/engine/demo_shop_setup.h"

#include "analytics/targets/target_store.h"
#include "importers/demo_shop.h"
#include "importers/import_runner.h"
#include "importers/survey_question_choices.h"
#include "pvi/engine/personalization_rules.h"
#include "pvi/segments/segment_rules_store.h"
#include "store/db_error.h"
#include "store/workspace.h"

#include <algorithm>

namespace pvi {

bool addDemoShopRules(Workspace& workspace, QString* error) {
    const std::vector<PersonalizationRule> existing = PersonalizationRules::list(workspace);
    for (const DemoRule& rule : kDemoShopRules) {
        const QString kind = QString::fromLatin1(rule.kind);
        const QString pattern = QString::fromLatin1(rule.pattern);
        const bool present =
            std::any_of(existing.begin(), existing.end(), [&](const PersonalizationRule& r) {
                return r.kind == kind && r.pattern.compare(pattern, Qt::CaseInsensitive) == 0;
            });
        if (!present && !PersonalizationRules::add(workspace, kind, pattern, error))
            return false;
    }
    return true;
}

bool addDemoShopTargets(Workspace& workspace, QString* error) {
    try {
        const std::vector<StoredTarget> existing = loadTargets(workspace.db());
        for (const DemoTarget& demo : kDemoShopTargets) {
            const QString id = QString::fromLatin1(demo.pviId);
            const bool present = std::any_of(existing.begin(), existing.end(),
                                             [&](const StoredTarget& t) { return t.pviId == id; });
            if (!present)
                saveTarget(workspace.db(), {id, {demo.target, std::nullopt, std::nullopt}});
        }
        return true;
    } catch (const DbError& e) {
        if (error)
            *error = e.message();
        return false;
    }
}

bool addDemoSegmentRules(Workspace& workspace, QString* error) {
    try {
        const std::vector<SavedSegmentRule> existing = loadSegmentRules(workspace.db());
        for (const DemoSegmentRule& demo : kDemoSegmentRules) {
            const QString name = QString::fromUtf8(demo.name);
            const bool present =
                std::any_of(existing.begin(), existing.end(),
                            [&](const SavedSegmentRule& r) { return r.name == name; });
            if (present)
                continue;
            const QString refused =
                saveSegmentRule(workspace.db(), name, QString::fromUtf8(demo.rule));
            if (!refused.isEmpty()) {
                if (error)
                    *error = refused;
                return false;
            }
        }
        return true;
    } catch (const DbError& e) {
        if (error)
            *error = e.message();
        return false;
    }
}

bool addDemoSurveyMarks(Workspace& workspace, QString* error) {
    for (const DemoSurveyMark& mark : kDemoSurveyMarks) {
        const QString question = QString::fromUtf8(mark.question);
        const std::optional<SurveyInstrument> instrument =
            instrumentFromId(QString::fromLatin1(mark.instrument));
        if (instrument && *instrument != SurveyInstrument::None &&
            !setQuestionChoice(workspace, question, *instrument, {}, mark.isEthics, error))
            return false;
        try {
            if (mark.isSegment)
                setSegmentQuestion(workspace.db(), question, true);
        } catch (const DbError& e) {
            *error = e.message();
            return false;
        }
    }
    return true;
}

DemoShopImport importDemoShop(Workspace& workspace) {
    DemoShopImport result;
    QString marksError;
    if (!addDemoSurveyMarks(workspace, &marksError)) {
        result.rulesError = marksError.isEmpty()
                                ? QStringLiteral("the demo's survey questions could not be marked")
                                : marksError;
        return result;
    }
    for (const QString& file : demoShopFiles()) {
        result.reports.append(importFile(workspace, file));
        if (!result.reports.constLast().ok)
            return result;
    }
    QString error;
    if (!addDemoShopRules(workspace, &error) || !addDemoShopTargets(workspace, &error) ||
        !addDemoSegmentRules(workspace, &error))
        result.rulesError = error.isEmpty()
                                ? QStringLiteral("the demo's rules or targets could not be added")
                                : error;
    return result;
}

} // namespace pvi
