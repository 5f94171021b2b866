//! Linux-specific interfaces (musl: src/linux/).
pub mod copy_file_range;
pub mod getrandom;
pub mod memfd_create;
pub mod mlock2;
pub mod prctl;
pub mod prlimit;
pub mod remap_file_pages;
pub mod sendfile;
pub mod splice;
pub mod sysinfo;
pub mod timerfd;
