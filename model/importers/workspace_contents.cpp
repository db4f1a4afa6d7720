#include "importers/workspace_contents.h"

#include "store/workspace.h"

namespace pvi {

WorkspaceContents workspaceContents(Workspace& workspace) {
    Database& db = workspace.db();
    WorkspaceContents contents;
    contents.importBatches = db.queryInt("SELECT count(*) FROM import_batches");
    contents.customers = db.queryInt("SELECT count(*) FROM customers");
    contents.orders = db.queryInt("SELECT count(*) FROM orders");
    contents.rules = db.queryInt("SELECT count(*) FROM personalization_rules");
    return contents;
}

} // namespace pvi
