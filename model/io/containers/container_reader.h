#pragma once

#include "io/containers/container_path.h"
#include "io/csv_error.h"

#include <QByteArray>
#include <QStringList>

namespace pvi {

/// Decodes a container into the bytes of one CSV file, for the CSV reader: a gzipped file
/// decompressed, a zip member extracted, an .xlsx sheet converted (see xlsxSheetToCsv()). Every
/// decoded size is capped at kMaxUncompressedBytes. A workbook or archive given without a member
/// reads its only sheet or CSV member. On failure `error` names the file, the sheet or member and,
/// for a broken sheet, the row and column.
bool readContainer(const ContainerPath& source, QByteArray& bytes, CsvError& error);

/// What `path` imports as: one path per sheet of a workbook (`book.xlsx#Orders`) or per CSV
/// member of a zip archive (`.csv`, `.tsv`, `.txt`), or `path` itself for any other file, a path
/// that already names a member, or a container that cannot be read (its import then says why).
QStringList importPathsOf(const QString& path);

} // namespace pvi
