#include "importers/recent_customers.h"

#include <algorithm>
#include <utility>

namespace pvi {

RecentCustomers::RecentCustomers(qsizetype capacity)
    : m_generationSize(std::max<qsizetype>(1, capacity / 2)) {}

std::int64_t RecentCustomers::find(const QString& key) {
    const auto current = m_current.constFind(key);
    if (current != m_current.constEnd())
        return current.value();
    const auto older = m_older.find(key);
    if (older == m_older.end())
        return 0;
    const std::int64_t customerId = older.value();
    m_older.erase(older);
    remember(key, customerId); // used again: kept through the next eviction
    return customerId;
}

void RecentCustomers::remember(const QString& key, std::int64_t customerId) {
    if (m_current.size() >= m_generationSize && !m_current.contains(key)) {
        m_older = std::exchange(m_current, {});
        m_current.reserve(m_generationSize);
    }
    m_older.remove(key);
    m_current.insert(key, customerId);
}

} // namespace pvi
