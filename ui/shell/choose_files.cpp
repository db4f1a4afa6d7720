#include "shell/choose_files.h"

namespace pvi {

void chooseFiles(QWidget* parent, const QString& title, const QString& filter,
                 QFileDialog::AcceptMode accept, QFileDialog::FileMode mode,
                 std::function<void(const QStringList&)> onChosen, const QString& suggestedFile,
                 const QString& defaultSuffix, const QString& objectName) {
    auto* dialog = new QFileDialog(parent, title, QString(), filter);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(accept);
    dialog->setFileMode(mode);
    if (!defaultSuffix.isEmpty())
        dialog->setDefaultSuffix(defaultSuffix);
    if (!suggestedFile.isEmpty())
        dialog->selectFile(suggestedFile);
    QObject::connect(dialog, &QFileDialog::filesSelected, parent,
                     [onChosen = std::move(onChosen)](const QStringList& files) {
                         if (!files.isEmpty())
                             onChosen(files);
                     });
    dialog->open();
}

} // namespace pvi
