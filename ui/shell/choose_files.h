#pragma once

#include <QFileDialog>
#include <QStringList>

#include <functional>

namespace pvi {

/// Opens a window-modal file dialog (named `objectName`) without a nested event loop;
/// `onChosen` gets the files, `defaultSuffix` is added to a saved name typed without one.
void chooseFiles(QWidget* parent, const QString& title, const QString& filter,
                 QFileDialog::AcceptMode accept, QFileDialog::FileMode mode,
                 std::function<void(const QStringList&)> onChosen,
                 const QString& suggestedFile = {}, const QString& defaultSuffix = {},
                 const QString& objectName = {});

} // namespace pvi
