#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QAction;

namespace pvi {

/// Edit › Undo for the Data page's removals: each removal leaves a copy of the workspace's data
/// from before it (dataedit::removal), and undoing puts the last one back off the GUI thread
/// (restoreWorkspaceData). Any other change to the workspace ends the undo, since restoring an
/// older copy would lose it. The copies are deleted when they are no longer needed.
class RemovalUndo : public QObject {
    Q_OBJECT
public:
    /// Drives `action` (its text names the removal; disabled when there is none).
    explicit RemovalUndo(QAction* action, QObject* parent = nullptr);
    ~RemovalUndo() override;

    /// A removal that can be undone: what it was ("Remove Import of x.csv") and its copy.
    void push(const QString& text, const QString& copy);
    /// Forgets every removal (another change was made, or the workspace is left).
    void clear();
    /// Puts back the data of the last removal into the workspace at `workspacePath`.
    void undoLast(const QString& workspacePath);
    /// The Edit › Undo action it drives.
    QAction* action() const { return m_action; }

Q_SIGNALS:
    /// Undoing `text` began (it runs off the GUI thread).
    void started(const QString& text);
    /// The workspace at `workspacePath` holds the data from before `text` again.
    void undone(const QString& text, const QString& workspacePath);
    /// `text` could not be undone (it stays offered); `error` says why.
    void failed(const QString& text, const QString& error);

private:
    struct Entry {
        QString text;
        QString copy;
    };
    void updateAction();

    QAction* m_action;
    QList<Entry> m_entries; ///< the last removal last
};

} // namespace pvi
