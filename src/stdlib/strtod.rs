//! `strtof`, `strtod`, `strtold` and their C-locale `_l` forms (C17 7.22.1.3,
//! POSIX.1-2008 strtod_l; musl: src/stdlib/strtod.c).
use crate::abi::errno::{EINVAL, ERANGE};
use crate::abi::locale::locale_t;
use crate::abi::types::c_char;
use crate::arch::fpu::{sse_rounding, x87_rounding};
use crate::arch::longdouble::long_double_entry;
use crate::internal::floatscan::round::{Bits, F32, F64, F80, Format, Mode};
use crate::internal::floatscan::scan::scan;

/// Scans `s` in format `f`, storing the end pointer and errno as C requires.
///
/// # Safety
/// `s` is NUL-terminated; `end` is null or writable.
#[inline(always)]
pub(crate) unsafe fn convert(s: *const c_char, end: *mut *mut c_char, f: Format, rc: u32) -> Bits {
    // SAFETY: forwarded caller contract.
    let r = unsafe { scan(s.cast::<u8>(), f, Mode::from_bits(rc)) };
    if !end.is_null() {
        // SAFETY: `end` is writable; `len` bytes were read from the string.
        unsafe { *end = s.add(r.len).cast_mut() };
    }
    report(r.len, r.bits.range);
    r.bits
}

/// Sets `errno` for a conversion that used `len` characters: `EINVAL` when it used none
/// (POSIX "may fail", as musl does), `ERANGE` when the value was out of range. Shared by
/// the `strto*` and `wcsto*` floating-point functions.
pub(crate) fn report(len: usize, range: bool) {
    if len == 0 {
        crate::errno::set_errno(EINVAL);
    } else if range {
        crate::errno::set_errno(ERANGE);
    }
}

/// `double strtod(const char *restrict s, char **restrict end);`
///
/// # Safety
/// `s` is a NUL-terminated string; `end` is null or writable.
///
/// # Errors
/// `ERANGE` on overflow (±`HUGE_VAL`, or `DBL_MAX` in a directed rounding mode) and for
/// inexact subnormal or zero results; `EINVAL` when nothing could be converted
/// (`*end = s`, result 0).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strtod(s: *const c_char, end: *mut *mut c_char) -> f64 {
    // SAFETY: forwarded caller contract.
    unsafe { convert(s, end, F64, sse_rounding()) }.to_f64()
}

/// `float strtof(const char *restrict s, char **restrict end);`
///
/// # Safety
/// As [`strtod`].
///
/// # Errors
/// As [`strtod`], with `HUGE_VALF`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strtof(s: *const c_char, end: *mut *mut c_char) -> f32 {
    // SAFETY: forwarded caller contract.
    unsafe { convert(s, end, F32, sse_rounding()) }.to_f32()
}

/// The body of `strtold`: stores the 80-bit result at `out` (see
/// [`crate::arch::longdouble`]); rounding follows the x87 control word.
///
/// # Safety
/// As [`strtod`]; `out` is writable.
pub unsafe extern "C" fn strtold_body(s: *const c_char, end: *mut *mut c_char, out: *mut [u8; 16]) {
    // SAFETY: forwarded caller contract.
    let b = unsafe { convert(s, end, F80, x87_rounding()) };
    // SAFETY: `out` is the trampoline's 16-byte stack slot.
    unsafe { *out = b.to_f80() };
}

long_double_entry! {
    /// `long double strtold(const char *restrict s, char **restrict end);`
    ///
    /// # Safety
    /// As [`strtod`].
    ///
    /// # Errors
    /// As [`strtod`], with `HUGE_VALL`.
    strtold => strtold_body
}

long_double_entry! {
    /// `long double strtold_l(const char *restrict s, char **restrict end, locale_t l);`
    /// Every locale converts as the C locale.
    ///
    /// # Safety
    /// As [`strtod`].
    strtold_l => strtold_body
}

/// `double strtod_l(const char *restrict s, char **restrict end, locale_t l);`
///
/// # Safety
/// As [`strtod`].
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strtod_l(s: *const c_char, end: *mut *mut c_char, _l: locale_t) -> f64 {
    // SAFETY: forwarded caller contract.
    unsafe { convert(s, end, F64, sse_rounding()) }.to_f64()
}

/// `float strtof_l(const char *restrict s, char **restrict end, locale_t l);`
///
/// # Safety
/// As [`strtod`].
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strtof_l(s: *const c_char, end: *mut *mut c_char, _l: locale_t) -> f32 {
    // SAFETY: forwarded caller contract.
    unsafe { convert(s, end, F32, sse_rounding()) }.to_f32()
}
