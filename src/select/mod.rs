//! Synchronous I/O multiplexing: poll, ppoll, select, pselect (musl: src/select/).
pub mod poll;
pub mod pselect;
#[allow(clippy::module_inception)] // musl's src/select/select.c
pub mod select;
