//! Startup and process runtime: auxv, thread descriptor, static TLS, init/fini, panic.
pub mod auxv;
pub mod canary;
pub mod init_fini;
pub mod irel;
pub mod panic;
pub mod start;
pub mod thread;
pub mod tls;
