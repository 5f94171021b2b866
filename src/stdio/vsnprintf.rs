//! `vsnprintf` (C17 7.21.6.12; musl: src/stdio/vsnprintf.c). `snprintf` itself is the
//! variadic C shim in src/shim/printf.c.
use super::vfprintf::engine::{c_result, run_c};
use super::vfprintf::sink::BufSink;
use crate::abi::types::{c_char, c_int, size_t};
use crate::arch::va_list::VaListRaw;

/// Formats into `s[..n]`: at most `n - 1` bytes and a NUL when `n > 0`.
///
/// # Safety
/// `s` is writable for `n` bytes (may be null when `n == 0`).
pub unsafe fn format_into(
    s: *mut c_char,
    n: size_t,
    fmt: *const c_char,
    ap: *mut VaListRaw,
) -> c_int {
    let mut dummy = 0u8;
    let (buf, cap) = if n == 0 {
        (&raw mut dummy, 0)
    } else {
        (s.cast::<u8>(), n - 1)
    };
    let mut sink = BufSink { buf, cap, len: 0 };
    // SAFETY: forwarded caller contract.
    let r = unsafe { run_c(&mut sink, fmt, ap) };
    if n > 0 {
        // SAFETY: `len <= cap = n - 1`, inside the caller's buffer.
        unsafe { *buf.add(sink.len) = 0 };
    }
    c_result(r)
}

/// `int vsnprintf(char *restrict s, size_t n, const char *restrict fmt, va_list ap);`
///
/// Returns the length the whole output would have had.
///
/// # Safety
/// `s` is writable for `n` bytes (or `n` is 0); `fmt` is a format whose conversions
/// match the arguments in `ap`.
///
/// # Errors
/// `EINVAL` for an invalid format, `EOVERFLOW` if the length would exceed `INT_MAX`,
/// `EILSEQ` for an unconvertible wide character.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn vsnprintf(
    s: *mut c_char,
    n: size_t,
    fmt: *const c_char,
    ap: *mut VaListRaw,
) -> c_int {
    // SAFETY: forwarded caller contract.
    unsafe { format_into(s, n, fmt, ap) }
}
