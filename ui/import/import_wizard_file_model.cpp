#include "import/import_wizard_file_model.h"

#include "charts/chart_palette.h"
#include "import/import_texts.h"
#include "importers/importer_registry.h"
#include "io/containers/container_path.h"
#include "io/containers/container_reader.h"
#include "shell/background_load.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pvi {

QString importSourceTitle(const QString& source) {
    if (source.isEmpty())
        return ImportTexts::tr("Choose a source…");
    if (source == kGenericImportSource)
        return ImportTexts::tr("Generic (map columns)");
    const ImporterSpec* spec = ImporterRegistry::instance().find(source);
    return spec ? spec->title : source;
}

ImportWizardFileModel::ImportWizardFileModel(const QString& workspacePath, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspacePath(workspacePath) {}

void ImportWizardFileModel::addFiles(const QStringList& files) {
    for (const QString& file : files) {
        const ContainerPath container = ContainerPath::parse(file);
        if (!container.hasMembers() || !container.member.isEmpty()) {
            addFile(file);
            continue;
        }
        // A workbook lists one entry per sheet, an archive one per CSV member; reading their
        // directories is file I/O, so it happens off the GUI thread too.
        loadInBackground(
            this, [file] { return importPathsOf(file); },
            [this, file](const QStringList& paths) {
                for (const QString& path : paths)
                    addFile(path); // an unreadable container stays one entry saying why
            });
    }
}

void ImportWizardFileModel::addFile(const QString& file) {
    const bool listed = std::any_of(m_entries.begin(), m_entries.end(),
                                    [&](const ImportFileEntry& e) { return e.file == file; });
    if (listed || file.isEmpty())
        return;
    const int row = static_cast<int>(m_entries.size());
    const int key = m_nextKey++;
    beginInsertRows({}, row, row);
    ImportFileEntry entry;
    entry.file = file;
    m_entries.append(entry);
    m_keys.append(key);
    endInsertRows();
    loadInBackground(
        this,
        [file, workspace = m_workspacePath] {
            return scanImportFile(file, kPreviewRows, workspace);
        },
        [this, key](const ImportFileScan& scan) { onScanned(key, scan); });
}

void ImportWizardFileModel::onScanned(int key, const ImportFileScan& scan) {
    const int row = static_cast<int>(m_keys.indexOf(key));
    if (row < 0)
        return; // removed while it was read
    ImportFileEntry& entry = m_entries[row];
    entry.scan = scan;
    entry.scanned = true;
    if (entry.source.isEmpty() && scan.savedMapping) {
        entry.source = kGenericImportSource; // as the import itself would read it
        entry.mapping = scan.savedMapping;
    } else if (entry.source.isEmpty()) {
        entry.source = scan.detectedSource;
    }
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT fileScanned(row);
}

void ImportWizardFileModel::removeFile(int row) {
    if (row < 0 || row >= m_entries.size())
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    m_keys.removeAt(row);
    endRemoveRows();
}

bool ImportWizardFileModel::setSource(int row, const QString& source) {
    const bool known =
        source == kGenericImportSource || ImporterRegistry::instance().find(source) != nullptr;
    if (row < 0 || row >= m_entries.size() || !known)
        return false;
    if (m_entries.at(row).source == source)
        return true;
    m_entries[row].source = source;
    Q_EMIT dataChanged(index(row, ImportAs), index(row, Status));
    return true;
}

void ImportWizardFileModel::setMapping(int row, const ColumnMapping& mapping) {
    if (row < 0 || row >= m_entries.size())
        return;
    m_entries[row].mapping = mapping;
    Q_EMIT dataChanged(index(row, ImportAs), index(row, Status));
}

bool ImportWizardFileModel::hasGenericFiles() const {
    return std::any_of(m_entries.begin(), m_entries.end(),
                       [](const ImportFileEntry& e) { return e.isGeneric(); });
}

bool ImportWizardFileModel::allScanned() const {
    return std::all_of(m_entries.begin(), m_entries.end(),
                       [](const ImportFileEntry& e) { return e.scanned; });
}

bool ImportWizardFileModel::allValid() const {
    return !m_entries.isEmpty() &&
           std::all_of(m_entries.begin(), m_entries.end(),
                       [](const ImportFileEntry& e) { return importFileProblems(e).isEmpty(); });
}

QList<ImportRequest> ImportWizardFileModel::requests() const {
    QList<ImportRequest> result;
    for (const ImportFileEntry& entry : m_entries) {
        ImportRequest request;
        request.file = entry.file;
        request.options.forcedSource = entry.source;
        if (entry.isGeneric())
            request.options.columnMapping = entry.mapping;
        result.append(request);
    }
    return result;
}

int ImportWizardFileModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ImportWizardFileModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportWizardFileModel::displayData(const ImportFileEntry& entry, int column) const {
    switch (column) {
    case File:
        return QFileInfo(entry.file).fileName();
    case Detected: {
        if (!entry.scanned)
            return tr("Reading…");
        if (!entry.scan.ok())
            return tr("Unreadable");
        if (entry.scan.savedMapping)
            return tr("Column mapping saved for this header");
        if (entry.scan.detectedSource.isEmpty())
            return tr("Not recognised (best match %1%)").arg(entry.scan.confidence);
        return tr("%1 — %2%")
            .arg(importSourceTitle(entry.scan.detectedSource))
            .arg(entry.scan.confidence);
    }
    case ImportAs:
        return importSourceTitle(entry.source);
    case Status: {
        if (!entry.scanned)
            return tr("Reading…");
        const QStringList problems = importFileProblems(entry);
        return problems.isEmpty() ? tr("✓ Ready") : u"✗ "_s + problems.first();
    }
    default:
        return {};
    }
}

QVariant ImportWizardFileModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportFileEntry& entry = m_entries.at(index.row());
    const int column = index.column();
    if (role == Qt::DisplayRole)
        return displayData(entry, column);
    if (role == RawRole || (role == Qt::EditRole && column == ImportAs)) {
        switch (column) {
        case File:
            return entry.file;
        case Detected:
            return entry.scan.confidence;
        case ImportAs:
            return entry.source;
        case Status:
            return static_cast<int>(importFileProblems(entry).size());
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == File)
            return entry.file;
        if (column == Status)
            return importFileProblems(entry).join(u'\n');
        return {};
    }
    if (role == Qt::ForegroundRole && column == Status && entry.scanned)
        return QBrush(QColor::fromRgb(importFileProblems(entry).isEmpty()
                                          ? palette::colours().successText
                                          : palette::colours().errorText));
    return {};
}

bool ImportWizardFileModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != ImportAs || role != Qt::EditRole)
        return false;
    return setSource(index.row(), value.toString());
}

Qt::ItemFlags ImportWizardFileModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ImportAs)
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant ImportWizardFileModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case File:
        return tr("File");
    case Detected:
        return tr("Detected source");
    case ImportAs:
        return tr("Import as");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace pvi
