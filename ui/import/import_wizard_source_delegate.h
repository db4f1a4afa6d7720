#pragma once

#include <QStyledItemDelegate>

namespace pvi {

/// Edits the wizard's "Import as" column with a combo of every registered importer (and the
/// generic column-mapping import); the choice is written to the model as soon as it is made.
class ImportWizardSourceDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ImportWizardSourceDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace pvi
