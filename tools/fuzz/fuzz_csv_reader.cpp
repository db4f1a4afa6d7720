// libFuzzer harness: the CSV reader (encoding detection, delimiter sniffing, quoting) on
// arbitrary bytes, with and without a comment prefix. Every row is read to the end.
#include "fuzz_input_file.h"
#include "io/csv_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString path = pvi::fuzz::inputFile(data, size, ".csv");
    for (const QChar comment : {QChar(), QChar(u'#')}) {
        pvi::CsvReader reader;
        pvi::CsvReader::Options options;
        options.commentPrefix = comment;
        if (!reader.open(path, options))
            continue;
        pvi::CsvRow row;
        qint64 fields = 0;
        while (reader.readRow(row))
            fields += row.fields.size();
        (void)fields;
    }
    return 0;
}
