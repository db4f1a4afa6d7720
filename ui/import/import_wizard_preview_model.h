#pragma once

#include "import/import_wizard_file_entry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace pvi {

/// The wizard's preview of one file: its header and first rows as the core CSV reader read them,
/// with problems marked. A required column the chosen importer lacks is shown as an extra,
/// marked header cell; a ragged row's missing or surplus cells and its line number are marked.
/// For a generic import, mapped columns show the field they fill and mapping problems are listed.
class ImportWizardPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// True (data and headers) for a cell or header with a problem.
    static constexpr int ProblemRole = Qt::UserRole + 2;

    explicit ImportWizardPreviewModel(QObject* parent = nullptr);

    /// Shows `entry`'s rows, checked against its chosen source.
    void setEntry(const ImportFileEntry& entry);
    /// One sentence per problem found (required columns missing, ragged rows, unreadable file).
    const QStringList& problems() const { return m_problems; }
    /// Columns of the file itself (the header's, or more when a row is longer).
    int fileColumnCount() const { return m_fileColumns; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    enum class CellState { Ok, MissingValue, SurplusValue, MissingColumn };
    CellState cellState(int row, int column) const;
    bool isRagged(int row) const;
    QVariant horizontalHeader(int section, int role) const;
    QVariant verticalHeader(int section, int role) const;

    QStringList m_header;
    QList<CsvRow> m_rows;
    QStringList m_missing;        // required columns absent from the header
    QHash<int, QString> m_mapped; // column -> the canonical field it fills (generic import)
    QString m_sourceTitle;
    int m_fileColumns = 0;
    QStringList m_problems;
};

} // namespace pvi
