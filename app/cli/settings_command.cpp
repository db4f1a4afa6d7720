// pvi settings: list the workspace settings the app reads, and set several at once (all of them
// or none, as the Data page's Settings panel saves). See docs/cli.md.
#include "cli/workspace_command.h"
#include "pvi/engine/pvi_json.h"
#include "pvi/engine/workspace_settings.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace pvi::cli {
namespace {

constexpr const char* kUsage = "usage: pvi settings list WS.pvi [--json]\n"
                               "       pvi settings set WS.pvi KEY=VALUE...\n";

int list(Workspace& workspace, bool asJson, Io& io) {
    const std::vector<SettingValue> values = loadSettingValues(workspace);
    if (asJson) {
        QStringList items;
        for (const SettingValue& v : values)
            items << u"{\"key\": %1, \"value\": %2, \"set\": %3, \"default\": %4, "
                     "\"warning\": %5}"_s.arg(
                         json::string(v.definition.key), json::string(v.value),
                         v.isSet ? u"true"_s : u"false"_s, json::string(v.definition.defaultValue),
                         v.warning.isEmpty() ? u"null"_s : json::string(v.warning));
        io.out << u"["_s + items.join(u", "_s) + u"]\n"_s;
        return 0;
    }
    for (const SettingValue& v : values) {
        io.out << v.definition.key << "\t" << v.value << "\t" << (v.isSet ? u"set"_s : u"default"_s)
               << "\t" << v.definition.title << "\n";
        if (!v.warning.isEmpty())
            io.err << "pvi settings: " << v.warning << "\n";
    }
    return 0;
}

int set(Workspace& workspace, const QStringList& assignments, Io& io) {
    std::vector<std::pair<QString, QString>> values;
    for (const QString& assignment : assignments) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0) {
            io.err << "pvi settings set: expected KEY=VALUE, not '" << assignment << "'\n"
                   << kUsage;
            return 2;
        }
        values.emplace_back(assignment.left(equals).trimmed(), assignment.mid(equals + 1));
    }
    QString error;
    if (!writeSettings(workspace, values, &error)) {
        io.err << "pvi settings set: " << error << "; nothing was changed\n";
        return 1;
    }
    for (const auto& [key, value] : values)
        io.out << "set " << key << " = " << value.trimmed() << "\n";
    return 0;
}

int run(const QStringList& args, Io& io) {
    const QString action = args.value(0);
    const bool listing = isListing(args);
    const bool setting = action == u"set" && args.size() >= 3;
    if (!listing && !setting) {
        io.err << kUsage;
        return 2;
    }
    return withWorkspace(args.at(1), "pvi settings", setting, io, [&](Workspace& workspace) {
        return listing ? list(workspace, args.size() == 3, io) : set(workspace, args.mid(2), io);
    });
}

const CommandRegistration reg{
    {"settings", "settings list|set WS.pvi [KEY=VALUE...]  workspace settings (gross margin, ...)",
     &run}};

} // namespace
} // namespace pvi::cli
