// pvi-report: the program behind `pvi report` (cli/report_forward.cpp runs it as
// `pvi-report report ARGS...`). The report lays out text and charts with Qt Gui and Qt Charts;
// loading those libraries took ~10 ms of every `pvi` command's start, so only this program links
// them. Fonts need a QGuiApplication: on the offscreen platform when there is no display.
#include "cli/command_line.h"
#include "pvi/engine/process_memory.h"

#include <QGuiApplication>

int main(int argc, char** argv) {
    pvi::returnLargeBuffersWhenFreed();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return pvi::cli::runCommandLine(app);
}
