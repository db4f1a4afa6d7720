#pragma once
// Rescuing the data of a workspace that was altered by another program (a trigger, a view or a
// table PVI Studio does not create): `pvi doctor WS.pvi --salvage CLEAN.pvi`.

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace pvi {

/// What copying a workspace's data into a clean workspace did.
struct SalvageResult {
    bool ok = false;
    QString error; ///< why nothing was written (the target is then removed)
    std::vector<std::pair<QString, qint64>> rowsCopied; ///< per table, in copy order
    QStringList leftBehind; ///< the source's objects that were not copied: triggers, views, ...
};

/// Copies the data of the workspace file `source` into a new workspace at `target` (which must
/// not exist): the tables and columns this version's migrations create, nothing else. The source
/// is read through a read-only connection on which none of its triggers or views can run, and
/// only objects of type table are read, so its SQL never executes; the source file is not
/// changed. The copy is one transaction, checked for foreign keys and integrity before it is
/// committed. The source must be at this version's schema (an older one is opened, and so
/// upgraded, by the app itself once it is clean). Never throws.
SalvageResult salvageWorkspace(const QString& source, const QString& target);

} // namespace pvi
