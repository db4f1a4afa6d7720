#pragma once

#include <QWizardPage>

class QPushButton;
class QTableView;

namespace pvi {

class ImportWizardFileModel;

/// The wizard's first step: the files to import, each with its detected source and confidence
/// and a combo to import it as another source; files can be added and removed.
class ImportWizardFilesPage : public QWizardPage {
    Q_OBJECT
public:
    ImportWizardFilesPage(ImportWizardFileModel* files, QWidget* parent = nullptr);

    /// Complete when there is a file and every file has been read.
    bool isComplete() const override;
    /// The selected file's row (0 when none is selected).
    int currentRow() const;
    QTableView* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }

private:
    void openEditors(int first, int last);
    void chooseFiles();
    void removeSelected();

    ImportWizardFileModel* m_files;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace pvi
