#pragma once

#include <QStringList>

namespace pvi {

/// One record of a CSV file, with where it came from.
///
/// A value's position for messages is (file, `line`, field index + 1). For a record whose quoted
/// field spans several physical lines, every value reports the line where the record starts;
/// `endLine` is the line where it ends.
struct CsvRow {
    /// The fields as written (quotes removed, doubled quotes undone), ragged rows as they are.
    QStringList fields;
    /// 1-based physical line where the record starts (CR, LF and CRLF each end a line).
    qint64 line = 0;
    /// 1-based physical line where the record ends (> line when a quoted field holds newlines).
    qint64 endLine = 0;
    /// 1-based record number among the records returned; the header is record 1.
    qint64 recordNumber = 0;

    /// The field at 0-based `index`, or an empty string when the row is shorter.
    QString value(qsizetype index) const {
        return index < fields.size() ? fields.at(index) : QString();
    }

    /// Makes this row a copy of `other` in its own storage, reusing its capacity. Keeping a row
    /// with `=` shares the reader's field buffers, which the reader then has to reallocate for
    /// every field of its next record.
    void copyFrom(const CsvRow& other) {
        line = other.line;
        endLine = other.endLine;
        recordNumber = other.recordNumber;
        fields.resize(other.fields.size());
        for (qsizetype i = 0; i < other.fields.size(); ++i) {
            const QString& source = other.fields.at(i);
            QString& field = fields[i];
            field.resize(0);
            field.append(source.constData(), source.size());
        }
    }
};

} // namespace pvi
