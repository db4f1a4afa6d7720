#include "stats/mersenne_twister_64.h"

namespace pvi {

namespace {

// The parameters of std::mt19937_64 ([rand.predef] in the C++ standard).
constexpr std::size_t kShift = 156; // m
constexpr std::uint64_t kUpperMask = ~std::uint64_t(0) << 31;
constexpr std::uint64_t kLowerMask = ~kUpperMask;
constexpr std::uint64_t kMatrix = 0xb5026f5aa96619e9ULL;
constexpr std::uint64_t kSeedMultiplier = 6364136223846793005ULL;

/// The word that replaces `word` ([rand.eng.mers]): `next` lends its low 31 bits, `shifted` is
/// the word m places on. Branch-free, so the loops below vectorize.
inline std::uint64_t twisted(std::uint64_t word, std::uint64_t next, std::uint64_t shifted) {
    const std::uint64_t y = (word & kUpperMask) | (next & kLowerMask);
    return shifted ^ (y >> 1) ^ ((std::uint64_t(0) - (y & 1)) & kMatrix);
}

inline std::uint64_t tempered(std::uint64_t z) {
    z ^= (z >> 29) & 0x5555555555555555ULL;
    z ^= (z << 17) & 0x71d67fffeda60000ULL;
    z ^= (z << 37) & 0xfff7eee000000000ULL;
    return z ^ (z >> 43);
}

} // namespace

MersenneTwister64::MersenneTwister64(result_type seed) {
    m_state[0] = seed;
    for (std::size_t i = 1; i < kStateSize; ++i)
        m_state[i] = kSeedMultiplier * (m_state[i - 1] ^ (m_state[i - 1] >> 62)) + i;
}

// GCC builds an AVX2 copy beside the baseline one and picks one at load time.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
__attribute__((target_clones("avx2", "default")))
#endif
void MersenneTwister64::refill() {
    std::uint64_t* x = m_state.data();
    constexpr std::size_t n = kStateSize;
    for (std::size_t k = 0; k < n - kShift; ++k)
        x[k] = twisted(x[k], x[k + 1], x[k + kShift]);
    for (std::size_t k = n - kShift; k < n - 1; ++k)
        x[k] = twisted(x[k], x[k + 1], x[k - (n - kShift)]);
    x[n - 1] = twisted(x[n - 1], x[0], x[kShift - 1]);
    for (std::size_t i = 0; i < n; ++i)
        m_tempered[i] = tempered(x[i]);
    m_next = 0;
}

} // namespace pvi
