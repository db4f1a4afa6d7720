#include "widgets/flow_layout.h"

#include <QHBoxLayout>
#include <QWidget>

#include <algorithm>

namespace pvi {

FlowLayout::FlowLayout(QWidget* parent)
    : ArrangedLayout(parent) {}

void FlowLayout::setGaps(int horizontal, int vertical) {
    m_horizontalGap = horizontal;
    m_verticalGap = vertical;
    invalidate();
}

QSize FlowLayout::sizeHint() const {
    // One line holding everything.
    QSize size;
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        size.rwidth() += hint.width() + (size.width() > 0 ? m_horizontalGap : 0);
        size.rheight() = std::max(size.height(), hint.height());
    }
    return withMargins(size);
}

QSize FlowLayout::minimumSize() const {
    // One item per line: as wide as the widest item's minimum.
    QSize size;
    for (const QLayoutItem* item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    return withMargins(size);
}

Qt::Orientations FlowLayout::expandingDirections() const {
    return {};
}

int FlowLayout::arrange(const QRect& rect, bool apply) const {
    const QMargins m = contentsMargins();
    const QRect area = rect.marginsRemoved(m);
    struct Placed {
        QLayoutItem* item;
        QSize size;
    };
    QList<Placed> line;
    int lineWidth = 0;
    int y = area.top();
    // Lays out the collected line at `y`, its items on the line's bottom edge.
    const auto flush = [&] {
        // What the line leaves over goes to the items that grow sideways (line edits).
        int growing = 0;
        for (const Placed& placed : line)
            growing += placed.item->expandingDirections() & Qt::Horizontal ? 1 : 0;
        const int leftOver = std::max(0, area.width() - lineWidth);
        int height = 0;
        for (Placed& placed : line) {
            if (growing > 0 && placed.item->expandingDirections() & Qt::Horizontal &&
                !placed.item->hasHeightForWidth())
                placed.size.rwidth() += leftOver / growing;
            height = std::max(height, placed.size.height());
        }
        int x = area.left();
        for (const Placed& placed : line) {
            if (apply)
                placed.item->setGeometry(
                    QRect(QPoint(x, y + height - placed.size.height()), placed.size));
            x += placed.size.width() + m_horizontalGap;
        }
        if (!line.isEmpty())
            y += height + m_verticalGap;
        line.clear();
        lineWidth = 0;
    };
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        const int hint = std::min(item->sizeHint().width(), area.width());
        int itemWidth = std::max(hint, std::min(item->minimumSize().width(), area.width()));
        if (item->hasHeightForWidth()) {
            // Text that wraps fills the rest of the line, or a line of its own when less than
            // half of what it would like is left.
            const int rest = area.width() - (line.isEmpty() ? 0 : lineWidth + m_horizontalGap);
            if (!line.isEmpty() && rest < hint / 2)
                flush();
            itemWidth = area.width() - (line.isEmpty() ? 0 : lineWidth + m_horizontalGap);
        } else if (!line.isEmpty() && lineWidth + m_horizontalGap + itemWidth > area.width()) {
            flush();
        }
        const int height =
            item->hasHeightForWidth() ? item->heightForWidth(itemWidth) : item->sizeHint().height();
        lineWidth += (line.isEmpty() ? 0 : m_horizontalGap) + itemWidth;
        line.append({item, QSize(itemWidth, height)});
    }
    flush();
    const int used = y - area.top() - (y > area.top() ? m_verticalGap : 0);
    return used + m.top() + m.bottom();
}

QWidget* keptTogether(QWidget* parent, std::initializer_list<QWidget*> widgets) {
    auto* box = new QWidget(parent);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    for (QWidget* widget : widgets)
        layout->addWidget(widget);
    return box;
}

} // namespace pvi
