#pragma once

#include <QColor>
#include <QList>
#include <QStringList>
#include <QWidget>

class QChartView;

namespace pvi {

/// One named row of values of a bar chart (one value per category).
struct BarSetData {
    QString name;
    QList<double> values;
    QColor colour; ///< invalid: the next palette colour
};

/// Vertical bars per category, one bar per set side by side (grouped), with a legend when there
/// is more than one set and the value axis starting at 0 (or below for negative values).
class BarChart : public QWidget {
    Q_OBJECT
public:
    explicit BarChart(const QString& objectName, QWidget* parent = nullptr);

    /// Shows the sets over the categories; `valueFormat` is a printf format for the axis.
    void setData(const QString& title, const QStringList& categories, const QList<BarSetData>& sets,
                 const QString& valueTitle, const QString& valueFormat = QStringLiteral("%.0f"));
    const QStringList& categories() const { return m_categories; }
    const QList<BarSetData>& sets() const { return m_sets; }

private:
    QChartView* m_view;
    QStringList m_categories;
    QList<BarSetData> m_sets;
};

} // namespace pvi
