#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace pvi {

class ImportController;

/// Shows a running import's progress with a Cancel button that stops it. Closes itself when
/// the import ends.
class ImportProgressDialog : public QDialog {
    Q_OBJECT
public:
    ImportProgressDialog(ImportController* controller, QWidget* parent = nullptr);

    QProgressBar* progressBar() const { return m_bar; }
    QPushButton* cancelButton() const { return m_cancel; }

private:
    void reject() override;

    ImportController* m_controller;
    QLabel* m_label;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
};

} // namespace pvi
