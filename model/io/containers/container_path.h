#pragma once

#include <QString>

namespace pvi {

/// An import path that may name a member of a container: `book.xlsx#Orders` (a sheet),
/// `exports.zip#orders_export.csv` (an archive member), `orders.csv.gz` (a gzipped file) or a plain
/// file. The container kind comes from the file's extension.
struct ContainerPath {
    enum class Kind { Plain, Gzip, Zip, Xlsx };

    Kind kind = Kind::Plain;
    /// The file on disk.
    QString file;
    /// The sheet or archive member; empty for the whole file.
    QString member;

    bool isContainer() const { return kind != Kind::Plain; }
    /// True for a workbook or an archive, whose members are imported one by one.
    bool hasMembers() const { return kind == Kind::Zip || kind == Kind::Xlsx; }

    /// Splits `path` at the first `#` after a `.xlsx` or `.zip` extension.
    static ContainerPath parse(const QString& path);
    /// `file#member`, or `file` when the member is empty.
    static QString join(const QString& file, const QString& member);
};

} // namespace pvi
