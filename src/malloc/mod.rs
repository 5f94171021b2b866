//! The allocator (musl: src/malloc/): per-thread heaps of size-class spans in 4 MiB
//! segments with out-of-band metadata, medium blocks as page runs in segments, large
//! blocks mapped directly.
pub mod aligned_alloc;
pub mod calloc;
pub mod free;
pub mod harden;
pub mod heap;
pub mod large;
pub mod libc;
pub mod lock;
pub mod mallinfo;
// Named like musl's src/malloc/malloc.c.
#[allow(clippy::module_inception)]
pub mod malloc;
pub mod malloc_trim;
pub mod malloc_usable_size;
pub mod medium;
pub mod memalign;
pub mod posix_memalign;
pub mod purge;
pub mod realloc;
pub mod reallocarray;
pub mod segment;
pub mod size_class;
pub mod small;
pub mod valloc;

#[cfg(test)]
mod tests;
