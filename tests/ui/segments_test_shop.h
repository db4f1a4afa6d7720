#pragma once

#include "importers/import_runner.h"
#include "pvi/engine/personalization_rules.h"
#include "store/workspace.h"
#include "test_paths.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QObject>
#include <QString>

namespace pvi::test {

/// Builds the six-customer shop worked by hand in tests/pvi/test_segment_report.cpp at `path`
/// (tests/fixtures/ui/segments/segments_orders.csv and the rule: order tag "personalized").
/// Returns an error message, empty on success.
inline QString buildSegmentsShop(const QString& path) {
    auto opened = Workspace::open(path, Workspace::Mode::CreateOrOpen);
    if (!opened.workspace)
        return opened.error;
    const ImportReport orders = importFile(
        *opened.workspace, QStringLiteral(PVI_FIXTURES_DIR "/ui/segments/segments_orders.csv"));
    if (!orders.ok)
        return QStringLiteral("orders: ") + orders.error;
    QString error;
    PersonalizationRules::add(*opened.workspace, QStringLiteral("order-tag"),
                              QStringLiteral("personalized"), &error);
    return error;
}

/// Picks a custom period in the window's filter bar, as a user does.
inline bool chooseCustomPeriod(QObject& window, const QDate& from, const QDate& to) {
    auto* preset = window.findChild<QComboBox*>(QStringLiteral("filterPreset"));
    auto* fromEdit = window.findChild<QDateEdit*>(QStringLiteral("filterFrom"));
    auto* toEdit = window.findChild<QDateEdit*>(QStringLiteral("filterTo"));
    if (!preset || !fromEdit || !toEdit)
        return false;
    preset->setCurrentIndex(preset->count() - 1); // "Custom…"
    fromEdit->setDate(from);
    toEdit->setDate(to);
    return true;
}

} // namespace pvi::test
