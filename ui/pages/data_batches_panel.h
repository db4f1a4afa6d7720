#pragma once

#include "importers/import_batches.h"

#include <QWidget>

#include <cstdint>
#include <vector>

class QLabel;
class QPushButton;
class QTableView;

namespace pvi {

class RecordTableModel;

/// The Data page's import batches: one row per imported file (source, rows added / updated /
/// unchanged, issues, when, SHA-256), with buttons to show a batch's stored report and to
/// remove a batch with everything it brought.
class DataBatchesPanel : public QWidget {
    Q_OBJECT
public:
    /// The table's columns.
    enum Column { File, Source, Added, Updated, Unchanged, Issues, ImportedAt, Sha256 };

    explicit DataBatchesPanel(QWidget* parent = nullptr);

    /// Shows these batches (newest first).
    void setBatches(const std::vector<ImportBatchInfo>& batches);
    /// Shows what the last change did (or why it was refused).
    void showMessage(const QString& text, bool error);
    /// A read-only workspace: reports can be shown, batches cannot be removed.
    void setReadOnly(bool readOnly);

    RecordTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* reportButton() const { return m_report; }
    QPushButton* removeButton() const { return m_remove; }
    QLabel* message() const { return m_message; }

Q_SIGNALS:
    /// The user asked for the stored report of a batch.
    void reportRequested(qint64 batchId);
    /// The user asked to remove a batch (not yet confirmed).
    void removeRequested(qint64 batchId);

private:
    void updateButtons();

    std::vector<ImportBatchInfo> m_batches;
    RecordTableModel* m_model;
    QTableView* m_table;
    QPushButton* m_report;
    QPushButton* m_remove;
    QLabel* m_message;
    QLabel* m_summary;
    bool m_readOnly = false;
};

} // namespace pvi
