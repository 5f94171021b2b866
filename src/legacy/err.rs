//! `vwarn`, `vwarnx`, `verr`, `verrx` (BSD <err.h>; musl: src/legacy/err.c). The variadic
//! `warn`, `warnx`, `err`, `errx` are C shims in src/shim/err.c that call these.
use crate::abi::types::{c_char, c_int};
use crate::arch::va_list::VaListRaw;
use crate::stdio::file::{lock, stderr_file, unlock, write_bytes};
use crate::stdio::vfprintf::vfprintf::print_to;

/// Writes `progname: `, the formatted message when `fmt` is non-null, then (with
/// `errnum`) `: ` and its message, and a newline, in one locked operation on stderr.
///
/// # Safety
/// `fmt` null or a printf format whose conversions match `ap`.
unsafe fn report(fmt: *const c_char, ap: *mut VaListRaw, errnum: Option<c_int>) {
    let f = stderr_file();
    // SAFETY: stderr is static; the lock (recursive for this thread) brackets every write;
    // `__progname` is set at startup to a string that lives for the whole process.
    unsafe {
        let locked = lock(f);
        let name = *core::ptr::addr_of!(crate::env::__progname::__progname);
        if !name.is_null() {
            write_bytes(f, core::ffi::CStr::from_ptr(name).to_bytes());
        }
        write_bytes(f, b": ");
        if !fmt.is_null() {
            print_to(f, fmt, ap);
            if errnum.is_some() {
                write_bytes(f, b": ");
            }
        }
        if let Some(e) = errnum {
            write_bytes(f, crate::errno::__strerror::message(e).to_bytes());
        }
        write_bytes(f, b"\n");
        if locked {
            unlock(f);
        }
    }
}

/// `void vwarn(const char *fmt, va_list ap);`
///
/// Prints `progname: MESSAGE: strerror(errno)` (or `progname: strerror(errno)` when `fmt`
/// is null) and a newline to stderr.
///
/// # Safety
/// `fmt` null or a printf format whose conversions match `ap`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn vwarn(fmt: *const c_char, ap: *mut VaListRaw) {
    // Read errno before formatting can disturb it.
    let e = crate::errno::errno();
    // SAFETY: forwarded caller contract.
    unsafe { report(fmt, ap, Some(e)) }
}

/// `void vwarnx(const char *fmt, va_list ap);`
///
/// Prints `progname: MESSAGE` and a newline to stderr.
///
/// # Safety
/// `fmt` null or a printf format whose conversions match `ap`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn vwarnx(fmt: *const c_char, ap: *mut VaListRaw) {
    // SAFETY: forwarded caller contract.
    unsafe { report(fmt, ap, None) }
}

/// `_Noreturn void verr(int status, const char *fmt, va_list ap);` — `vwarn`, then
/// `exit(status)`.
///
/// # Safety
/// As `vwarn`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn verr(status: c_int, fmt: *const c_char, ap: *mut VaListRaw) -> ! {
    // SAFETY: forwarded caller contract.
    unsafe { vwarn(fmt, ap) };
    crate::exit::exit::exit(status)
}

/// `_Noreturn void verrx(int status, const char *fmt, va_list ap);` — `vwarnx`, then
/// `exit(status)`.
///
/// # Safety
/// As `vwarnx`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn verrx(status: c_int, fmt: *const c_char, ap: *mut VaListRaw) -> ! {
    // SAFETY: forwarded caller contract.
    unsafe { vwarnx(fmt, ap) };
    crate::exit::exit::exit(status)
}
