//! `strtol`, `strtoul`, `strtoll`, `strtoull`, `strtoimax`, `strtoumax`
//! (C17 7.22.1.4, 7.8.2.3; musl: src/stdlib/strtol.c).
use super::intscan::{SIGNED, convert};
use crate::abi::stdint::{intmax_t, uintmax_t};
use crate::abi::types::{c_char, c_int, c_long, c_longlong, c_ulong, c_ulonglong};

/// `long strtol(const char *restrict s, char **restrict end, int base);`
///
/// # Safety
/// `s` is a NUL-terminated string; `end` is null or writable.
///
/// # Errors
/// `EINVAL` for a base other than 0 or 2..=36 or when no digits were found (`*end = s`);
/// `ERANGE` when the value does not fit (the result is `LONG_MIN` or `LONG_MAX`).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strtol(s: *const c_char, end: *mut *mut c_char, base: c_int) -> c_long {
    // SAFETY: forwarded caller contract.
    unsafe { convert(s, end, base, SIGNED) as c_long }
}

/// `unsigned long strtoul(const char *restrict s, char **restrict end, int base);`
///
/// A leading `-` negates the result in the unsigned type.
///
/// # Safety
/// As for `strtol`.
///
/// # Errors
/// As for `strtol`; out of range gives `ULONG_MAX`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strtoul(s: *const c_char, end: *mut *mut c_char, base: c_int) -> c_ulong {
    // SAFETY: forwarded caller contract.
    unsafe { convert(s, end, base, u64::MAX) }
}

/// `long long strtoll(const char *restrict s, char **restrict end, int base);`
///
/// # Safety
/// As for `strtol`.
///
/// # Errors
/// As for `strtol`, with `LLONG_MIN`/`LLONG_MAX`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strtoll(
    s: *const c_char,
    end: *mut *mut c_char,
    base: c_int,
) -> c_longlong {
    // SAFETY: forwarded caller contract.
    unsafe { convert(s, end, base, SIGNED) as c_longlong }
}

/// `unsigned long long strtoull(const char *restrict s, char **restrict end, int base);`
///
/// # Safety
/// As for `strtol`.
///
/// # Errors
/// As for `strtoul`, with `ULLONG_MAX`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strtoull(
    s: *const c_char,
    end: *mut *mut c_char,
    base: c_int,
) -> c_ulonglong {
    // SAFETY: forwarded caller contract.
    unsafe { convert(s, end, base, u64::MAX) }
}

/// `intmax_t strtoimax(const char *restrict s, char **restrict end, int base);`
///
/// # Safety
/// As for `strtol`.
///
/// # Errors
/// As for `strtol`, with `INTMAX_MIN`/`INTMAX_MAX`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strtoimax(
    s: *const c_char,
    end: *mut *mut c_char,
    base: c_int,
) -> intmax_t {
    // SAFETY: forwarded caller contract.
    unsafe { convert(s, end, base, SIGNED) as intmax_t }
}

/// `uintmax_t strtoumax(const char *restrict s, char **restrict end, int base);`
///
/// # Safety
/// As for `strtol`.
///
/// # Errors
/// As for `strtoul`, with `UINTMAX_MAX`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strtoumax(
    s: *const c_char,
    end: *mut *mut c_char,
    base: c_int,
) -> uintmax_t {
    // SAFETY: forwarded caller contract.
    unsafe { convert(s, end, base, u64::MAX) as uintmax_t }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::errno::{errno, set_errno};

    fn call(s: &[u8], base: c_int) -> (c_long, usize, c_int) {
        let mut end = core::ptr::null_mut();
        set_errno(0);
        // SAFETY: NUL-terminated test input.
        let v = unsafe { strtol(s.as_ptr().cast(), &mut end, base) };
        (v, end as usize - s.as_ptr() as usize, errno())
    }

    #[test]
    fn strtol_cases() {
        assert_eq!(call(b" \t\n-0x7fffffffffffffff!\0", 0), (-i64::MAX, 22, 0));
        assert_eq!(call(b"0x\0", 16), (0, 1, 0));
        assert_eq!(call(b"junk\0", 10), (0, 0, crate::abi::errno::EINVAL));
        assert_eq!(call(b"1\0", -1), (0, 0, crate::abi::errno::EINVAL));
        assert_eq!(
            call(b"1000000000000000000000\0", 10),
            (i64::MAX, 22, crate::abi::errno::ERANGE)
        );
    }

    #[test]
    fn strtoul_negates() {
        // SAFETY: NUL-terminated input, null end.
        let v = unsafe { strtoul(c"-1".as_ptr(), core::ptr::null_mut(), 10) };
        assert_eq!(v, u64::MAX);
    }
}
