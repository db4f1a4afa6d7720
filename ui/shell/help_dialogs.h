#pragma once
// The Help menu's windows: the PVI catalogue (offline, from the PVI table), the keyboard
// shortcuts (from the window's own actions) and About (versions and licences).

#include <QList>
#include <QString>

class QAction;
class QWidget;

namespace pvi {

/// "Ctrl+1<tab>Overview" lines of every action that has a shortcut, in the order given, with
/// the menus' mnemonic ampersands and trailing dots removed; keys in the platform's notation.
QString shortcutsText(const QList<QAction*>& actions);

/// The About text: PVI Studio's version, what it does, and each library with its version in use
/// and its licence (pvi/engine/build_info.h), as HTML.
QString aboutHtml();

/// Opens the PVI catalogue (every PVI's formula, unit, direction and data needed) in a window.
void showCatalogueWindow(QWidget* parent);
/// Opens the list of keyboard shortcuts of `actions`.
void showShortcutsWindow(QWidget* parent, const QList<QAction*>& actions);
/// Opens the About box.
void showAboutBox(QWidget* parent);

} // namespace pvi
