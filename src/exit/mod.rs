//! Process termination (musl: src/exit/).
#[allow(non_snake_case)]
pub mod _Exit;
pub mod abort;
pub mod atexit;
pub mod exit;
