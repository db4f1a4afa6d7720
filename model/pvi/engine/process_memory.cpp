#include "pvi/engine/process_memory.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace pvi {

void returnLargeBuffersWhenFreed() {
#ifdef __GLIBC__
    // Setting the threshold also turns its raising off.
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
#endif
}

} // namespace pvi
