//! Process termination (musl: src/exit/).
#[allow(non_snake_case)]
pub mod _Exit;
pub mod abort;
pub mod assert;
pub mod at_quick_exit;
pub mod atexit;
#[allow(clippy::module_inception)] // musl's src/exit/exit.c
pub mod exit;
pub mod quick_exit;
