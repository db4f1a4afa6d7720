#pragma once
// `pvi report`'s line in `pvi --help`: the same in pvi (report_forward.cpp) and in pvi-report
// (report_command.cpp), which runs the command.

namespace pvi::cli {

constexpr const char* kReportSummary =
    "report WS.pvi --out R.pdf [--slides D.pdf] [...]  client-ready PDF report";

} // namespace pvi::cli
