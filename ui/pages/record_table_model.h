#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace pvi {

/// One cell of a RecordTableModel: the text shown, the raw value it sorts by (numbers are
/// right-aligned) and an optional tooltip.
struct RecordCell {
    QString text;
    QVariant raw;
    QString toolTip;
};

/// One row of a RecordTableModel with the key of the record it shows (e.g. its database id).
struct RecordRow {
    QVariant key;
    QList<RecordCell> cells;
};

/// A read-only table of records given as ready-made rows (the Data page's batches, rules, costs
/// and targets): fixed headers, display text, raw values for sorting and a key per row.
class RecordTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// The unformatted value of a cell (for sorting and tests).
    static constexpr int RawValueRole = Qt::UserRole + 1;
    /// The key of the cell's row.
    static constexpr int KeyRole = Qt::UserRole + 2;

    explicit RecordTableModel(QStringList headers, QObject* parent = nullptr);

    /// Replaces every row.
    void setRows(QList<RecordRow> rows);
    /// The key of row `row`; invalid when out of range.
    QVariant key(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<RecordRow> m_rows;
};

} // namespace pvi
