#include "shell/removal_undo.h"

#include "pages/data_edits.h"
#include "shell/background_load.h"
#include "store/workspace_copy.h"

#include <QAction>

#include <utility>

namespace pvi {

RemovalUndo::RemovalUndo(QAction* action, QObject* parent)
    : QObject(parent)
    , m_action(action) {
    updateAction();
}

RemovalUndo::~RemovalUndo() {
    for (const Entry& entry : std::as_const(m_entries))
        dataedit::removeUndoCopy(entry.copy);
}

void RemovalUndo::push(const QString& text, const QString& copy) {
    m_entries.append({text, copy});
    updateAction();
}

void RemovalUndo::clear() {
    for (const Entry& entry : std::as_const(m_entries))
        dataedit::removeUndoCopy(entry.copy);
    m_entries.clear();
    updateAction();
}

void RemovalUndo::undoLast(const QString& workspacePath) {
    if (m_entries.isEmpty() || workspacePath.isEmpty())
        return;
    const Entry entry = m_entries.takeLast();
    m_action->setEnabled(false); // one undo at a time
    Q_EMIT started(entry.text);
    loadInBackground(
        this,
        [workspacePath, copy = entry.copy] {
            QString error;
            const bool ok = restoreWorkspaceData(workspacePath, copy, &error);
            return std::pair(ok, error);
        },
        [this, entry, workspacePath](const std::pair<bool, QString>& result) {
            if (!result.first) {
                m_entries.append(entry); // still there to try again
                updateAction();
                Q_EMIT failed(entry.text, result.second);
                return;
            }
            dataedit::removeUndoCopy(entry.copy);
            updateAction();
            Q_EMIT undone(entry.text, workspacePath);
        });
}

void RemovalUndo::updateAction() {
    m_action->setEnabled(!m_entries.isEmpty());
    m_action->setText(m_entries.isEmpty() ? tr("&Undo")
                                          : tr("&Undo %1").arg(m_entries.constLast().text));
}

} // namespace pvi
