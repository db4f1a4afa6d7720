#include "widgets/tile_grid_layout.h"

#include "charts/zoom.h"

#include <QWidget>

#include <algorithm>

namespace pvi {

TileGridLayout::TileGridLayout(QWidget* parent, int minColumnWidth, int maxColumns)
    : QLayout(parent)
    , m_minColumnWidth(minColumnWidth)
    , m_maxColumns(std::max(1, maxColumns)) {}

TileGridLayout::~TileGridLayout() {
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

int TileGridLayout::columnsFor(int width) const {
    const int gap = spacing();
    const int column = zoom::px(m_minColumnWidth);
    return std::clamp((width + gap) / std::max(1, column + gap), 1, m_maxColumns);
}

void TileGridLayout::addItem(QLayoutItem* item) {
    m_items.append(item);
}

int TileGridLayout::count() const {
    return int(m_items.size());
}

QLayoutItem* TileGridLayout::itemAt(int index) const {
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem* TileGridLayout::takeAt(int index) {
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

QSize TileGridLayout::sizeHint() const {
    return minimumSize();
}

QSize TileGridLayout::minimumSize() const {
    const QMargins m = contentsMargins();
    QSize size(zoom::px(m_minColumnWidth), 0);
    for (const QLayoutItem* item : m_items)
        size = size.expandedTo(QSize(0, item->minimumSize().height()));
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

Qt::Orientations TileGridLayout::expandingDirections() const {
    return Qt::Horizontal;
}

bool TileGridLayout::hasHeightForWidth() const {
    return true;
}

int TileGridLayout::heightForWidth(int width) const {
    return arrange(QRect(0, 0, width, 0), false);
}

void TileGridLayout::setGeometry(const QRect& rect) {
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int TileGridLayout::arrange(const QRect& rect, bool apply) const {
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = spacing();
    QList<QLayoutItem*> shown;
    for (QLayoutItem* item : m_items)
        if (!item->isEmpty())
            shown.append(item);
    if (shown.isEmpty())
        return 0;
    const int columns = columnsFor(area.width());
    const double width = double(area.width() - gap * (columns - 1)) / columns;
    int y = area.top();
    for (qsizetype first = 0; first < shown.size(); first += columns) {
        const qsizetype end = std::min(shown.size(), first + columns);
        int height = 0;
        for (qsizetype i = first; i < end; ++i) {
            QLayoutItem* item = shown.at(i);
            const int w = int(width);
            const int h =
                item->hasHeightForWidth() ? item->heightForWidth(w) : item->sizeHint().height();
            height = std::max({height, h, item->minimumSize().height()});
        }
        if (apply) {
            for (qsizetype i = first; i < end; ++i) {
                const int column = int(i - first);
                const int left = area.left() + int(column * (width + gap));
                const int right = area.left() + int((column + 1) * (width + gap)) - gap;
                shown.at(i)->setGeometry(QRect(left, y, right - left, height));
            }
        }
        y += height + gap;
    }
    return y - gap - area.top() + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace pvi
