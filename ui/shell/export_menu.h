#pragma once
// The context menu of every table and chart of the window: copy it, or save it as a file.

#include <QObject>
#include <QPointer>

class QAbstractItemView;
class QMenu;
class QWidget;

namespace pvi {

/// Watches the application's context-menu events (install it with
/// `qApp->installEventFilter()`): a right click on a table offers Copy as text (tab-separated,
/// as Edit › Copy), Save as CSV… and Save as Excel workbook…; on a chart, Copy image, Save as PNG…
/// (twice the chart's size in pixels) and Save as SVG…. Files are chosen in a file dialog and
/// written off the GUI thread; exported() reports the outcome.
class ExportMenu : public QObject {
    Q_OBJECT
public:
    explicit ExportMenu(QObject* parent = nullptr);

    /// The menu for what `target` is or belongs to (a table or a chart), parented to `target`'s
    /// window and deleted when closed; null when `target` is neither.
    QMenu* menuFor(QWidget* target);

Q_SIGNALS:
    /// A file was written (`error` empty) or could not be (`error` says why).
    void exported(const QString& path, const QString& error);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Asks where to save (a file dialog named "exportFileDialog", suggesting `name` with
    /// `suffix`); once chosen, `makeWriter(source)` takes what to write on the GUI thread and
    /// returns a function of the path that writes it (returning an error text) on the pool.
    template <typename MakeWriter>
    void saveAs(QWidget* source, const QString& name, const QString& suffix, const QString& filter,
                MakeWriter makeWriter);
};

} // namespace pvi
