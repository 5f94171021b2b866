//! Linux-specific interfaces (musl: src/linux/).
pub mod prlimit;
pub mod sysinfo;
