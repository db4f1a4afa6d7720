#pragma once

#include "widgets/arranged_layout.h"

#include <initializer_list>

namespace pvi {

/// Items side by side at their preferred widths, wrapping onto the next line when the width
/// runs out, like words in a paragraph: a heading and its period, or a row of selectors, stay on
/// one line in a wide window and stack when the window is narrow or the zoom large. Items of a
/// line sit on its bottom edge; an item wider than the whole line gets the line's width, and
/// wrapping text (an item with a height for its width) fills the rest of its line. Items that
/// grow sideways (a line edit, or a label and its line edit) share what their line leaves over.
class FlowLayout : public ArrangedLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr);

    /// The horizontal gap between items and the vertical gap between lines, in pixels.
    void setGaps(int horizontal, int vertical);

    QSize sizeHint() const override;
    QSize minimumSize() const override;
    Qt::Orientations expandingDirections() const override;

private:
    int arrange(const QRect& rect, bool apply) const override;

    int m_horizontalGap = 8;
    int m_verticalGap = 6;
};

/// `widgets` side by side (8 px apart) in one widget of `parent`, which a FlowLayout keeps on
/// one line: a label and its field, or two dates and the word between them.
QWidget* keptTogether(QWidget* parent, std::initializer_list<QWidget*> widgets);

} // namespace pvi
