//! `wcstok` (C17 7.29.4.5.8; musl: src/string/wcstok.c).
use crate::abi::types::wchar_t;
use crate::string::{wcscspn::wcscspn, wcsspn::wcsspn};

/// `wchar_t *wcstok(wchar_t *restrict s, const wchar_t *restrict sep, wchar_t **restrict p);`
///
/// The next token of `s` (or, when `s` is null, of the string saved in `*p`).
///
/// # Safety
/// `sep` is a wide string; `p` is valid; `s`, or `*p` when `s` is null, is null or a
/// writable wide string.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcstok(
    s: *mut wchar_t,
    sep: *const wchar_t,
    p: *mut *mut wchar_t,
) -> *mut wchar_t {
    // SAFETY: forwarded caller contract; every pointer stays within the string.
    unsafe {
        let mut s = if s.is_null() { *p } else { s };
        if s.is_null() {
            return s;
        }
        s = s.add(wcsspn(s, sep));
        if *s == 0 {
            *p = core::ptr::null_mut();
            return core::ptr::null_mut();
        }
        let e = s.add(wcscspn(s, sep));
        if *e != 0 {
            *e = 0;
            *p = e.add(1);
        } else {
            *p = core::ptr::null_mut();
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens() {
        let mut s = [32, 1, 2, 32, 32, 3, 0];
        let sep = [32, 0];
        let mut save = core::ptr::null_mut();
        // SAFETY: terminated, writable arrays.
        unsafe {
            let t = wcstok(s.as_mut_ptr(), sep.as_ptr(), &mut save);
            assert_eq!(*t, 1);
            let t = wcstok(core::ptr::null_mut(), sep.as_ptr(), &mut save);
            assert_eq!(*t, 3);
            assert!(wcstok(core::ptr::null_mut(), sep.as_ptr(), &mut save).is_null());
            assert!(wcstok(core::ptr::null_mut(), sep.as_ptr(), &mut save).is_null());
        }
    }
}
