// pvi catalogue: the PVI catalogue (docs/pvi-catalogue.md) printed from the PVI table.
// See docs/cli.md.
#include "cli/command.h"
#include "pvi/engine/pvi_catalogue.h"

#include <QFile>

namespace pvi::cli {
namespace {

constexpr const char* kUsage = "usage: pvi catalogue [--markdown] [--output FILE]\n";

int run(const QStringList& arguments, Io& io) {
    QStringList args = arguments;
    QString output;
    while (!args.isEmpty()) {
        const QString option = args.takeFirst();
        if (option == u"--markdown")
            continue; // the one format
        if (option == u"--output" && !args.isEmpty()) {
            output = args.takeFirst();
            continue;
        }
        io.err << "pvi catalogue: unexpected argument '" << option << "'\n" << kUsage;
        return 2;
    }
    const QString markdown = pviCatalogueMarkdown();
    if (output.isEmpty()) {
        io.out << markdown;
        return 0;
    }
    QFile file(output);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(markdown.toUtf8()) < 0) {
        io.err << "pvi catalogue: cannot write " << output << ": " << file.errorString() << "\n";
        return 1;
    }
    return 0;
}

const CommandRegistration reg{{"catalogue",
                               "catalogue [--markdown] [--output FILE]  the PVI catalogue as "
                               "Markdown (docs/pvi-catalogue.md)",
                               &run}};

} // namespace
} // namespace pvi::cli
