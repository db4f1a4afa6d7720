#pragma once

#include "pvi/engine/period_filter.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace pvi {

/// The bar above the pages: period preset (or custom dates) and comparison. Emits the
/// resulting PeriodFilter whenever the user changes it.
class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);

    PeriodFilter filter() const;
    void setFilter(const PeriodFilter& filter);

    /// Shows the period a preset stands for in the (disabled) date fields, without emitting.
    void showResolvedPeriod(const Period& period);
    /// Shows the controls for a page that follows the filter; for one that uses all of the
    /// workspace's data, a note saying so instead.
    void setPageFollowsFilter(bool follows);

Q_SIGNALS:
    void filterChanged(const PeriodFilter& filter);

private:
    void emitChanged();
    /// The date fields are editable only for a custom period.
    void updateEnabled();

    QComboBox* m_preset;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_comparison;
    QWidget* m_controls;
    QLabel* m_scopeNote;
    bool m_updating = false;
};

} // namespace pvi
