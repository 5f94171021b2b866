//! `_Exit` and `_exit` (C17 7.22.4.5, POSIX _exit; musl: src/exit/_Exit.c, src/unistd/_exit.c).
use crate::abi::types::c_int;

/// `_Noreturn void _Exit(int status);` — ends the process at once: no handlers, no flushing.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn _Exit(status: c_int) -> ! {
    crate::sys::proc::exit_group(status)
}

/// `_Noreturn void _exit(int status);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn _exit(status: c_int) -> ! {
    crate::sys::proc::exit_group(status)
}
