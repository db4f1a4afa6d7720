#pragma once

#include "widgets/arranged_layout.h"

#include <QList>

namespace pvi {

/// Tiles in rows of equal-width columns that wrap: as many columns as fit at the minimum
/// column width (at the current zoom, so larger type means fewer columns), at most
/// `maxColumns`. Each row is as tall as its tallest tile's size hint. When everything fits in
/// one row, the widths follow the stretch factors given to addWidget(); wrapped rows share the
/// width equally.
class TileGridLayout : public ArrangedLayout {
public:
    /// `minColumnWidth` is in pixels at 100% zoom.
    TileGridLayout(QWidget* parent, int minColumnWidth, int maxColumns);

    /// The number of columns at `width`.
    int columnsFor(int width) const;
    /// Adds `widget` with a share of a single row's width.
    void addWidget(QWidget* widget, int stretch);
    using QLayout::addWidget;

    void addItem(QLayoutItem* item) override;
    QLayoutItem* takeAt(int index) override;
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    Qt::Orientations expandingDirections() const override;

private:
    int arrange(const QRect& rect, bool apply) const override;

    QList<int> m_stretch; ///< per item, 1 unless given
    int m_minColumnWidth;
    int m_maxColumns;
};

} // namespace pvi
