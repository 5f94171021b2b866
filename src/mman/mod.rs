//! `<sys/mman.h>` (musl: src/mman/).
pub mod madvise;
pub mod mincore;
pub mod mlock;
pub mod mlockall;
pub mod mmap;
pub mod mprotect;
pub mod mremap;
pub mod msync;
pub mod munmap;
pub mod posix_madvise;
pub mod shm_open;
