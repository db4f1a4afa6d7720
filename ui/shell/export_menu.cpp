#include "shell/export_menu.h"

#include "charts/chart_export.h"
#include "charts/chart_helpers.h"
#include "shell/background_load.h"
#include "shell/choose_files.h"
#include "shell/copy_focused.h"
#include "shell/table_workbook.h"

#include <QAbstractItemView>
#include <QContextMenuEvent>
#include <QMenu>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// A file name from an object name or title: letters, digits and dashes.
QString suggestedName(const QWidget* widget, const QString& fallback) {
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        QString name = w->objectName();
        if (name.isEmpty() || name.startsWith(u"qt_"_s))
            continue;
        name.replace(QRegularExpression(u"([a-z])([A-Z])"_s), u"\\1-\\2"_s);
        return name.toLower();
    }
    return fallback;
}

/// Writes `bytes` to `path` atomically; an empty text on success, else why not.
QString writeFile(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return {};
}

/// A writer of `bytes` to the path it is given, as saveAs() runs it on the thread pool.
auto bytesWriter(QByteArray bytes) {
    return [bytes = std::move(bytes)](const QString& path) { return writeFile(path, bytes); };
}

} // namespace

ExportMenu::ExportMenu(QObject* parent)
    : QObject(parent) {}

template <typename MakeWriter>
void ExportMenu::saveAs(QWidget* source, const QString& name, const QString& suffix,
                        const QString& filter, MakeWriter makeWriter) {
    const QPointer<QWidget> guarded(source);
    chooseFiles(
        source->window(), tr("Save as %1").arg(suffix.toUpper()), filter, QFileDialog::AcceptSave,
        QFileDialog::AnyFile,
        [this, guarded, makeWriter = std::move(makeWriter)](const QStringList& files) {
            const QString path = files.constFirst();
            if (!guarded) {
                Q_EMIT exported(path, tr("the table or chart was closed"));
                return;
            }
            // What to write is taken here on the GUI thread (it reads widgets); the file is
            // encoded and written on the thread pool.
            loadInBackground(
                this, [path, write = makeWriter(guarded.data())] { return write(path); },
                [this, path](const QString& error) { Q_EMIT exported(path, error); });
        },
        name + u'.' + suffix, suffix, u"exportFileDialog"_s);
}

QMenu* ExportMenu::menuFor(QWidget* target) {
    if (!target)
        return nullptr;
    // Tables only: the navigation list and combo boxes are item views too.
    QAbstractItemView* table = qobject_cast<QTableView*>(tableViewAround(target));
    QWidget* chart = table ? nullptr : charts::chartViewAround(target);
    if (!table && !chart)
        return nullptr;
    auto* menu = new QMenu(target->window());
    menu->setObjectName(u"exportMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (table) {
        const QPointer<QAbstractItemView> view(table);
        QAction* copy = menu->addAction(tr("Copy as text"), this, [view] {
            if (view)
                copyTable(*view);
        });
        copy->setObjectName(u"copyTableAction"_s);
        QAction* csv = menu->addAction(tr("Save as CSV…"), this, [this, view] {
            if (view)
                saveAs(view, suggestedName(view, u"table"_s), u"csv"_s, tr("CSV files (*.csv)"),
                       [](QWidget* w) {
                           return bytesWriter(
                               tableCsv(*static_cast<QAbstractItemView*>(w)).toUtf8());
                       });
        });
        csv->setObjectName(u"saveCsvAction"_s);
        QAction* xlsx = menu->addAction(tr("Save as Excel workbook…"), this, [this, view] {
            if (view)
                saveAs(view, suggestedName(view, u"table"_s), u"xlsx"_s,
                       tr("Excel workbooks (*.xlsx)"), [](QWidget* w) {
                           return [rows = tableRows(*static_cast<QAbstractItemView*>(w),
                                                    TableScope::All)](const QString& path) {
                               return writeTableWorkbook(path, rows);
                           };
                       });
        });
        xlsx->setObjectName(u"saveXlsxAction"_s);
        return menu;
    }
    const QPointer<QWidget> view(chart);
    QAction* copy = menu->addAction(tr("Copy image"), this, [view] {
        if (view)
            copyChart(view);
    });
    copy->setObjectName(u"copyChartAction"_s);
    QAction* png = menu->addAction(tr("Save as PNG…"), this, [this, view] {
        if (view)
            saveAs(view, suggestedName(view, u"chart"_s), u"png"_s, tr("PNG images (*.png)"),
                   [](QWidget* w) {
                       return [image = charts::chartImage(w, 2.0)](const QString& path) {
                           return image.save(path, "PNG") ? QString()
                                                          : tr("the PNG could not be written");
                       };
                   });
    });
    png->setObjectName(u"savePngAction"_s);
    QAction* svg = menu->addAction(tr("Save as SVG…"), this, [this, view] {
        if (view)
            saveAs(view, suggestedName(view, u"chart"_s), u"svg"_s, tr("SVG images (*.svg)"),
                   [](QWidget* w) {
                       return bytesWriter(charts::chartSvg(w, suggestedName(w, u"chart"_s)));
                   });
    });
    svg->setObjectName(u"saveSvgAction"_s);
    return menu;
}

bool ExportMenu::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::ContextMenu || !watched->isWidgetType())
        return false;
    auto* widget = static_cast<QWidget*>(watched);
    // Only the views themselves (and their viewports and headers), not editors inside them,
    // and never a widget that offers its own menu.
    if (widget->contextMenuPolicy() != Qt::DefaultContextMenu)
        return false;
    QWidget* parent = widget->parentWidget();
    const bool isView =
        qobject_cast<QTableView*>(widget) || (parent && qobject_cast<QTableView*>(parent)) ||
        (parent && parent->parentWidget() && qobject_cast<QTableView*>(parent->parentWidget())) ||
        charts::chartViewAround(widget) == widget ||
        (parent && charts::chartViewAround(parent) == parent);
    if (!isView)
        return false;
    QMenu* menu = menuFor(widget);
    if (!menu)
        return false;
    menu->popup(static_cast<QContextMenuEvent*>(event)->globalPos());
    return true;
}

} // namespace pvi
