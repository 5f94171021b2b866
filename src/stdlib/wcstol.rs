//! `wcstol`, `wcstoul`, `wcstoll`, `wcstoull`, `wcstoimax`, `wcstoumax`
//! (C17 7.29.4.1.2, 7.8.2.4; musl: src/stdlib/wcstol.c).
use super::intscan::{SIGNED, convert};
use crate::abi::stdint::{intmax_t, uintmax_t};
use crate::abi::types::{c_int, c_long, c_longlong, c_ulong, c_ulonglong, wchar_t};

/// `long wcstol(const wchar_t *restrict s, wchar_t **restrict end, int base);`
///
/// # Safety
/// `s` is a terminated wide string; `end` is null or writable.
///
/// # Errors
/// As for `strtol`: `EINVAL` (bad base, no digits), `ERANGE` (clamped result).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcstol(s: *const wchar_t, end: *mut *mut wchar_t, base: c_int) -> c_long {
    // SAFETY: forwarded caller contract.
    unsafe { convert(s, end, base, SIGNED) as c_long }
}

/// `unsigned long wcstoul(const wchar_t *restrict s, wchar_t **restrict end, int base);`
///
/// # Safety
/// As for `wcstol`.
///
/// # Errors
/// As for `strtoul`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcstoul(
    s: *const wchar_t,
    end: *mut *mut wchar_t,
    base: c_int,
) -> c_ulong {
    // SAFETY: forwarded caller contract.
    unsafe { convert(s, end, base, u64::MAX) }
}

/// `long long wcstoll(const wchar_t *restrict s, wchar_t **restrict end, int base);`
///
/// # Safety
/// As for `wcstol`.
///
/// # Errors
/// As for `strtoll`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcstoll(
    s: *const wchar_t,
    end: *mut *mut wchar_t,
    base: c_int,
) -> c_longlong {
    // SAFETY: forwarded caller contract.
    unsafe { convert(s, end, base, SIGNED) as c_longlong }
}

/// `unsigned long long wcstoull(const wchar_t *restrict s, wchar_t **restrict end, int base);`
///
/// # Safety
/// As for `wcstol`.
///
/// # Errors
/// As for `strtoull`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcstoull(
    s: *const wchar_t,
    end: *mut *mut wchar_t,
    base: c_int,
) -> c_ulonglong {
    // SAFETY: forwarded caller contract.
    unsafe { convert(s, end, base, u64::MAX) }
}

/// `intmax_t wcstoimax(const wchar_t *restrict s, wchar_t **restrict end, int base);`
///
/// # Safety
/// As for `wcstol`.
///
/// # Errors
/// As for `strtoimax`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcstoimax(
    s: *const wchar_t,
    end: *mut *mut wchar_t,
    base: c_int,
) -> intmax_t {
    // SAFETY: forwarded caller contract.
    unsafe { convert(s, end, base, SIGNED) as intmax_t }
}

/// `uintmax_t wcstoumax(const wchar_t *restrict s, wchar_t **restrict end, int base);`
///
/// # Safety
/// As for `wcstol`.
///
/// # Errors
/// As for `strtoumax`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcstoumax(
    s: *const wchar_t,
    end: *mut *mut wchar_t,
    base: c_int,
) -> uintmax_t {
    // SAFETY: forwarded caller contract.
    unsafe { convert(s, end, base, u64::MAX) as uintmax_t }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_spaces_and_non_ascii() {
        let s: [wchar_t; 6] = [0x3000, 0x2028, b'-' as i32, b'7' as i32, 0x661, 0];
        let mut end = core::ptr::null_mut();
        // SAFETY: terminated wide string.
        let v = unsafe { wcstol(s.as_ptr(), &mut end, 10) };
        assert_eq!((v, end as usize - s.as_ptr() as usize), (-7, 16));
        let s: [wchar_t; 3] = [0xa0, b'1' as i32, 0];
        // SAFETY: as above.
        let v = unsafe { wcstoul(s.as_ptr(), &mut end, 10) };
        assert_eq!((v, end as usize), (0, s.as_ptr() as usize));
    }
}
