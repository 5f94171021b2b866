//! `fcvt` (POSIX.1-2001, removed in 2008; musl: src/stdlib/fcvt.c).
use super::ecvt::{ecvt, format};
use crate::abi::types::{c_char, c_int};

static ZEROS: [u8; 16] = *b"000000000000000\0";

/// `char *fcvt(double x, int n, int *dp, int *sign);`
///
/// As [`ecvt`], but `n` counts digits after the decimal point (at most 1400).
///
/// # Safety
/// `dp` and `sign` are writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fcvt(x: f64, n: c_int, dp: *mut c_int, sign: *mut c_int) -> *mut c_char {
    let mut n = if n as u32 > 1400 { 1400 } else { n };
    let mut tmp = [0u8; 1500];
    let len = format(&mut tmp, x, b'f', n);
    let s = tmp.get(..len).unwrap_or(&[]);
    let neg = s.first() == Some(&b'-');
    let body = s.get(neg as usize..).unwrap_or(&[]);
    // Leading zeros after "0." count up; integer digits count down.
    let lz: c_int = if body.first() == Some(&b'0') {
        body.iter().skip(2).take_while(|&&c| c == b'0').count() as c_int
    } else {
        -(body.iter().take_while(|&&c| c != b'.').count() as c_int)
    };
    if n <= lz {
        if n > 14 {
            n = 14;
        }
        // SAFETY: the caller's pointers are writable.
        unsafe {
            *sign = neg as c_int;
            *dp = 1;
        }
        let start = (14 - n.max(0)) as usize;
        return ZEROS.get(start..).unwrap_or(&[]).as_ptr().cast_mut().cast();
    }
    // SAFETY: forwarded caller contract.
    unsafe { ecvt(x, n - lz, dp, sign) }
}
