//! Threads (musl: src/thread/). Only what the foundation needs so far.
pub mod __tls_get_addr;
