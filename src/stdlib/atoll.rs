//! `atoll` and the decimal parser behind `atoi`/`atol` (C17 7.22.1.2; musl: src/stdlib/atoll.c).
use crate::abi::types::{c_char, c_longlong};

/// Parses like `atoll`, wrapping on overflow.
///
/// # Safety
/// `s` is a NUL-terminated string.
pub unsafe fn parse(s: *const c_char) -> i64 {
    let mut p = s.cast::<u8>();
    // SAFETY: each read stops at the first byte that is not a space, sign or digit,
    // which is at the latest the NUL.
    unsafe {
        while super::intscan::is_c_space(*p as u32) {
            p = p.add(1);
        }
        let neg = *p == b'-';
        if *p == b'-' || *p == b'+' {
            p = p.add(1);
        }
        // Accumulate negatively so that the most negative value needs no wrap.
        let mut n: i64 = 0;
        while (*p).is_ascii_digit() {
            n = n.wrapping_mul(10).wrapping_sub((*p - b'0') as i64);
            p = p.add(1);
        }
        if neg { n } else { n.wrapping_neg() }
    }
}

/// `long long atoll(const char *s);`
///
/// # Safety
/// `s` is a NUL-terminated string.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn atoll(s: *const c_char) -> c_longlong {
    // SAFETY: forwarded caller contract.
    unsafe { parse(s) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        // SAFETY: NUL-terminated inputs.
        unsafe {
            assert_eq!(parse(c" \n+42z".as_ptr()), 42);
            assert_eq!(parse(c"-9223372036854775808".as_ptr()), i64::MIN);
            assert_eq!(parse(c"- 1".as_ptr()), 0);
            assert_eq!(parse(c"".as_ptr()), 0);
            assert_eq!(super::super::atoi::atoi(c"-2147483648".as_ptr()), i32::MIN);
        }
    }
}
