//! C types and constants, one file per header: the Rust mirror of `include/`.
pub mod auxv;
pub mod errno;
pub mod fcntl;
pub mod mman;
pub mod signal;
pub mod types;
