#pragma once

#include "import/import_request.h"
#include "import/import_wizard_file_entry.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace pvi {

/// The files of the import wizard: each file's detected source with its confidence, the source
/// it will be imported as (editable) and whether it can be imported. Files are read (header,
/// first rows, detection) off the GUI thread as they are added.
class ImportWizardFileModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// The model's columns.
    enum Column { File, Detected, ImportAs, Status, ColumnCount };
    /// Raw values: the path (File), the detection confidence (Detected), the chosen importer id
    /// (ImportAs; also the edit role), the number of problems (Status).
    static constexpr int RawRole = Qt::UserRole + 1;
    /// How many rows of each file are read for the preview.
    static constexpr int kPreviewRows = 100;

    /// A model whose files are checked against the mappings saved in the workspace at
    /// `workspacePath` (none when empty).
    explicit ImportWizardFileModel(const QString& workspacePath = {}, QObject* parent = nullptr);

    /// Adds the files not already listed and starts reading them; a workbook adds each of its
    /// sheets, a zip archive each of its CSV members (`book.xlsx#Orders`).
    void addFiles(const QStringList& files);
    /// Removes the file at `row`.
    void removeFile(int row);
    /// Sets the importer id (or kGenericImportSource) the file at `row` is imported as; false
    /// for an unknown id.
    bool setSource(int row, const QString& source);
    /// Sets the column mapping of the file at `row` (used when it is imported as generic).
    void setMapping(int row, const ColumnMapping& mapping);
    /// True when some file is imported through the generic importer.
    bool hasGenericFiles() const;

    const QList<ImportFileEntry>& entries() const { return m_entries; }
    const ImportFileEntry& entry(int row) const { return m_entries.at(row); }
    /// True when every file has been read.
    bool allScanned() const;
    /// True when there is at least one file and every file can be imported as chosen.
    bool allValid() const;
    /// One import request per file, with its chosen source forced (and its column mapping for
    /// a generic import).
    QList<ImportRequest> requests() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// A file's scan came back (its detection and preview rows are known).
    void fileScanned(int row);

private:
    /// Lists one file (or sheet, or archive member) and scans it in the background.
    void addFile(const QString& file);
    void onScanned(int key, const ImportFileScan& scan);
    QVariant displayData(const ImportFileEntry& entry, int column) const;

    QString m_workspacePath;
    QList<ImportFileEntry> m_entries;
    QList<int> m_keys; // identifies each entry's scan while rows are added and removed
    int m_nextKey = 0;
};

/// The title shown for an importer id ("Generic (map columns)" for the generic one).
QString importSourceTitle(const QString& source);

} // namespace pvi
