//! `exit` (C17 7.22.4.4; musl: src/exit/exit.c): the calling thread's C++ `thread_local`
//! destructors (as glibc), atexit handlers, then destructors, then stdio, then `_Exit`.
use crate::abi::types::c_int;

/// Flushes stdio at exit; set when stdio is linked in.
pub static mut STDIO_EXIT: Option<unsafe fn()> = None;

/// `_Noreturn void exit(int status);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn exit(status: c_int) -> ! {
    // SAFETY: each stage runs registered callbacks that the program supplied for exit.
    unsafe {
        crate::thread::cxa_thread_atexit::run_if_used(crate::rt::thread::current());
        super::atexit::run_handlers();
        crate::rt::init_fini::run_fini();
        if let Some(flush) = (*(&raw mut STDIO_EXIT)).take() {
            flush();
        }
    }
    super::_Exit::_Exit(status)
}
