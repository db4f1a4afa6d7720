#pragma once

#include <QString>

#include <map>
#include <string>
#include <string_view>
#include <utility>

namespace pvi {

/// One shared QString per distinct text read from the workspace: a source that keeps hundreds
/// of thousands of rows repeating a few dozen texts (survey questions, countries) keeps each once.
class SharedTexts {
public:
    /// The shared copy of the UTF-8 text (made on first sight).
    const QString& get(std::string_view utf8) { return entry(utf8).second; }

    /// The shared UTF-8 text and its QString copy; both live as long as this object.
    const std::pair<const std::string, QString>& entry(std::string_view utf8) {
        auto it = m_texts.find(utf8);
        if (it == m_texts.end())
            it = m_texts
                     .emplace(std::string(utf8),
                              QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size())))
                     .first;
        return *it;
    }

private:
    std::map<std::string, QString, std::less<>> m_texts;
};

/// The key of several texts read together (e.g. a row's campaign names), for remembering what
/// was worked out for them: each text is appended with its length, so no two lists share a key.
inline void appendKeyText(std::string& key, std::string_view utf8) {
    key.append(std::to_string(utf8.size())).append(1, ':').append(utf8);
}

/// The text without the spaces (U+0020 only) at its ends, as SQLite's trim(X) gives it.
inline std::string_view trimSpaces(std::string_view text) {
    const std::size_t first = text.find_first_not_of(' ');
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

} // namespace pvi
