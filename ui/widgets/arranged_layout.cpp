#include "widgets/arranged_layout.h"

namespace pvi {

ArrangedLayout::ArrangedLayout(QWidget* parent)
    : QLayout(parent) {}

ArrangedLayout::~ArrangedLayout() {
    qDeleteAll(m_items);
}

void ArrangedLayout::addItem(QLayoutItem* item) {
    m_items.append(item);
}

int ArrangedLayout::count() const {
    return int(m_items.size());
}

QLayoutItem* ArrangedLayout::itemAt(int index) const {
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem* ArrangedLayout::takeAt(int index) {
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

bool ArrangedLayout::hasHeightForWidth() const {
    return true;
}

int ArrangedLayout::heightForWidth(int width) const {
    return arrange(QRect(0, 0, width, 0), false);
}

void ArrangedLayout::setGeometry(const QRect& rect) {
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

QSize ArrangedLayout::withMargins(QSize size) const {
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

} // namespace pvi
