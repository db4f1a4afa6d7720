#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableView;

namespace pvi {

class ImportWizardFileModel;
class ImportWizardPreviewModel;

/// The wizard's preview step: the first rows of one file (chosen in a combo) under its header,
/// with cells that have problems highlighted and the problems listed below.
class ImportWizardPreviewPage : public QWizardPage {
    Q_OBJECT
public:
    ImportWizardPreviewPage(ImportWizardFileModel* files, QWidget* parent = nullptr);

    /// Shows the file at `row` of the file model.
    void showFile(int row);
    int currentFile() const;
    ImportWizardPreviewModel* previewModel() const { return m_preview; }
    QTableView* table() const { return m_table; }
    /// The problems shown under the table (empty text when there are none).
    QString problemText() const;

private:
    void refresh();

    ImportWizardFileModel* m_files;
    ImportWizardPreviewModel* m_preview;
    QComboBox* m_file;
    QLabel* m_caption;
    QTableView* m_table;
    QLabel* m_problems;
};

} // namespace pvi
