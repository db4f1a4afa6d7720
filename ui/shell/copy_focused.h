#pragma once
// Edit › Copy: what the focused table or chart shows, to the clipboard.

#include <QString>

class QAbstractItemView;
class QWidget;

namespace pvi {

/// A view's cells as tab-separated text, the column headers first: the selected cells' rows
/// (only the selected columns) or, with nothing selected, every row. Values as displayed.
QString tableText(const QAbstractItemView& view);

/// Copies what `focus` (or the widget holding it) shows: a table view's tableText(), or a
/// chart as an image. False when it is neither, and nothing is copied.
bool copyFocused(QWidget* focus);

} // namespace pvi
