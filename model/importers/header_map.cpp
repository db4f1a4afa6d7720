#include "importers/header_map.h"

namespace pvi {

HeaderMap::HeaderMap(const QStringList& header)
    : m_names(header) {
    for (int i = 0; i < header.size(); ++i) {
        const QString k = key(header.at(i));
        if (!k.isEmpty() && !m_index.contains(k))
            m_index.insert(k, i);
    }
}

QString HeaderMap::key(const QString& name) {
    QString k = name.trimmed();
    if (k.startsWith(QChar(0xFEFF)))
        k.remove(0, 1);
    return k.trimmed().toCaseFolded();
}

ColumnRef HeaderMap::column(const QString& name) const {
    const auto it = m_index.constFind(key(name));
    if (it == m_index.constEnd())
        return {-1, name};
    return {it.value(), m_names.at(it.value()).trimmed()};
}

ColumnRef HeaderMap::firstOf(const QStringList& names) const {
    for (const QString& name : names) {
        const ColumnRef ref = column(name);
        if (ref.present())
            return ref;
    }
    return {-1, names.value(0)};
}

QString HeaderMap::first() const {
    return m_names.isEmpty() ? QString() : key(m_names.first());
}

QStringList columnNames(std::initializer_list<const char*> list) {
    QStringList result;
    for (const char* name : list)
        result.append(QString::fromLatin1(name));
    return result;
}

} // namespace pvi
