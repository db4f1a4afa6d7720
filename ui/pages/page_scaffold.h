#pragma once

#include <QString>

class QBoxLayout;
class QLabel;
class QLayout;
class QProgressBar;
class QVBoxLayout;
class QWidget;

namespace pvi::scaffold {

/// A white rounded card holding `content` (height fixed when `height` > 0).
QWidget* card(QWidget* content, QWidget* parent, int height = 0);
/// A card with a section heading above `content`; the heading is also `content`'s accessible
/// name unless it has one.
QWidget* titledCard(const QString& heading, QWidget* content, QWidget* parent, int height = 0);
/// The indeterminate busy bar shown in a page's header while it computes (hidden).
QProgressBar* busyBar(QWidget* parent);
/// The yellow message box for "no workspace"/"no data" (hidden, word-wrapped).
QLabel* messageLabel(QWidget* parent);
/// A word-wrapped, selectable text label with an object name.
QLabel* textLabel(const QString& objectName, QWidget* parent);
/// `field` after its label `text` (the label's buddy), in a widget of their own that a
/// FlowLayout keeps together.
QWidget* labelled(const QString& text, QWidget* field);
/// Fills `page` with a scroll area over a padded content widget whose layout is returned;
/// the first row holds the page heading (`title`) and `busy` on the right.
QVBoxLayout* scrollingContent(QWidget* page, const QString& title, QProgressBar* busy);

} // namespace pvi::scaffold
