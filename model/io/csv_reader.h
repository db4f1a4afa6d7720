#pragma once

#include "io/csv_error.h"
#include "io/csv_row.h"
#include "io/text_decoder.h"
#include "io/text_encoding.h"

#include <QBuffer>
#include <QChar>
#include <QFile>
#include <QString>

#include <array>
#include <vector>

namespace pvi {

/// Reads a CSV file record by record in constant memory (RFC 4180, tolerant like Python's csv).
///
/// - Encoding: UTF-8 with or without BOM, UTF-16 LE/BE (BOM or byte pattern), Windows-1252 when
///   the first 64 KiB are not valid UTF-8; invalid UTF-8 met later is decoded as Windows-1252.
/// - Delimiter: comma, semicolon or tab, sniffed from the first records (see sniffDelimiter()),
///   or declared by an Excel `sep=;` first line (which is then skipped).
/// - Quoting: fields in double quotes may hold delimiters, CR/LF/CRLF and doubled quotes ("").
///   Text after a closing quote is kept (`"ab"c` reads `abc`); a quote inside an unquoted field
///   is an ordinary character. A quote left open at the end of the file is an error naming the
///   line and field where it opened.
/// - Lines: CR, LF and CRLF all end a record; the last record needs no final newline. Blank
///   lines are skipped (by default), as are lines starting with Options::commentPrefix.
/// - Containers are decoded first (see readContainer()): `book.xlsx#Sheet` reads the sheet as CSV,
///   `archive.zip#member.csv` the member, `file.csv.gz` the decompressed file; positions in
///   errors are the sheet's rows and columns.
/// - Files that are not text (xls, PDF, an unnamed zip or gzip, NUL bytes) fail to open with a
///   message.
class CsvReader {
public:
    /// How to read the file; the defaults sniff the delimiter and accept everything else.
    struct Options {
        /// Field delimiter; a null QChar means sniff comma/semicolon/tab.
        QChar delimiter = QChar();
        /// Lines starting with this character are skipped (e.g. '#' in GA4 reports); null = none.
        QChar commentPrefix = QChar();
        /// Skip empty lines between records (otherwise they come back as rows with no fields).
        bool skipBlankLines = true;
        /// A record longer than this (in UTF-16 code units) is an error: usually an unbalanced
        /// quote, and the bound keeps memory constant on any input.
        qsizetype maxRecordLength = 8 * 1024 * 1024;
        /// Bytes read from the file at a time.
        qsizetype chunkSize = 1024 * 1024;
    };

    CsvReader();
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    /// Opens `path` with default options. On failure error() says why.
    bool open(const QString& path);
    /// Opens `path`: detects the encoding, rejects non-text files, sniffs the delimiter.
    bool open(const QString& path, const Options& options);
    /// Closes the file; the reader can be opened again.
    void close();

    /// Reads the next record into `row` (reusing its storage). Returns false at the end of the
    /// file or on error: check hasError().
    bool readRow(CsvRow& row);

    /// True once open() or readRow() has failed; error() says why.
    bool hasError() const { return m_state == State::Failed; }
    /// The error that stopped open() or readRow().
    const CsvError& error() const { return m_error; }

    /// The detected (or BOM-given) encoding of the open file.
    TextEncoding encoding() const { return m_decoder.encoding(); }
    /// The delimiter in use (sniffed or given).
    QChar delimiter() const { return QChar(m_delimiter); }
    /// Bytes consumed from the file so far (for progress): monotonic, equals fileSize() at the end.
    qint64 bytesRead() const { return m_bytesRead; }
    /// Size of the file in bytes at open() (0 for a pipe).
    qint64 fileSize() const { return m_fileSize; }
    /// The path given to open().
    const QString& fileName() const { return m_fileName; }

private:
    enum class State { Closed, Reading, AtEnd, Failed };
    enum class FieldEnd { Delimiter, Newline, EndOfFile };

    bool fail(qint64 line, int column, const QString& message);
    bool openDevice(const QString& path);
    bool fill();
    bool skipToRecord();
    void skipLine();
    void newline(char16_t c, const char16_t* at);
    bool appendToField(QString& field, const char16_t* from, const char16_t* to);
    bool readQuoted(QString& field, int fieldNumber);
    FieldEnd readUnquoted(QString& field);
    qint64 position(const char16_t* at) const { return m_textBase + (at - m_text.data()); }

    State m_state = State::Closed;
    Options m_options;
    CsvError m_error;
    QString m_fileName;
    QFile m_file;
    QBuffer m_buffer; // a decoded container
    QIODevice* m_device = &m_file;
    qint64 m_fileSize = 0;
    qint64 m_bytesRead = 0;
    TextDecoder m_decoder;
    char16_t m_delimiter = u',';
    std::array<bool, 128> m_stopsUnquoted{};

    QByteArray m_prefix;          // the first bytes, read at open() for the detection
    qsizetype m_prefixUsed = 0;   // bytes of m_prefix already handed to the decoder
    std::vector<char> m_raw;      // undecoded bytes: a cut sequence carried over + the new chunk
    qsizetype m_rawCarry = 0;     // bytes of a cut sequence at the front of m_raw
    std::vector<char16_t> m_text; // decoded chunk
    const char16_t* m_pos = nullptr;
    const char16_t* m_end = nullptr;
    qint64 m_textBase = 0; // text position of m_text[0] since the start of the file
    bool m_fileDone = false;
    bool m_skipDeclarationLine = false; // the file starts with Excel's "sep=;" line

    qint64 m_line = 1;          // physical line of *m_pos
    qint64 m_lineStart = 0;     // text position where m_line starts
    qint64 m_afterCr = -1;      // text position just after the last CR (an LF there continues it)
    qint64 m_recordEndLine = 0; // line where the field just read ended
    qint64 m_recordLine = 0;    // line where the current record starts
    qint64 m_recordLength = 0;  // code units in the current record
    qint64 m_recordNumber = 0;
};

} // namespace pvi
