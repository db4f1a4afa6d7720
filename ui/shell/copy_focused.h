#pragma once
// Edit › Copy and the tables' and charts' context menus: what a table or chart shows, to the
// clipboard or as the text of a file. One set of functions serves both.

#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemView;
class QWidget;

namespace pvi {

/// Which cells of a table to take.
enum class TableScope {
    SelectionOrAll, ///< the selected cells' rows and columns; every cell when nothing is selected
    All,            ///< every cell
};

/// A view's cells as displayed, the column headers as the first row.
QList<QStringList> tableRows(const QAbstractItemView& view, TableScope scope);

/// A view's cells as tab-separated text, the column headers first: the selected cells' rows
/// (only the selected columns) or, with nothing selected, every row. Values as displayed; a
/// spreadsheet pastes it into cells.
QString tableText(const QAbstractItemView& view);

/// Every cell of a view, the headers first, as CSV (RFC 4180 quoting).
QString tableCsv(const QAbstractItemView& view);

/// The table view that is `widget` or holds it (its viewport, or the view of a header); null
/// when there is none.
QAbstractItemView* tableViewAround(QWidget* widget);

/// Puts the view's tableText() on the clipboard.
void copyTable(const QAbstractItemView& view);

/// Puts the chart view's picture on the clipboard, at the screen's pixel ratio.
void copyChart(QWidget* chartView);

/// Copies what `focus` (or the widget holding it) shows: a table view's tableText(), a PVI
/// tile's title and spoken text, or a chart as an image. False when it is none of these, and
/// nothing is copied.
bool copyFocused(QWidget* focus);

} // namespace pvi
