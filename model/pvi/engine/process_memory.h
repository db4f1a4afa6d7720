#pragma once
// How the process's allocator hands memory back to the system, set once at start by the
// command line and the window.

namespace pvi {

/// Buffers of 1 MB and more get pages of their own, returned to the system when freed.
/// glibc's default raises that threshold to the size of the largest such buffer freed (up to
/// 32 MB), after which buffers up to that size come from the heap and stay counted in the
/// process's memory once freed: about 20 MB of the large shop's recompute peak.
void returnLargeBuffersWhenFreed();

} // namespace pvi
