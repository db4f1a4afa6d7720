#include "shell/copy_focused.h"

#include "charts/chart_helpers.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QStringList>

#include <set>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// A cell or header as one field: tabs and line breaks would split it.
QString field(const QVariant& value) {
    QString text = value.toString();
    text.replace(u'\t', u' ');
    text.replace(u'\n', u' ');
    return text;
}

QAbstractItemView* viewAround(QWidget* widget) {
    for (QWidget* w = widget; w; w = w->parentWidget())
        if (auto* view = qobject_cast<QAbstractItemView*>(w))
            return view;
    return nullptr;
}

} // namespace

QString tableText(const QAbstractItemView& view) {
    const QAbstractItemModel* model = view.model();
    if (!model)
        return {};
    std::set<int> rows;
    std::set<int> columns;
    if (const QItemSelectionModel* selection = view.selectionModel();
        selection && selection->hasSelection()) {
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
    QStringList lines;
    QStringList header;
    for (const int c : columns)
        header << field(model->headerData(c, Qt::Horizontal, Qt::DisplayRole));
    lines << header.join(u'\t');
    for (const int r : rows) {
        QStringList cells;
        for (const int c : columns)
            cells << field(model->index(r, c).data(Qt::DisplayRole));
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

bool copyFocused(QWidget* focus) {
    if (QAbstractItemView* view = viewAround(focus)) {
        QApplication::clipboard()->setText(tableText(*view));
        return true;
    }
    if (QWidget* chart = charts::chartViewAround(focus)) {
        QApplication::clipboard()->setPixmap(chart->grab());
        return true;
    }
    return false;
}

} // namespace pvi
