//! `quick_exit` (C17 7.22.4.7; musl: src/exit/quick_exit.c).
use crate::abi::types::c_int;

/// `_Noreturn void quick_exit(int status);` — runs the `at_quick_exit` handlers, newest
/// first, then `_Exit(status)`: no `atexit` handlers, no stdio flushing.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn quick_exit(status: c_int) -> ! {
    super::at_quick_exit::run_handlers();
    super::_Exit::_Exit(status)
}
