#pragma once

#include <QString>

#include <functional>
#include <vector>

class QWidget;

namespace pvi {

class Page;

/// One page the main window can show: its id, its title and how to make it.
struct PageEntry {
    QString id;    ///< lower-case, used by `--page`
    QString title; ///< shown in the navigation list
    std::function<Page*(const QString& id, const QString& title, QWidget* parent)> factory;
};

/// The factory of a page class whose constructor takes (id, title, parent).
template <class P> Page* makePage(const QString& id, const QString& title, QWidget* parent) {
    return new P(id, title, parent);
}

/// Every page, in navigation order, its title in the application's language. Adding a page is
/// one entry in page_catalog.cpp.
std::vector<PageEntry> pageCatalog();

} // namespace pvi
