//! Linux-specific interfaces (musl: src/linux/).
pub mod memfd_create;
pub mod mlock2;
pub mod prlimit;
pub mod remap_file_pages;
pub mod sysinfo;
pub mod timerfd;
