//! Synchronous I/O multiplexing: poll, ppoll, select, pselect (musl: src/select/).
pub mod poll;
pub mod pselect;
pub mod select;
