//! `wcsstr` (C17 7.29.4.5.7; musl: src/string/wcsstr.c). A simple quadratic scan that stops
//! early when the haystack runs out; musl uses two-way, with the same results.
use crate::abi::types::wchar_t;

/// `wchar_t *wcsstr(const wchar_t *restrict h, const wchar_t *restrict n);`
///
/// # Safety
/// `h` and `n` are wide strings.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcsstr(h: *const wchar_t, n: *const wchar_t) -> *mut wchar_t {
    // SAFETY: all reads stop at a terminator of `h` or `n`.
    unsafe {
        if *n == 0 {
            return h.cast_mut();
        }
        let mut p = h;
        while *p != 0 {
            let mut i = 0;
            loop {
                let c = *n.add(i);
                if c == 0 {
                    return p.cast_mut();
                }
                let d = *p.add(i);
                if d == 0 {
                    return core::ptr::null_mut();
                }
                if c != d {
                    break;
                }
                i += 1;
            }
            p = p.add(1);
        }
    }
    core::ptr::null_mut()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds() {
        let h = [1, 2, 1, 2, 3, 0];
        let n = [1, 2, 3, 0];
        let m = [2, 4, 0];
        // SAFETY: terminated arrays.
        unsafe {
            assert_eq!(
                wcsstr(h.as_ptr(), n.as_ptr()) as usize,
                h.as_ptr().add(2) as usize
            );
            assert!(wcsstr(h.as_ptr(), m.as_ptr()).is_null());
            assert_eq!(
                wcsstr(h.as_ptr(), n.as_ptr().add(3)) as usize,
                h.as_ptr() as usize
            );
        }
    }
}
