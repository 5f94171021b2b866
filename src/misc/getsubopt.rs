//! `getsubopt` (POSIX.1-2017 getsubopt(); musl: src/misc/getsubopt.c).
use crate::abi::types::{c_char, c_int};

/// `int getsubopt(char **optionp, char *const *keylistp, char **valuep);`
///
/// Splits the next comma-separated suboption off `*optionp` (the comma becomes NUL and
/// `*optionp` moves past it) and returns its index in the NULL-terminated `keylistp`;
/// `*valuep` is the text after `=` or NULL. An unknown suboption returns -1.
///
/// DIFF(glibc): on an unknown suboption `*valuep` is NULL as in musl (glibc points it at
/// the suboption); on an empty `*optionp` musl and rcc also set `*valuep` to NULL.
///
/// # Safety
/// `*optionp` is a writable NUL-terminated string; `keylistp` a NULL-terminated array of
/// strings; `valuep` writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getsubopt(
    optionp: *mut *mut c_char,
    keylistp: *const *const c_char,
    valuep: *mut *mut c_char,
) -> c_int {
    // SAFETY: every walk stops at the NUL terminators the caller guarantees.
    unsafe {
        let s = *optionp;
        *valuep = core::ptr::null_mut();
        let mut end = s;
        while *end != 0 && *end != b',' as c_char {
            end = end.add(1);
        }
        if *end != 0 {
            *end = 0;
            *optionp = end.add(1);
        } else {
            *optionp = end;
        }
        let mut i = 0;
        loop {
            let key = *keylistp.add(i);
            if key.is_null() {
                return -1;
            }
            let mut l = 0;
            while *key.add(l) != 0 && *key.add(l) == *s.add(l) {
                l += 1;
            }
            if *key.add(l) == 0 {
                if *s.add(l) == b'=' as c_char {
                    *valuep = s.add(l + 1);
                    return i as c_int;
                }
                if *s.add(l) == 0 {
                    return i as c_int;
                }
            }
            i += 1;
        }
    }
}
