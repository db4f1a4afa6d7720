#pragma once

#include "pvi/engine/workspace_settings.h"

#include <QList>
#include <QPair>
#include <QWidget>

#include <vector>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pvi {

/// The Data page's workspace settings: one editor per known setting (a check box for a flag, a
/// field for a number) with its description, and a button that saves the changed ones.
class DataSettingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit DataSettingsPanel(QWidget* parent = nullptr);

    /// Shows these settings' values in the editors.
    void setSettings(const std::vector<SettingValue>& settings);
    /// Shows what the last change did (or why it was refused).
    void showMessage(const QString& text, bool error);

    /// The check box of a flag setting, or null.
    QCheckBox* flagEditor(const QString& key) const;
    /// The field of a number setting, or null.
    QLineEdit* numberEditor(const QString& key) const;
    QPushButton* saveButton() const { return m_save; }
    QLabel* message() const { return m_message; }

Q_SIGNALS:
    /// The user asked to store the settings whose editors differ from the workspace's values.
    void saveRequested(const QList<QPair<QString, QString>>& values);

private:
    struct Editor {
        QString key;
        QString value; ///< as last loaded
        QCheckBox* flag = nullptr;
        QLineEdit* number = nullptr;
    };
    QString editorValue(const Editor& editor) const;
    void submit();

    QList<Editor> m_editors;
    QGridLayout* m_grid;
    QPushButton* m_save;
    QLabel* m_message;
};

} // namespace pvi
