#pragma once
// Results a run starts computing on threads of their own and takes when a PVI first asks for
// them, by key (the lifetime fits by day, the effects by period). Destroying it waits for what is
// still running.

#include <exception>
#include <future>
#include <map>
#include <optional>
#include <utility>

namespace pvi {

template <typename Key, typename Value> class PendingResults {
public:
    /// Whether a result for `key` was started and not taken yet.
    bool contains(const Key& key) const { return m_pending.count(key) > 0; }

    /// Starts computing task() for `key` on a thread of its own.
    template <typename Task> void start(const Key& key, Task task) {
        m_pending[key] = std::async(std::launch::async, std::move(task));
    }

    /// The result started for `key`, once it is in; empty when none was started or it failed
    /// (the caller then computes it itself, and reports). Forgotten once taken.
    std::optional<Value> take(const Key& key) {
        const auto it = m_pending.find(key);
        if (it == m_pending.end())
            return std::nullopt;
        std::optional<Value> value;
        try {
            value.emplace(it->second.get());
        } catch (const std::exception&) {
        }
        m_pending.erase(it);
        return value;
    }

private:
    std::map<Key, std::future<Value>> m_pending;
};

} // namespace pvi
