//! C types and constants, one file per header: the Rust mirror of `include/`.
#[macro_use]
pub mod check;

pub mod auxv;
pub mod elf;
pub mod endian;
pub mod errno;
pub mod fcntl;
pub mod float;
pub mod inttypes;
pub mod limits;
pub mod mman;
pub mod registry;
pub mod signal;
pub mod stdbool;
pub mod stddef;
pub mod stdint;
pub mod stdlib;
pub mod types;
pub mod unistd;
