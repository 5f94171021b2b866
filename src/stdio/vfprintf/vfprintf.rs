//! `vfprintf` on a `FILE`: one lock per call, output staged and written through the
//! stream's buffer (C17 7.21.6.8; musl: src/stdio/vfprintf.c vfprintf).
use super::direct::Direct;
use super::engine::{c_result, run_c};
use super::sink::{FileDrain, Staged};
use crate::abi::types::{c_char, c_int};
use crate::arch::va_list::VaListRaw;
use crate::stdio::file::{F_ERR, File, lock, unlock};

/// Formats to `f` with its lock held; -1 (errno set) on a write error or bad format.
///
/// # Safety
/// `f` is a live stream; `fmt` matches `ap`.
pub unsafe fn print_to(f: *mut File, fmt: *const c_char, ap: *mut VaListRaw) -> c_int {
    if f.is_null() {
        crate::errno::set_errno(crate::abi::errno::EINVAL);
        return -1;
    }
    // SAFETY: `f` is a live stream (caller contract); we hold its lock until unlock.
    unsafe {
        let locked = lock(f);
        // As musl: judge this call's writes alone, then restore an earlier error.
        let old = (*f).flags & F_ERR;
        (*f).flags &= !F_ERR;
        let r = if Direct::suits(f) {
            let mut sink = Direct { f, failed: false };
            run_c(&mut sink, fmt, ap)
        } else {
            let mut sink = Staged::new(FileDrain(f));
            let r = run_c(&mut sink, fmt, ap);
            sink.flush();
            r
        };
        let ret = if (*f).flags & F_ERR != 0 {
            -1
        } else {
            c_result(r)
        };
        (*f).flags |= old;
        if locked {
            unlock(f);
        }
        ret
    }
}

/// `int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap);`
///
/// # Safety
/// `f` is a live stream; `fmt` matches `ap`.
///
/// # Errors
/// The stream's write errors (its error indicator is set too), or as `vsnprintf`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn vfprintf(f: *mut File, fmt: *const c_char, ap: *mut VaListRaw) -> c_int {
    // SAFETY: forwarded caller contract.
    unsafe { print_to(f, fmt, ap) }
}
