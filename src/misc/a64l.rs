//! `a64l`, `l64a`: radix-64 strings (POSIX; musl: src/misc/a64l.c).
use crate::abi::types::{c_char, c_long};
use core::cell::UnsafeCell;

const DIGITS: &[u8; 64] = b"./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// `long a64l(const char *s);`
///
/// Reads up to 6 radix-64 digits, least significant first, stopping at the first other
/// character; the 32-bit result is sign-extended.
///
/// # Safety
/// `s` is NUL-terminated.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn a64l(s: *const c_char) -> c_long {
    let mut x: u32 = 0;
    for k in 0..6 {
        // SAFETY: reading stops at the first non-digit, at the latest the NUL.
        let c = unsafe { *s.add(k) } as u8;
        let Some(d) = DIGITS.iter().position(|&b| b == c).filter(|_| c != 0) else {
            break;
        };
        x |= (d as u32) << (6 * k);
    }
    x as i32 as c_long
}

struct Buf(UnsafeCell<[u8; 7]>);
// SAFETY: l64a's result is a static buffer by specification; not thread-safe, as POSIX allows.
unsafe impl Sync for Buf {}
static BUF: Buf = Buf(UnsafeCell::new([0; 7]));

/// `char *l64a(long value);`
///
/// The low 32 bits of `value` as up to 6 radix-64 digits (empty for 0), in a static
/// buffer overwritten by the next call.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn l64a(value: c_long) -> *mut c_char {
    let p = BUF.0.get().cast::<u8>();
    let mut x = value as u32;
    let mut n = 0;
    while x != 0 {
        // SAFETY: at most 6 digits (32 bits / 6), then the terminator: 7 bytes.
        unsafe { *p.add(n) = DIGITS[(x & 63) as usize] };
        x >>= 6;
        n += 1;
    }
    // SAFETY: n <= 6.
    unsafe { *p.add(n) = 0 };
    p.cast()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        for v in [0i64, 1, 63, 64, 0x7fff_ffff, -1, 123456789, -2] {
            let s = l64a(v);
            // SAFETY: l64a returns a NUL-terminated buffer.
            assert_eq!(unsafe { a64l(s) }, v as i32 as i64);
        }
        // SAFETY: NUL-terminated literals.
        unsafe {
            assert_eq!(a64l(c"/".as_ptr()), 1);
            assert_eq!(a64l(c"z!".as_ptr()), 63);
            assert_eq!(a64l(c"".as_ptr()), 0);
        }
    }
}
