#include "shell/copy_focused.h"

#include "charts/chart_export.h"
#include "charts/chart_helpers.h"
#include "io/csv_writer.h"
#include "widgets/pvi_tile.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>

#include <set>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// A cell or header as one tab-separated field: tabs and line breaks would split it.
QString tabField(QString text) {
    text.replace(u'\t', u' ');
    text.replace(u'\n', u' ');
    return text;
}

} // namespace

QList<QStringList> tableRows(const QAbstractItemView& view, TableScope scope) {
    const QAbstractItemModel* model = view.model();
    if (!model)
        return {};
    std::set<int> rows;
    std::set<int> columns;
    if (const QItemSelectionModel* selection = view.selectionModel();
        scope == TableScope::SelectionOrAll && selection && selection->hasSelection()) {
        for (const QModelIndex& index : selection->selectedIndexes()) {
            rows.insert(index.row());
            columns.insert(index.column());
        }
    } else {
        for (int r = 0; r < model->rowCount(); ++r)
            rows.insert(r);
        for (int c = 0; c < model->columnCount(); ++c)
            columns.insert(c);
    }
    QList<QStringList> out;
    QStringList header;
    for (const int c : columns)
        header << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    out << header;
    for (const int r : rows) {
        QStringList cells;
        for (const int c : columns)
            cells << model->index(r, c).data(Qt::DisplayRole).toString();
        out << cells;
    }
    return out;
}

QString tableText(const QAbstractItemView& view) {
    QStringList lines;
    for (const QStringList& row : tableRows(view, TableScope::SelectionOrAll)) {
        QStringList fields;
        for (const QString& cell : row)
            fields << tabField(cell);
        lines << fields.join(u'\t');
    }
    if (lines.isEmpty())
        return {};
    return lines.join(u'\n') + u'\n';
}

QString tableCsv(const QAbstractItemView& view) {
    return csv::document(tableRows(view, TableScope::All));
}

QAbstractItemView* tableViewAround(QWidget* widget) {
    for (QWidget* w = widget; w; w = w->parentWidget()) {
        if (auto* header = qobject_cast<QHeaderView*>(w))
            return qobject_cast<QAbstractItemView*>(header->parentWidget());
        if (auto* view = qobject_cast<QAbstractItemView*>(w))
            return view;
    }
    return nullptr;
}

void copyTable(const QAbstractItemView& view) {
    QApplication::clipboard()->setText(tableText(view));
}

void copyChart(QWidget* chartView) {
    QApplication::clipboard()->setImage(
        charts::chartImage(chartView, chartView->devicePixelRatioF()));
}

bool copyFocused(QWidget* focus) {
    if (QAbstractItemView* view = tableViewAround(focus)) {
        copyTable(*view);
        return true;
    }
    for (QWidget* w = focus; w; w = w->parentWidget()) {
        if (auto* tile = qobject_cast<PviTile*>(w)) {
            QApplication::clipboard()->setText(tile->accessibleName() + u'\n' + tile->spokenText() +
                                               u'\n');
            return true;
        }
    }
    if (QWidget* chart = charts::chartViewAround(focus)) {
        copyChart(chart);
        return true;
    }
    return false;
}

} // namespace pvi
