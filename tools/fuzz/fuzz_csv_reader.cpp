// libFuzzer harness: the CSV reader (encoding detection, delimiter sniffing, quoting) on
// arbitrary bytes, with and without a comment prefix, read in small chunks. Every row is read
// to the end.
#include "fuzz_input_file.h"
#include "io/csv_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString path = pvi::fuzz::inputFile(data, size, ".csv");
    for (const QChar comment : {QChar(), QChar(u'#')}) {
        pvi::CsvReader reader;
        pvi::CsvReader::Options options;
        options.commentPrefix = comment;
        // Small chunks and records: the same code paths (a record across chunks, one too long)
        // at inputs of fuzzing size, without 1 MiB buffers per run.
        options.chunkSize = 61;
        options.maxRecordLength = 2048;
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
