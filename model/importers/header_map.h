#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace pvi {

/// A column found in a file's header: its 0-based index (-1 when absent) and its name.
struct ColumnRef {
    int index = -1;
    QString name;
    bool present() const { return index >= 0; }
};

/// A file's header row, looked up by column name. Names match ignoring case and surrounding
/// spaces (and a stray byte-order mark); the first of duplicate names wins.
class HeaderMap {
public:
    explicit HeaderMap(const QStringList& header);

    /// The column called `name`, or an absent ColumnRef.
    ColumnRef column(const QString& name) const;
    /// The first present column among `names` (alternatives), or an absent ColumnRef.
    ColumnRef firstOf(const QStringList& names) const;
    bool contains(const QString& name) const { return column(name).present(); }
    const QStringList& names() const { return m_names; }
    /// The header's first cell, cleaned like the lookups.
    QString first() const;

private:
    static QString key(const QString& name);
    QStringList m_names;
    QHash<QString, int> m_index;
};

/// Column names written as Latin-1 literals, for firstOf(): columnNames({"Email", "E-mail"}).
QStringList columnNames(std::initializer_list<const char*> list);

} // namespace pvi
