#include "import/import_wizard_preview_model.h"

#include "charts/chart_palette.h"
#include "importers/header_map.h"
#include "importers/importer_registry.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// Ragged rows named one by one in the problems; the rest are counted.
constexpr int kRaggedRowsNamed = 5;

/// A problem cell's background and a problem's text, in the current theme.
QColor problemBackground() {
    return QColor::fromRgb(palette::colours().alertBox[0]);
}
QColor problemText() {
    return QColor::fromRgb(palette::colours().errorText);
}

} // namespace

ImportWizardPreviewModel::ImportWizardPreviewModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ImportWizardPreviewModel::setEntry(const ImportFileEntry& entry) {
    beginResetModel();
    m_header = entry.scan.header;
    m_rows = entry.scan.rows;
    m_missing.clear();
    m_mapped.clear();
    m_problems.clear();
    m_sourceTitle.clear();
    if (!entry.scan.ok())
        m_problems.append(entry.scan.error);
    if (const ImporterSpec* spec = ImporterRegistry::instance().find(entry.source)) {
        m_sourceTitle = spec->title;
        m_missing = ImporterRegistry::missingColumns(*spec, HeaderMap(m_header));
    }
    if (entry.isGeneric() && entry.mapping) {
        const HeaderMap header(m_header);
        for (const CanonicalField& field : genericOrderFields()) {
            const ColumnRef column = header.column(entry.mapping->value(field.id));
            if (column.present() && !entry.mapping->value(field.id).isEmpty())
                m_mapped.insert(column.index, field.label);
        }
        for (const QString& problem : mappingProblems(*entry.mapping, m_header))
            m_problems.append(tr("Mapping: %1.").arg(problem));
    }
    m_fileColumns = static_cast<int>(m_header.size());
    for (const CsvRow& row : std::as_const(m_rows))
        m_fileColumns = std::max(m_fileColumns, static_cast<int>(row.fields.size()));
    for (const QString& column : std::as_const(m_missing))
        m_problems.append(
            tr("Required column “%1” is missing: a %2 needs it.").arg(column, m_sourceTitle));
    int ragged = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!isRagged(row))
            continue;
        if (++ragged <= kRaggedRowsNamed)
            m_problems.append(tr("Line %1 has %2 fields; the header has %3.")
                                  .arg(m_rows.at(row).line)
                                  .arg(m_rows.at(row).fields.size())
                                  .arg(m_header.size()));
    }
    if (ragged > kRaggedRowsNamed)
        m_problems.append(tr("%1 more rows have a different number of fields than the header.")
                              .arg(ragged - kRaggedRowsNamed));
    endResetModel();
}

bool ImportWizardPreviewModel::isRagged(int row) const {
    return m_rows.at(row).fields.size() != m_header.size();
}

ImportWizardPreviewModel::CellState ImportWizardPreviewModel::cellState(int row, int column) const {
    if (column >= m_fileColumns)
        return CellState::MissingColumn;
    const CsvRow& csvRow = m_rows.at(row);
    if (column >= csvRow.fields.size())
        return column < m_header.size() ? CellState::MissingValue : CellState::Ok;
    return column >= m_header.size() ? CellState::SurplusValue : CellState::Ok;
}

int ImportWizardPreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportWizardPreviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_fileColumns + static_cast<int>(m_missing.size());
}

QVariant ImportWizardPreviewModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CellState state = cellState(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() < m_fileColumns ? m_rows.at(index.row()).value(index.column())
                                              : QVariant();
    case ProblemRole:
        return state != CellState::Ok;
    case Qt::BackgroundRole:
        return state == CellState::Ok ? QVariant() : QVariant(QBrush(problemBackground()));
    case Qt::ToolTipRole: {
        const CsvRow& row = m_rows.at(index.row());
        switch (state) {
        case CellState::MissingValue:
            return tr("Line %1 ends after %2 fields: this column has no value.")
                .arg(row.line)
                .arg(row.fields.size());
        case CellState::SurplusValue:
            return tr("Line %1 has more fields than the header (%2).")
                .arg(row.line)
                .arg(m_header.size());
        case CellState::MissingColumn:
            return tr("The file has no “%1” column.")
                .arg(m_missing.at(index.column() - m_fileColumns));
        case CellState::Ok:
            return {};
        }
        return {};
    }
    default:
        return {};
    }
}

QVariant ImportWizardPreviewModel::horizontalHeader(int section, int role) const {
    const bool missing = section >= m_fileColumns;
    const bool unnamed = !missing && section >= m_header.size();
    switch (role) {
    case Qt::DisplayRole:
        if (missing)
            return tr("⚠ %1 (missing)").arg(m_missing.at(section - m_fileColumns));
        if (unnamed)
            return tr("⚠ (no header)");
        return m_mapped.contains(section)
                   ? u"%1 → %2"_s.arg(m_header.at(section), m_mapped.value(section))
                   : m_header.at(section);
    case ProblemRole:
        return missing || unnamed;
    case Qt::ForegroundRole:
        return missing || unnamed ? QVariant(QBrush(problemText())) : QVariant();
    case Qt::FontRole:
        if (missing || unnamed) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (missing)
            return tr("Required column “%1” is missing: a %2 needs it.")
                .arg(m_missing.at(section - m_fileColumns), m_sourceTitle);
        if (unnamed)
            return tr("Some rows have more fields than the header.");
        return m_mapped.contains(section)
                   ? QVariant(tr("Imported as “%1”.").arg(m_mapped.value(section)))
                   : QVariant();
    default:
        return {};
    }
}

QVariant ImportWizardPreviewModel::verticalHeader(int section, int role) const {
    const CsvRow& row = m_rows.at(section);
    const bool ragged = isRagged(section);
    switch (role) {
    case Qt::DisplayRole:
        return ragged ? u"⚠ %1"_s.arg(row.line) : QString::number(row.line);
    case ProblemRole:
        return ragged;
    case Qt::ForegroundRole:
        return ragged ? QVariant(QBrush(problemText())) : QVariant();
    case Qt::ToolTipRole:
        return ragged ? tr("Line %1 has %2 fields; the header has %3.")
                            .arg(row.line)
                            .arg(row.fields.size())
                            .arg(m_header.size())
                      : tr("Line %1 of the file").arg(row.line);
    default:
        return {};
    }
}

QVariant ImportWizardPreviewModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const {
    if (orientation == Qt::Horizontal && section >= 0 && section < columnCount())
        return horizontalHeader(section, role);
    if (orientation == Qt::Vertical && section >= 0 && section < rowCount())
        return verticalHeader(section, role);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace pvi
