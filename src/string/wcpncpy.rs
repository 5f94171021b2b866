//! `wcpncpy` (POSIX.1-2008; musl: src/string/wcpncpy.c).
use crate::abi::types::{size_t, wchar_t};

/// `wchar_t *wcpncpy(wchar_t *restrict d, const wchar_t *restrict s, size_t n);`
///
/// Copies at most `n` characters of `s`, pads `d` to `n` with L'\0'; returns the address of
/// the first terminator written (or `d + n`).
///
/// # Safety
/// `s` readable up to its terminator or `n` elements; `d` writable for `n` elements.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcpncpy(d: *mut wchar_t, s: *const wchar_t, n: size_t) -> *mut wchar_t {
    let mut i = 0;
    // SAFETY: reads stop at the terminator or `n`; writes stay below `n`.
    unsafe {
        while i < n && *s.add(i) != 0 {
            *d.add(i) = *s.add(i);
            i += 1;
        }
        let end = d.add(i);
        while i < n {
            *d.add(i) = 0;
            i += 1;
        }
        end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pads_and_truncates() {
        let s = [1, 2, 0];
        let mut d = [9; 5];
        // SAFETY: `d` has 5 elements.
        let e = unsafe { wcpncpy(d.as_mut_ptr(), s.as_ptr(), 4) };
        assert_eq!(d, [1, 2, 0, 0, 9]);
        assert_eq!(e as usize - d.as_ptr() as usize, 8);
        // SAFETY: as above.
        let e = unsafe { wcpncpy(d.as_mut_ptr(), s.as_ptr(), 1) };
        assert_eq!(e as usize - d.as_ptr() as usize, 4);
    }
}
