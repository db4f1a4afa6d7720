#pragma once

#include <QColor>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <optional>

class QCategoryAxis;
class QChartView;

namespace pvi {

/// One named line of a line chart: a value per category (NaN: no value, the point is left out).
struct LineSeriesData {
    QString name;
    QList<double> values;
    QColor colour;          ///< invalid: the next palette colour
    bool rightAxis = false; ///< drawn against the right value axis
};

/// Lines with point markers over categories (months, frequency bands), one value axis on the left
/// and, when a series asks for it, a second one on the right (two rates of different size). When
/// the category names do not fit side by side, only every second (third, ...) one is written.
class LineChart : public QWidget {
    Q_OBJECT
public:
    explicit LineChart(const QString& objectName, QWidget* parent = nullptr);

    /// Shows the series over the categories; the axis titles name the values.
    void setData(const QString& title, const QStringList& categories,
                 const QList<LineSeriesData>& series, const QString& leftTitle,
                 const QString& rightTitle = {});
    /// Fixes the range of the left (or right) value axis, e.g. −100–100 for NPS; unset limits
    /// follow the data (from 0, or below for negative values).
    void setAxisLimits(bool rightAxis, std::optional<double> low, std::optional<double> high);
    const QStringList& categories() const { return m_categories; }
    const QList<LineSeriesData>& series() const { return m_series; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Writes the category names on the x axis, every `step`-th one so that they fit the width.
    void labelCategories();

    QChartView* m_view;
    QCategoryAxis* m_categoryAxis = nullptr;
    QStringList m_categories;
    QList<LineSeriesData> m_series;
    std::optional<double> m_limits[2][2]; ///< [axis: left, right][low, high]
};

} // namespace pvi
