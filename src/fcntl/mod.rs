//! `<fcntl.h>` (musl: src/fcntl/). `open` and `openat` are variadic in C: their entry
//! points are in `src/shim/open.c` and call the functions here.
pub mod creat;
// `fcntl`'s body lives in `fcntl/fcntl.rs`, named after musl's file.
#[allow(clippy::module_inception)]
pub mod fcntl;
pub mod open;
pub mod posix_fadvise;
pub mod posix_fallocate;
