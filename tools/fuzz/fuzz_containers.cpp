// libFuzzer harness: the container readers on arbitrary bytes. The first byte chooses what the
// rest is: a .csv.gz, a .zip archive or an .xlsx workbook read as an import would (every member
// listed, then decoded), or a worksheet part or shared-string part given straight to its XML
// reader (so the fuzzer need not build a valid zip to reach the XML code).
#include "fuzz_input_file.h"
#include "io/containers/container_limits.h"
#include "io/containers/container_reader.h"
#include "io/containers/xlsx_shared_strings.h"
#include "io/containers/xlsx_sheet_csv.h"
#include "io/containers/xlsx_workbook.h"

namespace {

void readEveryMember(const QString& path) {
    for (const QString& member : pvi::importPathsOf(path)) {
        QByteArray bytes;
        pvi::CsvError error;
        (void)pvi::readContainer(pvi::ContainerPath::parse(member), bytes, error);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0)
        return 0;
    const uint8_t* rest = data + 1;
    const size_t restSize = size - 1;
    switch (data[0] % 5) {
    case 0:
        readEveryMember(pvi::fuzz::inputFile(rest, restSize, ".csv.gz"));
        break;
    case 1:
        readEveryMember(pvi::fuzz::inputFile(rest, restSize, ".zip"));
        break;
    case 2:
        readEveryMember(pvi::fuzz::inputFile(rest, restSize, ".xlsx"));
        break;
    case 3: {
        pvi::XlsxWorkbook workbook;
        workbook.styleDates = {pvi::ExcelDateKind::NotDate, pvi::ExcelDateKind::Date,
                               pvi::ExcelDateKind::DateTime};
        const QByteArray xml(reinterpret_cast<const char*>(rest), qsizetype(restSize));
        QByteArray csv;
        pvi::XlsxSheetError error;
        for (const bool date1904 : {false, true}) {
            workbook.date1904 = date1904;
            (void)pvi::xlsxSheetToCsv(xml, workbook, {QStringLiteral("a"), QStringLiteral("b")},
                                      64 * 1024, csv, error);
        }
        break;
    }
    default: {
        const QByteArray xml(reinterpret_cast<const char*>(rest), qsizetype(restSize));
        QStringList strings;
        QString error;
        (void)pvi::readXlsxSharedStrings(xml, strings, error);
        break;
    }
    }
    return 0;
}
