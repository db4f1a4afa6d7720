#include "io/csv_reader.h"

#include "io/containers/container_reader.h"
#include "io/delimiter_sniffer.h"
#include "io/encoding_detector.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstring>

namespace pvi {

namespace {

constexpr qint64 kDetectionPrefix = 64 * 1024;

} // namespace

CsvReader::CsvReader() = default;

CsvReader::~CsvReader() = default;

bool CsvReader::open(const QString& path) {
    return open(path, Options());
}

bool CsvReader::open(const QString& path, const Options& options) {
    close();
    m_options = options;
    m_options.chunkSize = std::max<qsizetype>(options.chunkSize, 1);
    m_fileName = path;
    m_error = CsvError{path, 0, 0, QString()};
    m_state = State::Reading;

    if (!openDevice(path))
        return false;
    m_fileSize = m_device->isSequential() ? 0 : m_device->size();
    m_prefix = m_device->read(kDetectionPrefix);
    if (m_prefix.isEmpty() && m_fileSize > 0)
        return fail(0, 0,
                    QCoreApplication::translate("pvi::CsvText", "Cannot read the file: %1.")
                        .arg(m_device->errorString()));
    const bool wholeFile = !m_device->isSequential() && m_device->atEnd();

    const EncodingDetection detected = detectEncoding(m_prefix, wholeFile);
    if (!detected.notTextReason.isEmpty())
        return fail(0, 0, QFileInfo(path).fileName() + u' ' + detected.notTextReason + u'.');
    m_decoder = TextDecoder(detected.encoding);

    const QString sample = m_decoder.decodeAll(QByteArrayView(m_prefix).sliced(detected.bomLength));
    const QChar declared = declaredDelimiter(sample);
    m_skipDeclarationLine = !declared.isNull();
    if (!options.delimiter.isNull())
        m_delimiter = options.delimiter.unicode();
    else if (ContainerPath::parse(path).kind == ContainerPath::Kind::Xlsx)
        m_delimiter = u','; // a sheet is converted to comma-separated text
    else if (!declared.isNull())
        m_delimiter = declared.unicode();
    else
        m_delimiter = sniffDelimiter(sample, options.commentPrefix, wholeFile).unicode();
    if (m_delimiter == u'"' || m_delimiter == u'\r' || m_delimiter == u'\n')
        return fail(0, 0,
                    QCoreApplication::translate(
                        "pvi::CsvText", "A quote or a line break cannot be the field delimiter."));
    m_stopsUnquoted.fill(false);
    m_stopsUnquoted[u'\r'] = m_stopsUnquoted[u'\n'] = true;
    if (m_delimiter < m_stopsUnquoted.size())
        m_stopsUnquoted[m_delimiter] = true;

    // The prefix is parsed first, in chunks like the rest: no seek, so pipes work too.
    m_prefixUsed = detected.bomLength;
    m_bytesRead = detected.bomLength;
    m_raw.resize(static_cast<std::size_t>(m_options.chunkSize) + 8);
    m_text.resize(static_cast<std::size_t>(m_options.chunkSize) + 8);
    m_pos = m_end = m_text.data();
    return true;
}

bool CsvReader::openDevice(const QString& path) {
    const ContainerPath source = ContainerPath::parse(path);
    if (!source.isContainer()) {
        m_device = &m_file;
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::ReadOnly))
            return fail(0, 0,
                        QCoreApplication::translate("pvi::CsvText", "Cannot open the file: %1.")
                            .arg(m_device->errorString()));
        return true;
    }
    QByteArray bytes;
    CsvError error{path, 0, 0, QString()};
    if (!readContainer(source, bytes, error))
        return fail(error.line, error.column, error.message);
    m_buffer.setData(bytes);
    m_device = &m_buffer;
    m_buffer.open(QIODevice::ReadOnly);
    return true;
}

void CsvReader::close() {
    m_file.close();
    m_buffer.close();
    m_buffer.setData(QByteArray());
    m_device = &m_file;
    m_state = State::Closed;
    m_prefix.clear();
    m_prefixUsed = 0;
    m_fileSize = m_bytesRead = 0;
    m_rawCarry = 0;
    m_pos = m_end = m_text.data();
    m_textBase = 0;
    m_fileDone = false;
    m_line = 1;
    m_lineStart = 0;
    m_afterCr = -1;
    m_recordLine = m_recordEndLine = m_recordLength = m_recordNumber = 0;
}

bool CsvReader::fail(qint64 line, int column, const QString& message) {
    m_state = State::Failed;
    m_error = CsvError{m_fileName, line, column, message};
    return false;
}

bool CsvReader::fill() {
    if (m_fileDone || m_state == State::Failed)
        return false;
    for (;;) {
        char* const target = m_raw.data() + m_rawCarry;
        qint64 got = 0;
        if (m_prefixUsed < m_prefix.size()) {
            got = std::min<qint64>(m_options.chunkSize, m_prefix.size() - m_prefixUsed);
            std::memcpy(target, m_prefix.constData() + m_prefixUsed, static_cast<std::size_t>(got));
            m_prefixUsed += got;
        } else {
            got = m_device->read(target, m_options.chunkSize);
            if (got < 0) {
                return fail(m_line, 0,
                            QCoreApplication::translate("pvi::CsvText", "Cannot read the file: %1.")
                                .arg(m_device->errorString()));
            }
        }
        m_bytesRead += got;
        const bool last = got == 0;
        const qsizetype available = m_rawCarry + got;
        qsizetype consumed = 0;
        m_textBase += m_end - m_text.data();
        const qsizetype n =
            m_decoder.decode(m_raw.data(), available, last, m_text.data(), consumed);
        m_rawCarry = available - consumed;
        if (m_rawCarry > 0)
            std::memmove(m_raw.data(), m_raw.data() + consumed,
                         static_cast<std::size_t>(m_rawCarry));
        m_pos = m_text.data();
        m_end = m_pos + n;
        m_fileDone = last;
        if (n > 0)
            return true;
        if (last)
            return false;
    }
}

void CsvReader::newline(char16_t c, const char16_t* at) {
    const qint64 next = position(at) + 1;
    if (c == u'\n' && next - 1 == m_afterCr) { // the LF of a CRLF: same line end
        m_lineStart = next;
        return;
    }
    ++m_line;
    m_lineStart = next;
    if (c == u'\r')
        m_afterCr = next;
}

void CsvReader::skipLine() {
    for (;;) {
        if (m_pos == m_end && !fill())
            return;
        const char16_t* p = m_pos;
        while (p < m_end && *p != u'\r' && *p != u'\n')
            ++p;
        if (p == m_end) {
            m_pos = p;
            continue;
        }
        m_pos = p + 1;
        newline(*p, p);
        return;
    }
}

bool CsvReader::skipToRecord() {
    const char16_t comment = m_options.commentPrefix.unicode();
    const bool hasComment = !m_options.commentPrefix.isNull();
    for (;;) {
        if (m_pos == m_end && !fill())
            return false;
        const char16_t c = *m_pos;
        const bool lineEnd = c == u'\r' || c == u'\n';
        if (lineEnd && (m_options.skipBlankLines || position(m_pos) == m_afterCr)) {
            newline(c, m_pos);
            ++m_pos;
        } else if (hasComment && c == comment) {
            skipLine();
        } else {
            return true;
        }
    }
}

bool CsvReader::appendToField(QString& field, const char16_t* from, const char16_t* to) {
    m_recordLength += to - from;
    if (m_recordLength > m_options.maxRecordLength) {
        return fail(m_recordLine, 0,
                    QCoreApplication::translate(
                        "pvi::CsvText",
                        "The record starting at line %1 is longer than %2 characters; "
                        "is a quote left open?")
                        .arg(m_recordLine)
                        .arg(m_options.maxRecordLength));
    }
    field.append(reinterpret_cast<const QChar*>(from), to - from);
    return true;
}

bool CsvReader::readQuoted(QString& field, int fieldNumber) {
    const qint64 openLine = m_line;
    const qint64 openCharacter = position(m_pos) - m_lineStart + 1;
    ++m_pos; // the opening quote
    for (;;) {
        if (m_pos == m_end && !fill()) {
            if (hasError())
                return false;
            return fail(openLine, fieldNumber,
                        QCoreApplication::translate(
                            "pvi::CsvText",
                            "A quoted field is never closed: the quote opened at line "
                            "%1, field %2 (character %3) runs to the end of the file.")
                            .arg(openLine)
                            .arg(fieldNumber)
                            .arg(openCharacter));
        }
        const char16_t* p = m_pos;
        while (p < m_end && *p != u'"' && *p != u'\r' && *p != u'\n')
            ++p;
        if (p != m_pos && !appendToField(field, m_pos, p))
            return false;
        if (p == m_end) {
            m_pos = p;
            continue;
        }
        const char16_t c = *p;
        m_pos = p + 1;
        if (c == u'"') {
            if (m_pos == m_end && !fill())
                return !hasError(); // closing quote at the end of the file
            if (*m_pos != u'"')
                return true; // closed; what follows up to the delimiter is kept as text
            if (!appendToField(field, m_pos, m_pos + 1))
                return false;
            ++m_pos;
            continue;
        }
        if (!appendToField(field, p, p + 1))
            return false;
        newline(c, p);
    }
}

CsvReader::FieldEnd CsvReader::readUnquoted(QString& field) {
    for (;;) {
        if (m_pos == m_end && !fill()) {
            m_recordEndLine = m_line;
            return FieldEnd::EndOfFile;
        }
        const char16_t* p = m_pos;
        const char16_t* const end = m_end;
        while (p < end) {
            const char16_t c = *p;
            if (c < m_stopsUnquoted.size() ? m_stopsUnquoted[c] : c == m_delimiter)
                break;
            ++p;
        }
        if (p != m_pos && !appendToField(field, m_pos, p))
            return FieldEnd::EndOfFile;
        if (p == end) {
            m_pos = p;
            continue;
        }
        const char16_t c = *p;
        m_pos = p + 1;
        if (c == m_delimiter)
            return FieldEnd::Delimiter;
        m_recordEndLine = m_line;
        newline(c, p);
        return FieldEnd::Newline;
    }
}

bool CsvReader::readRow(CsvRow& row) {
    if (m_state != State::Reading)
        return false;
    if (m_skipDeclarationLine) {
        m_skipDeclarationLine = false;
        skipLine();
    }
    if (!skipToRecord()) {
        if (m_state != State::Failed)
            m_state = State::AtEnd;
        return false;
    }
    m_recordLine = row.line = m_line;
    m_recordLength = 0;
    row.recordNumber = ++m_recordNumber;
    if (*m_pos == u'\r' || *m_pos == u'\n') { // a blank line kept as a row without fields
        row.fields.clear();
        row.endLine = m_line;
        newline(*m_pos, m_pos);
        ++m_pos;
        return true;
    }
    qsizetype count = 0;
    for (;;) {
        if (count == row.fields.size())
            row.fields.append(QString());
        QString& field = row.fields[count++];
        if (!field.isEmpty())
            field.resize(0); // keeps the capacity for the next record
        if ((m_pos < m_end || fill()) && *m_pos == u'"' &&
            !readQuoted(field, static_cast<int>(count)))
            return false;
        const FieldEnd end = readUnquoted(field);
        if (hasError())
            return false;
        if (end != FieldEnd::Delimiter)
            break;
    }
    if (row.fields.size() > count)
        row.fields.resize(count);
    row.endLine = m_recordEndLine;
    return true;
}

} // namespace pvi
