//! `wcstof`, `wcstod`, `wcstold` (C17 7.29.4.1.1; musl: src/stdlib/wcstod.c): the
//! `strtod` engine read through `wchar_t`s, after wide white space.
use super::intscan::is_wide_space;
use crate::abi::types::wchar_t;
use crate::arch::fpu::{sse_rounding, x87_rounding};
use crate::arch::longdouble::long_double_entry;
use crate::internal::floatscan::round::{Bits, F32, F64, F80, Format, Mode};
use crate::internal::floatscan::scan::scan;

/// Skips `iswspace` characters, scans in format `f` and stores the end pointer (in wide
/// characters) and errno as C requires.
///
/// # Safety
/// `s` is a terminated wide string; `end` is null or writable.
#[inline(always)]
unsafe fn convert(s: *const wchar_t, end: *mut *mut wchar_t, f: Format, rc: u32) -> Bits {
    let mut lead = 0;
    // SAFETY: the string is terminated and L'\0' is not a space, so no read passes it.
    while is_wide_space(unsafe { *s.add(lead) } as u32) {
        lead += 1;
    }
    // SAFETY: `s + lead` is still inside the terminated string.
    let r = unsafe { scan(s.add(lead), f, Mode::from_bits(rc)) };
    let used = if r.len == 0 { 0 } else { lead + r.len };
    if !end.is_null() {
        // SAFETY: `end` is writable; `used` characters lie inside the string.
        unsafe { *end = s.add(used).cast_mut() };
    }
    super::strtod::report(r.len, r.bits.range);
    r.bits
}

/// `double wcstod(const wchar_t *restrict s, wchar_t **restrict end);`
///
/// As `strtod`; leading white space is anything `iswspace` accepts, and characters
/// outside ASCII end the subject sequence.
///
/// # Safety
/// `s` is a terminated wide string; `end` is null or writable.
///
/// # Errors
/// As `strtod`: `ERANGE` on overflow and inexact underflow, `EINVAL` when nothing was
/// converted (`*end = s`, result 0).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcstod(s: *const wchar_t, end: *mut *mut wchar_t) -> f64 {
    // SAFETY: forwarded caller contract.
    unsafe { convert(s, end, F64, sse_rounding()) }.to_f64()
}

/// `float wcstof(const wchar_t *restrict s, wchar_t **restrict end);`
///
/// # Safety
/// As [`wcstod`].
///
/// # Errors
/// As [`wcstod`], with `HUGE_VALF`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcstof(s: *const wchar_t, end: *mut *mut wchar_t) -> f32 {
    // SAFETY: forwarded caller contract.
    unsafe { convert(s, end, F32, sse_rounding()) }.to_f32()
}

/// The body of `wcstold`: stores the 80-bit result at `out` (see
/// [`crate::arch::longdouble`]); rounding follows the x87 control word.
///
/// # Safety
/// As [`wcstod`]; `out` is writable.
pub unsafe extern "C" fn wcstold_body(
    s: *const wchar_t,
    end: *mut *mut wchar_t,
    out: *mut [u8; 16],
) {
    // SAFETY: forwarded caller contract.
    let b = unsafe { convert(s, end, F80, x87_rounding()) };
    // SAFETY: `out` is the trampoline's 16-byte stack slot.
    unsafe { *out = b.to_f80() };
}

long_double_entry! {
    /// `long double wcstold(const wchar_t *restrict s, wchar_t **restrict end);`
    ///
    /// # Safety
    /// As [`wcstod`].
    ///
    /// # Errors
    /// As [`wcstod`], with `HUGE_VALL`.
    wcstold => wcstold_body
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::errno::{EINVAL, ERANGE};
    use crate::errno::{errno, set_errno};

    fn wide(s: &str) -> [wchar_t; 64] {
        let mut w = [0; 64];
        for (d, c) in w.iter_mut().zip(s.chars()) {
            *d = c as wchar_t;
        }
        w
    }

    fn call(s: &str) -> (f64, usize, i32) {
        let w = wide(s);
        let mut end = core::ptr::null_mut();
        set_errno(0);
        // SAFETY: terminated wide string.
        let v = unsafe { wcstod(w.as_ptr(), &mut end) };
        (v, (end as usize - w.as_ptr() as usize) / 4, errno())
    }

    #[test]
    fn wide_forms() {
        assert_eq!(call("\u{3000} 0x1.8p1z"), (3.0, 9, 0));
        assert_eq!(call("-inFinity"), (f64::NEG_INFINITY, 9, 0));
        assert_eq!(call("1e999"), (f64::INFINITY, 5, ERANGE));
        assert_eq!(call("  \u{a0}1"), (0.0, 0, EINVAL));
        assert_eq!(call("12\u{661}"), (12.0, 2, 0));
        assert_eq!(call("0.1").0, 0.1);
        assert!(call("nan(x1)").0.is_nan() && call("nan(x1)").1 == 7);
    }

    #[test]
    fn float_rounding() {
        let w = wide("16777217");
        // SAFETY: terminated wide string, null end.
        let v = unsafe { wcstof(w.as_ptr(), core::ptr::null_mut()) };
        assert_eq!(v, 16777216.0);
    }
}
