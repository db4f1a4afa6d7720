#include "import/import_wizard_source_delegate.h"

#include "import/import_wizard_file_model.h"
#include "importers/importer_registry.h"

#include <QComboBox>

using namespace Qt::StringLiterals;

namespace pvi {

ImportWizardSourceDelegate::ImportWizardSourceDelegate(QObject* parent)
    : QStyledItemDelegate(parent) {}

QWidget* ImportWizardSourceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                                  const QModelIndex&) const {
    auto* combo = new QComboBox(parent);
    combo->setObjectName(u"importSourceCombo"_s);
    combo->addItem(tr("Choose a source…"), QString());
    for (const ImporterSpec* spec : ImporterRegistry::instance().specs()) {
        // A source without a header signature is only reached through a column mapping.
        if (!spec->signatures.isEmpty())
            combo->addItem(spec->title, spec->id);
    }
    combo->insertSeparator(combo->count());
    combo->addItem(importSourceTitle(kGenericImportSource), kGenericImportSource);
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto* self = const_cast<ImportWizardSourceDelegate*>(this);
        Q_EMIT self->commitData(combo);
    });
    return combo;
}

void ImportWizardSourceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return;
    const int at = combo->findData(index.data(Qt::EditRole).toString());
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

void ImportWizardSourceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                              const QModelIndex& index) const {
    auto* combo = qobject_cast<QComboBox*>(editor);
    const QString source = combo ? combo->currentData().toString() : QString();
    if (combo && !source.isEmpty())
        model->setData(index, source, Qt::EditRole);
}

} // namespace pvi
