#include "io/delimiter_sniffer.h"

#include <array>
#include <vector>

namespace pvi {

namespace {

constexpr std::array<char16_t, 3> kCandidates = {u',', u';', u'\t'};
constexpr int kMaxRecords = 100;

using Counts = std::array<int, kCandidates.size()>;

int candidateIndex(char16_t c) {
    for (std::size_t k = 0; k < kCandidates.size(); ++k) {
        if (kCandidates[k] == c)
            return static_cast<int>(k);
    }
    return -1;
}

/// Delimiter counts per record, outside quotes.
std::vector<Counts> countPerRecord(QStringView sample, QChar commentPrefix, bool wholeFile) {
    std::vector<Counts> records;
    const qsizetype n = sample.size();
    qsizetype i = 0;
    while (i < n && static_cast<int>(records.size()) < kMaxRecords) {
        const QChar first = sample[i];
        if (first == u'\r' || first == u'\n' ||
            (!commentPrefix.isNull() && first == commentPrefix)) {
            while (i < n && sample[i] != u'\n' && sample[i] != u'\r')
                ++i;
            while (i < n && (sample[i] == u'\n' || sample[i] == u'\r'))
                ++i;
            continue;
        }
        Counts counts{};
        bool inQuotes = false;
        bool fieldStart = true;
        bool ended = false;
        for (; i < n; ++i) {
            const char16_t c = sample[i].unicode();
            if (inQuotes) {
                if (c == u'"') {
                    if (i + 1 < n && sample[i + 1] == u'"')
                        ++i;
                    else
                        inQuotes = false;
                }
                continue;
            }
            if (c == u'\n' || c == u'\r') {
                ended = true;
                break;
            }
            if (c == u'"' && fieldStart) {
                inQuotes = true;
                fieldStart = false;
                continue;
            }
            const int k = candidateIndex(c);
            if (k >= 0)
                ++counts[static_cast<std::size_t>(k)];
            fieldStart = k >= 0;
        }
        if (ended || (wholeFile && !inQuotes))
            records.push_back(counts);
    }
    return records;
}

} // namespace

QChar sniffDelimiter(QStringView sample, QChar commentPrefix, bool sampleIsWholeFile) {
    const std::vector<Counts> records = countPerRecord(sample, commentPrefix, sampleIsWholeFile);
    if (records.empty())
        return QChar(u',');
    std::size_t best = 0;
    qsizetype bestMatches = -1;
    int bestHeader = 0;
    for (std::size_t k = 0; k < kCandidates.size(); ++k) {
        const int header = records.front()[k];
        if (header == 0)
            continue;
        qsizetype matches = 0;
        for (const Counts& counts : records)
            matches += counts[k] == header;
        if (matches > bestMatches || (matches == bestMatches && header > bestHeader)) {
            best = k;
            bestMatches = matches;
            bestHeader = header;
        }
    }
    return QChar(kCandidates[best]);
}

QChar declaredDelimiter(QStringView sample) {
    if (sample.size() < 5 || !sample.startsWith(u"sep=", Qt::CaseInsensitive))
        return QChar();
    const QChar declared = sample[4];
    const bool lineEnds = sample.size() == 5 || sample[5] == u'\r' || sample[5] == u'\n';
    if (!lineEnds || declared == u'"' || declared == u'\r' || declared == u'\n')
        return QChar();
    return declared;
}

} // namespace pvi
