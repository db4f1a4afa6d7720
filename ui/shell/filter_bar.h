#pragma once

#include "shell/dashboard_filter.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace pvi {

/// The bar above the pages: period preset (or custom dates) and comparison. Emits the
/// resulting DashboardFilter whenever the user changes it.
class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);

    DashboardFilter filter() const;
    void setFilter(const DashboardFilter& filter);

    /// Shows the period a preset stands for in the (disabled) date fields, without emitting.
    void showResolvedPeriod(const Period& period);

Q_SIGNALS:
    void filterChanged(const DashboardFilter& filter);

private:
    void emitChanged();

    QComboBox* m_preset;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_comparison;
    bool m_updating = false;
};

} // namespace pvi
