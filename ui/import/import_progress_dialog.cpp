#include "import/import_progress_dialog.h"

#include "import/import_controller.h"
#include "import/import_job.h"

#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pvi {

ImportProgressDialog::ImportProgressDialog(ImportController* controller, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    setObjectName(u"importProgressDialog"_s);
    setWindowTitle(tr("Importing"));
    setModal(true);
    setMinimumWidth(420);
    m_bar->setObjectName(u"importProgressBar"_s);
    m_bar->setRange(0, kImportProgressMax);
    m_bar->setValue(0);
    m_bar->setFormat(u"%p%"_s);
    m_cancel->setObjectName(u"importCancelButton"_s);

    QStringList names;
    for (const QString& file : controller->files())
        names.append(QFileInfo(file).fileName());
    m_label->setText(tr("Importing %1…").arg(names.join(u", "_s)));
    m_label->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);

    connect(controller, &ImportController::progressChanged, m_bar, &QProgressBar::setValue);
    connect(m_cancel, &QPushButton::clicked, this, &ImportProgressDialog::reject);
    connect(controller, &ImportController::finished, this, &QDialog::accept);
}

void ImportProgressDialog::reject() {
    // Closing the dialog (Escape, the Cancel button) cancels the import; the dialog stays until
    // the job has actually stopped and rolled back.
    m_cancel->setEnabled(false);
    m_label->setText(tr("Cancelling — the file being imported is rolled back…"));
    m_controller->cancel();
}

} // namespace pvi
