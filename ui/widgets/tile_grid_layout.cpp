#include "widgets/tile_grid_layout.h"

#include "charts/zoom.h"

#include <QWidget>

#include <algorithm>

namespace pvi {

TileGridLayout::TileGridLayout(QWidget* parent, int minColumnWidth, int maxColumns)
    : ArrangedLayout(parent)
    , m_minColumnWidth(minColumnWidth)
    , m_maxColumns(std::max(1, maxColumns)) {}

int TileGridLayout::columnsFor(int width) const {
    const int gap = spacing();
    const int column = zoom::px(m_minColumnWidth);
    return std::clamp((width + gap) / std::max(1, column + gap), 1, m_maxColumns);
}

void TileGridLayout::addItem(QLayoutItem* item) {
    ArrangedLayout::addItem(item);
    m_stretch.append(1);
}

void TileGridLayout::addWidget(QWidget* widget, int stretch) {
    QLayout::addWidget(widget);
    m_stretch.last() = std::max(1, stretch);
}

QLayoutItem* TileGridLayout::takeAt(int index) {
    if (index >= 0 && index < m_stretch.size())
        m_stretch.removeAt(index);
    return ArrangedLayout::takeAt(index);
}

QSize TileGridLayout::sizeHint() const {
    return minimumSize();
}

QSize TileGridLayout::minimumSize() const {
    QSize size(zoom::px(m_minColumnWidth), 0);
    for (const QLayoutItem* item : m_items)
        size = size.expandedTo(QSize(0, item->minimumSize().height()));
    return withMargins(size);
}

Qt::Orientations TileGridLayout::expandingDirections() const {
    return Qt::Horizontal;
}

int TileGridLayout::arrange(const QRect& rect, bool apply) const {
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = spacing();
    QList<QLayoutItem*> shown;
    QList<int> stretch;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (!m_items.at(i)->isEmpty()) {
            shown.append(m_items.at(i));
            stretch.append(m_stretch.at(i));
        }
    }
    if (shown.isEmpty())
        return 0;
    const int columns = columnsFor(area.width());
    const double width = double(area.width() - gap * (columns - 1)) / columns;
    // One row: each item's share of the row follows its stretch factor.
    const bool oneRow = shown.size() <= columns;
    int shares = 0;
    for (int s : std::as_const(stretch))
        shares += s;
    const double perShare =
        double(area.width() - gap * (int(shown.size()) - 1)) / std::max(1, shares);
    int y = area.top();
    for (qsizetype first = 0; first < shown.size(); first += columns) {
        const qsizetype end = std::min(shown.size(), first + columns);
        int height = 0;
        for (qsizetype i = first; i < end; ++i) {
            QLayoutItem* item = shown.at(i);
            const int w = int(oneRow ? perShare * stretch.at(i) : width);
            const int h =
                item->hasHeightForWidth() ? item->heightForWidth(w) : item->sizeHint().height();
            height = std::max({height, h, item->minimumSize().height()});
        }
        if (apply) {
            double left = area.left();
            for (qsizetype i = first; i < end; ++i) {
                const double w = oneRow ? perShare * stretch.at(i) : width;
                const int right = int(left + w);
                shown.at(i)->setGeometry(QRect(int(left), y, right - int(left), height));
                left += w + gap;
            }
        }
        y += height + gap;
    }
    return y - gap - area.top() + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace pvi
