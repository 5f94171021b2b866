//! `vasprintf` (GNU, POSIX.1-2024; musl: src/stdio/vasprintf.c). `asprintf` is in
//! src/shim/printf.c.
use super::vfprintf::engine::{c_result, run_c};
use super::vfprintf::sink::AllocSink;
use crate::abi::errno::ENOMEM;
use crate::abi::types::{c_char, c_int};
use crate::arch::va_list::VaListRaw;

/// `int vasprintf(char **strp, const char *fmt, va_list ap);`
///
/// Stores a `malloc`'d string (free it with `free`) at `*strp`.
///
/// # Safety
/// `strp` is writable; `fmt` matches `ap`.
///
/// # Errors
/// `ENOMEM`, or as `vsnprintf`; `*strp` is left unchanged on failure.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn vasprintf(
    strp: *mut *mut c_char,
    fmt: *const c_char,
    ap: *mut VaListRaw,
) -> c_int {
    let mut sink = AllocSink::new();
    // SAFETY: forwarded caller contract.
    let r = unsafe { run_c(&mut sink, fmt, ap) };
    let failed = sink.failed;
    let buf = sink.finish();
    match (r, buf) {
        (Ok(n), Some(p)) if !failed => {
            // SAFETY: `strp` is writable (caller contract).
            unsafe { *strp = p.cast() };
            n as c_int
        }
        (r, p) => {
            if let Some(p) = p {
                // SAFETY: our own allocation, not handed out.
                unsafe { crate::malloc::libc::free(p.cast()) };
            }
            c_result(r.and(Err(ENOMEM)))
        }
    }
}
