#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

namespace pvi {

/// A small line of a value's recent history (NaN marks a missing point), without axes.
class Sparkline : public QWidget {
    Q_OBJECT
public:
    explicit Sparkline(QWidget* parent = nullptr);

    void setValues(const QList<double>& values);
    const QList<double>& values() const { return m_values; }
    /// The line's colour; an invalid colour (the default) draws in the theme's primary.
    void setColor(const QColor& color);

    QSize sizeHint() const override { return {120, 32}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<double> m_values;
    QColor m_color;
};

} // namespace pvi
