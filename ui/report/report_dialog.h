#pragma once
// File › Export report…: the options of `pvi report` in a dialog (client, consultant, logos,
// sections, paper, slides, where to save) remembered per workspace, and the consultant's note of
// each section, stored in the workspace.

#include "report/report_job.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace pvi::report {

class ReportDialog : public QDialog {
    Q_OBJECT
public:
    /// For the workspace at `workspacePath`, reported over `filter` (the window's filter bar);
    /// notes cannot be edited when `readOnlyReason` is set.
    ReportDialog(const QString& workspacePath, const PeriodFilter& filter,
                 const QString& readOnlyReason, QWidget* parent = nullptr);

    /// The request the dialog's fields make.
    ReportRequest request() const;

    QLineEdit* clientEdit() const { return m_client; }
    QLineEdit* pdfEdit() const { return m_pdf; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QComboBox* noteSection() const { return m_noteSection; }

    void accept() override;

private:
    QWidget* makeOptionsTab();
    QWidget* makeNotesTab();
    void loadRemembered();
    void remember() const;
    /// Stores the notes that changed; false with a message box when they cannot be.
    bool saveNotes();

    QString m_workspacePath;
    PeriodFilter m_filter;
    QString m_readOnlyReason;
    QLineEdit* m_client;
    QLineEdit* m_consultant;
    QLineEdit* m_logos;
    QComboBox* m_pageSize;
    QCheckBox* m_landscape;
    QListWidget* m_sections;
    QLineEdit* m_pdf;
    QCheckBox* m_slides;
    QComboBox* m_noteSection;
    QPlainTextEdit* m_note;
    QMap<QString, QString> m_notes;      ///< as edited
    QMap<QString, QString> m_savedNotes; ///< as stored
};

} // namespace pvi::report
