// pvi: PVI Studio's command line. Every subcommand lives in app/cli/ and computes through
// pvi_model, so what the window shows can be scripted and tested headless. It links no GUI
// library: `pvi report`, which paints, runs pvi-report (report_main.cpp).
#include "cli/command_line.h"
#include "pvi/engine/process_memory.h"

int main(int argc, char** argv) {
    pvi::returnLargeBuffersWhenFreed();
    QCoreApplication app(argc, argv);
    return pvi::cli::runCommandLine(app);
}
