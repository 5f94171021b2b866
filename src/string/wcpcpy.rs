//! `wcpcpy` (POSIX.1-2008; musl: src/string/wcpcpy.c).
use crate::abi::types::wchar_t;

/// `wchar_t *wcpcpy(wchar_t *restrict d, const wchar_t *restrict s);`
///
/// Copies `s` with its terminator; returns the address of the terminator in `d`.
///
/// # Safety
/// `s` is a wide string; `d` has room for it and its terminator; they don't overlap.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcpcpy(d: *mut wchar_t, s: *const wchar_t) -> *mut wchar_t {
    let mut i = 0;
    loop {
        // SAFETY: `s` readable up to its terminator; `d` has room for as many elements.
        unsafe {
            let c = *s.add(i);
            *d.add(i) = c;
            if c == 0 {
                return d.add(i);
            }
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies() {
        let s = [7, 8, 0];
        let mut d = [9; 5];
        // SAFETY: `d` has room.
        let e = unsafe { wcpcpy(d.as_mut_ptr(), s.as_ptr()) };
        assert_eq!(d, [7, 8, 0, 9, 9]);
        assert_eq!(e as usize - d.as_ptr() as usize, 8);
    }
}
