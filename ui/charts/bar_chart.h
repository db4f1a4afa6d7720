#pragma once

#include <QColor>
#include <QList>
#include <QStringList>
#include <QWidget>

class QBarCategoryAxis;
class QChartView;

namespace pvi {

/// One named row of values of a bar chart (one value per category).
struct BarSetData {
    QString name;
    QList<double> values;
    QColor colour; ///< invalid: the next palette colour
};

/// Bars per category, one bar per set side by side (grouped), with a legend when there is more
/// than one set and the value axis starting at 0 (or below for negative values). Vertical bars
/// slant their category names when they would not fit side by side; horizontal bars (names on
/// the left, first category on top) suit long names such as segments and channels.
class BarChart : public QWidget {
    Q_OBJECT
public:
    explicit BarChart(const QString& objectName, QWidget* parent = nullptr);

    /// Qt::Vertical (the default) or Qt::Horizontal bars; applies from the next setData().
    void setOrientation(Qt::Orientation orientation) { m_orientation = orientation; }

    /// Shows the sets over the categories; `valueFormat` is a printf format for the axis.
    void setData(const QString& title, const QStringList& categories, const QList<BarSetData>& sets,
                 const QString& valueTitle, const QString& valueFormat = QStringLiteral("%.0f"));
    const QStringList& categories() const { return m_categories; }
    const QList<BarSetData>& sets() const { return m_sets; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Slants the category names of vertical bars when they are wider than a category's room.
    void fitCategoryLabels();

    QChartView* m_view;
    QBarCategoryAxis* m_categoryAxis = nullptr;
    Qt::Orientation m_orientation = Qt::Vertical;
    QStringList m_categories;
    QList<BarSetData> m_sets;
};

} // namespace pvi
