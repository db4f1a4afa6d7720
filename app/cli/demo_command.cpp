// pvi demo: a workspace with the bundled demo shop (a bakery's two years of Shopify orders, its
// Mailchimp campaigns and activity, survey, GA4 reports, costs and A/B tests) and its
// personalization rules. See docs/cli-import.md.
#include "cli/command.h"
#include "importers/demo_shop.h"
#include "importers/import_report_json.h"
#include "importers/import_runner.h"
#include "importers/workspace_contents.h"
#include "pvi/engine/demo_shop_setup.h"
#include "store/db_error.h"
#include "store/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QList>

#include <utility>

using namespace Qt::StringLiterals;

namespace pvi::cli {
namespace {

/// Whether `path` may be (re)created: absent, empty, or an empty workspace.
bool isFreeToUse(const QString& path, QString& why) {
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return true;
    auto opened = Workspace::open(path, Workspace::Mode::OpenExisting);
    if (!opened.workspace) {
        why = opened.error;
        return false;
    }
    try {
        if (workspaceContents(*opened.workspace).isEmpty())
            return true;
    } catch (const DbError& e) {
        why = e.message();
        return false;
    }
    why = u"it already holds data"_s;
    return false;
}

int run(const QStringList& args, Io& io) {
    QString path;
    bool force = false;
    for (const QString& arg : args) {
        if (arg == u"--force")
            force = true;
        else if (!arg.startsWith(u'-') && path.isEmpty())
            path = arg;
        else {
            io.err << "usage: pvi demo WS.pvi [--force]\n";
            return 2;
        }
    }
    if (path.isEmpty()) {
        io.err << "usage: pvi demo WS.pvi [--force]\n";
        return 2;
    }
    QString why;
    if (!isFreeToUse(path, why)) {
        if (!force) {
            io.err << "pvi demo: " << path << " exists and " << why
                   << "; it was not changed (use --force to replace it)\n";
            return 1;
        }
        for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
            if (QFile::exists(path + suffix) && !QFile::remove(path + suffix)) {
                io.err << "pvi demo: cannot remove " << path + suffix << "\n";
                return 1;
            }
        }
    }
    auto opened = Workspace::open(path, Workspace::Mode::CreateOrOpen);
    if (!opened.workspace) {
        io.err << "pvi demo: " << opened.error << "\n";
        return 1;
    }
    const DemoShopImport demo = importDemoShop(*opened.workspace);
    if (!demo.ok()) {
        if (!demo.reports.isEmpty() && !demo.reports.constLast().ok)
            io.err << importReportToText(demo.reports.constLast());
        else
            io.err << "pvi demo: " << demo.rulesError << "\n";
        return 1;
    }
    const QList<ImportReport>& reports = demo.reports;
    const ImportReport& orders = reports.constFirst();
    io.out << "created demo workspace " << path << ": " << orders.recordsAdded << " orders, "
           << orders.customersAdded << " customers from " << reports.size() << " exports:\n";
    for (const ImportReport& report : std::as_const(reports))
        io.out << "  " << QFileInfo(report.file).fileName() << ": " << report.sourceTitle << ", "
               << report.rowsRead << " rows\n";
    io.out << "rules:";
    for (const DemoRule& rule : kDemoShopRules)
        io.out << " " << rule.kind << " '" << rule.pattern << "'";
    io.out << "\n";
    return 0;
}

const CommandRegistration reg{
    {"demo", "demo WS.pvi [--force]           create a workspace holding the bundled demo shop",
     &run}};

} // namespace
} // namespace pvi::cli
