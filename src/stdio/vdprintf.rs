//! `vdprintf` (POSIX.1-2008; musl: src/stdio/vdprintf.c). `dprintf` is in
//! src/shim/printf.c.
use super::vfprintf::engine::{c_result, run_c};
use super::vfprintf::sink::{Fd, Staged};
use crate::abi::types::{c_char, c_int};
use crate::arch::va_list::VaListRaw;

/// `int vdprintf(int fd, const char *restrict fmt, va_list ap);`
///
/// # Safety
/// `fmt` matches `ap`.
///
/// # Errors
/// Those of `write(2)` (`EBADF`, `EPIPE`, `ENOSPC`...), or as `vsnprintf`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn vdprintf(fd: c_int, fmt: *const c_char, ap: *mut VaListRaw) -> c_int {
    let mut sink = Staged::new(Fd(fd));
    // SAFETY: forwarded caller contract.
    let r = unsafe { run_c(&mut sink, fmt, ap) };
    // A write error already set errno.
    if !sink.flush() {
        return -1;
    }
    c_result(r)
}
