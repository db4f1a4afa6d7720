#pragma once
// What this build is: PVI Studio's version and the libraries it runs on, for `pvi --version`,
// `pvi-studio --version` and the About box.

#include <QString>

#include <vector>

namespace pvi {

/// PVI Studio's version (the project's version in CMakeLists.txt).
QString studioVersion();

/// One library the program runs on: its name, the version in use and its licence.
struct LibraryVersion {
    QString name;
    QString version;
    QString licence;
};

/// Qt, SQLite, Boost and NLopt, with the versions of the libraries loaded at run time where
/// they tell (Qt, SQLite, NLopt) and the headers' version otherwise (Boost.Math is header-only).
std::vector<LibraryVersion> libraryVersions();

} // namespace pvi
