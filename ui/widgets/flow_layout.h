#pragma once

#include <QLayout>
#include <QList>

namespace pvi {

/// Items side by side at their preferred widths, wrapping onto the next line when the width
/// runs out, like words in a paragraph: a heading and its period, or a row of selectors, stay on
/// one line in a wide window and stack when the window is narrow or the zoom large. Items of a
/// line sit on its bottom edge; an item wider than the whole line gets the line's width, and
/// wrapping text (an item with a height for its width) fills the rest of its line. Items that
/// grow sideways (a line edit, or a label and its line edit) share what their line leaves over.
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    /// The horizontal gap between items and the vertical gap between lines, in pixels.
    void setGaps(int horizontal, int vertical);

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    void setGeometry(const QRect& rect) override;

private:
    /// Places the items in `rect` (only measures when `apply` is false); the height used.
    int arrange(const QRect& rect, bool apply) const;

    QList<QLayoutItem*> m_items;
    int m_horizontalGap = 8;
    int m_verticalGap = 6;
};

} // namespace pvi
