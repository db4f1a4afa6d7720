#include "pages/data_batches_panel.h"

#include "importers/importer_registry.h"
#include "pages/data_panel_parts.h"
#include "pages/record_table_model.h"
#include "widgets/tone.h"
#include "widgets/value_format.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

RecordCell count(std::int64_t n) {
    return {displayLocale().toString(qlonglong(n)), QVariant::fromValue(qlonglong(n)), {}};
}

RecordCell importedAt(const QString& iso) {
    QDateTime when = QDateTime::fromString(iso, Qt::ISODate);
    if (!when.isValid())
        return {iso, iso, {}};
    when = when.toUTC();
    return {displayLocale().toString(when, u"d MMM yyyy HH:mm"_s) + u" UTC"_s, iso, iso};
}

} // namespace

DataBatchesPanel::DataBatchesPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(
          new RecordTableModel({tr("File"), tr("Source"), tr("Added"), tr("Updated"),
                                tr("Unchanged"), tr("Issues"), tr("Imported at"), tr("SHA-256")},
                               this))
    , m_table(datapanel::recordTable(m_model, u"importBatchTable"_s, tr("Imports"), this))
    , m_report(datapanel::button(tr("Show report…"), u"showReportButton"_s, this))
    , m_remove(datapanel::button(tr("Remove batch…"), u"removeBatchButton"_s, this))
    , m_message(datapanel::formMessage(u"batchMessage"_s, this))
    , m_summary(new QLabel(this)) {
    m_summary->setObjectName(u"batchSummary"_s);
    m_summary->setWordWrap(true);
    setTone(m_summary, Tone::Secondary);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_report);
    buttons->addWidget(m_remove);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DataBatchesPanel::updateButtons);
    connect(m_table, &QTableView::doubleClicked, m_report, &QPushButton::click);
    connect(m_report, &QPushButton::clicked, this, [this] {
        const QVariant key = datapanel::selectedKey(m_table);
        if (key.isValid())
            Q_EMIT reportRequested(key.toLongLong());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QVariant key = datapanel::selectedKey(m_table);
        if (key.isValid())
            Q_EMIT removeRequested(key.toLongLong());
    });
    updateButtons();
}

void DataBatchesPanel::setBatches(const std::vector<ImportBatchInfo>& batches) {
    m_batches = batches;
    QList<RecordRow> rows;
    for (auto it = batches.rbegin(); it != batches.rend(); ++it) {
        const ImportBatchInfo& b = *it;
        RecordRow row;
        row.key = QVariant::fromValue(qlonglong(b.id));
        // The source by its name ("Shopify orders export"), its id in the tooltip.
        const ImporterSpec* spec = ImporterRegistry::instance().find(b.source);
        const QString source = spec ? spec->title : b.source;
        row.cells = {{b.fileName, b.fileName, b.filePath},
                     {source, source, b.source},
                     count(b.recordsAdded),
                     count(b.recordsUpdated),
                     count(b.recordsUnchanged),
                     count(b.issueCount),
                     importedAt(b.importedAt),
                     {b.sha256.left(12), b.sha256, b.sha256}};
        rows.append(row);
    }
    m_model->setRows(rows);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->resizeColumnsToContents();
    m_summary->setText(batches.empty() ? tr("No file has been imported yet. Use File › Import… or "
                                            "drop a CSV export onto the window.")
                       : batches.size() == 1
                           ? tr("%n imported file. Removing a batch removes the orders, records "
                                "and issues it brought.",
                                nullptr, int(batches.size()))
                           : tr("%n imported files. Removing a batch removes the orders, records "
                                "and issues it brought.",
                                nullptr, int(batches.size())));
    updateButtons();
}

void DataBatchesPanel::showMessage(const QString& text, bool error) {
    datapanel::showFormMessage(m_message, text, error);
}

void DataBatchesPanel::updateButtons() {
    const bool selected = datapanel::selectedKey(m_table).isValid();
    m_report->setEnabled(selected);
    m_remove->setEnabled(selected && !m_readOnly);
}

void DataBatchesPanel::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    updateButtons();
}

} // namespace pvi
