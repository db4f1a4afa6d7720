#pragma once
// Uniform indices in [0, n) drawn from a 64-bit generator by Lemire's nearly divisionless method
// (Fast Random Integer Generation in an Interval, ACM TOMACS 29(1), 2019): one 64 x 64-bit
// multiplication a draw, a division only for the rare draw that would be biased. Draw for draw
// the value libstdc++'s std::uniform_int_distribution<std::uint64_t>(0, n - 1) gives with a
// generator of 64-bit outputs, consuming the same outputs, so the bootstraps keep their digits;
// inlined where they draw millions (the distribution's call was a fifth of a bootstrap).

#include <cstdint>

namespace pvi {

class UniformIndex {
public:
    /// Indices in [0, n); n > 0.
    explicit UniformIndex(std::uint64_t n)
        : m_n(n)
        , m_threshold((0 - n) % n) {}

    template <typename Generator> std::uint64_t operator()(Generator& generator) const {
        static_assert(Generator::min() == 0 && Generator::max() == ~std::uint64_t(0),
                      "a generator of 64-bit outputs");
        Wide product = Wide(generator()) * m_n;
        if (std::uint64_t(product) < m_n) {
            // 2^64 mod n of the products would come up once too often: drawn again.
            while (std::uint64_t(product) < m_threshold)
                product = Wide(generator()) * m_n;
        }
        return std::uint64_t(product >> 64);
    }

private:
    __extension__ using Wide = unsigned __int128;
    std::uint64_t m_n;
    std::uint64_t m_threshold; ///< 2^64 mod n
};

} // namespace pvi
