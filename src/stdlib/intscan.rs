//! The integer scanner shared by the `strto*` and `wcsto*` integer conversions
//! (C17 7.22.1.4, 7.29.4.1.2; musl: src/internal/intscan.c).
use crate::abi::errno::{EINVAL, ERANGE};
use crate::abi::types::{c_char, c_int, wchar_t};

/// What one scan found: the value as the caller's type sees it, the number of characters
/// the conversion used (0 when there was none: `endptr` must then be `nptr`), and the
/// errno to report, if any.
pub struct Scanned {
    pub value: u64,
    pub used: usize,
    pub errno: Option<c_int>,
}

/// `lim` for a signed 64-bit type: `0 - MIN`.
pub const SIGNED: u64 = 1 << 63;

/// `isspace` in the C locale.
#[inline]
pub fn is_c_space(c: u32) -> bool {
    c == b' ' as u32 || (9..=13).contains(&c)
}

/// `iswspace` as musl defines it in every locale: Unicode White_Space minus the
/// no-break spaces and U+1680.
#[inline]
pub fn is_wide_space(c: u32) -> bool {
    is_c_space(c)
        || matches!(c, 0x85 | 0x2000..=0x2006 | 0x2008..=0x200a | 0x2028 | 0x2029 | 0x205f | 0x3000)
}

/// A character type of the C string conversions: `char` for `strto*`, `wchar_t` for
/// `wcsto*`. Characters outside ASCII are never digits or signs.
pub trait Unit: Copy {
    /// The character's code.
    fn code(self) -> u32;
    /// Whether `c` is leading white space for this type's conversions.
    fn is_space(c: u32) -> bool;
}

impl Unit for c_char {
    #[inline(always)]
    fn code(self) -> u32 {
        self as u8 as u32
    }
    #[inline(always)]
    fn is_space(c: u32) -> bool {
        is_c_space(c)
    }
}

impl Unit for wchar_t {
    #[inline(always)]
    fn code(self) -> u32 {
        self as u32
    }
    #[inline(always)]
    fn is_space(c: u32) -> bool {
        is_wide_space(c)
    }
}

/// Converts the string `s` with `lim` (see [`scan`]), storing the end pointer and errno
/// as `strtol`/`wcstol` must.
///
/// # Safety
/// `s` is a terminated string; `end` is null or writable.
#[inline(always)]
pub unsafe fn convert<C: Unit>(s: *const C, end: *mut *mut C, base: c_int, lim: u64) -> u64 {
    // SAFETY: `scan` reads only up to the first rejected character, at most the 0.
    let r = scan(|i| unsafe { *s.add(i) }.code(), C::is_space, base, lim);
    if !end.is_null() {
        // SAFETY: `end` is writable; `used` characters lie inside the string.
        unsafe { *end = s.add(r.used).cast_mut() };
    }
    if let Some(e) = r.errno {
        crate::errno::set_errno(e);
    }
    r.value
}

/// The value of `c` as a digit in bases up to 36, or 255.
#[inline]
fn digit(c: u32) -> u32 {
    match c {
        0x30..=0x39 => c - 0x30,
        0x41..=0x5a => c - 0x41 + 10,
        0x61..=0x7a => c - 0x61 + 10,
        _ => 255,
    }
}

/// Scans an integer from the characters `at(0), at(1), ...` (the string ends at a 0).
///
/// `lim` selects the type, as in musl: `0 - MIN` for a signed type (an even number), `MAX`
/// for an unsigned one (odd). Results outside the type clamp to `MIN`/`MAX` with `ERANGE`;
/// a negated unsigned result wraps as C requires. A bad base gives `EINVAL` and 0; no
/// digits gives `EINVAL` (musl's choice, which POSIX allows) and 0.
///
/// `at` is called only for indices up to and including the first character the scan
/// rejects, so it never reads past the terminating 0.
#[inline(always)]
pub fn scan(
    at: impl Fn(usize) -> u32,
    space: impl Fn(u32) -> bool,
    base: c_int,
    lim: u64,
) -> Scanned {
    let fail = |e| Scanned {
        value: 0,
        used: 0,
        errno: e,
    };
    if !(0..=36).contains(&base) || base == 1 {
        return fail(Some(EINVAL));
    }
    let mut base = base as u32;
    let mut i = 0;
    while space(at(i)) {
        i += 1;
    }
    let mut neg = false;
    let c = at(i);
    if c == b'-' as u32 || c == b'+' as u32 {
        neg = c == b'-' as u32;
        i += 1;
    }
    if (base == 0 || base == 16) && at(i) == b'0' as u32 {
        i += 1;
        if at(i) | 32 == b'x' as u32 {
            if digit(at(i + 1)) >= 16 {
                // "0x" with no hex digit: the conversion is just the "0".
                return Scanned {
                    value: 0,
                    used: i,
                    errno: None,
                };
            }
            i += 1;
            base = 16;
        } else if base == 0 {
            base = 8;
        }
    } else {
        if base == 0 {
            base = 10;
        }
        if digit(at(i)) >= base {
            return fail(Some(EINVAL));
        }
    }
    let mut y: u64 = 0;
    let mut overflow = false;
    loop {
        let d = digit(at(i));
        if d >= base {
            break;
        }
        i += 1;
        match y
            .checked_mul(base as u64)
            .and_then(|v| v.checked_add(d as u64))
        {
            Some(v) => y = v,
            None => overflow = true,
        }
    }
    if overflow {
        y = lim;
        if lim & 1 == 1 {
            neg = false;
        }
    }
    let range = Scanned {
        value: 0,
        used: i,
        errno: Some(ERANGE),
    };
    if y >= lim {
        if lim & 1 == 0 && !neg {
            return Scanned {
                value: lim - 1,
                ..range
            };
        }
        if y > lim {
            return Scanned {
                value: lim,
                ..range
            };
        }
    }
    let value = if neg { y.wrapping_neg() } else { y };
    Scanned {
        value,
        used: i,
        errno: overflow.then_some(ERANGE),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(s: &str, base: c_int, lim: u64) -> (u64, usize, Option<c_int>) {
        let b = s.as_bytes();
        let r = scan(
            |i| b.get(i).copied().unwrap_or(0) as u32,
            is_c_space,
            base,
            lim,
        );
        (r.value, r.used, r.errno)
    }
    const L: u64 = 1 << 63;
    const U: u64 = u64::MAX;

    #[test]
    fn edges() {
        assert_eq!(run("  -12x", 10, L), ((-12i64) as u64, 5, None));
        assert_eq!(run("0x", 0, L), (0, 1, None));
        assert_eq!(run("0xg", 16, L), (0, 1, None));
        assert_eq!(run("0x1f", 0, L), (31, 4, None));
        assert_eq!(run("017", 0, L), (15, 3, None));
        assert_eq!(run("09", 0, L), (0, 1, None));
        assert_eq!(run("  +", 10, L), (0, 0, Some(EINVAL)));
        assert_eq!(run("1", 1, L), (0, 0, Some(EINVAL)));
        assert_eq!(run("1", 37, L), (0, 0, Some(EINVAL)));
        assert_eq!(run("zz", 36, L), (35 * 36 + 35, 2, None));
        assert_eq!(run("9223372036854775807", 10, L), (L - 1, 19, None));
        assert_eq!(run("9223372036854775808", 10, L), (L - 1, 19, Some(ERANGE)));
        assert_eq!(run("-9223372036854775808", 10, L), (L, 20, None));
        assert_eq!(run("-9223372036854775809", 10, L), (L, 20, Some(ERANGE)));
        assert_eq!(
            run("-99999999999999999999999", 10, L),
            (L, 24, Some(ERANGE))
        );
        assert_eq!(run("-1", 10, U), (U, 2, None));
        assert_eq!(run("18446744073709551615", 10, U), (U, 20, None));
        assert_eq!(run("18446744073709551616", 10, U), (U, 20, Some(ERANGE)));
        assert_eq!(run("-18446744073709551615", 10, U), (1, 21, None));
        assert_eq!(run("-18446744073709551616", 10, U), (U, 21, Some(ERANGE)));
    }
}
