//! `getenv` (C17 7.22.4.6; musl: src/env/getenv.c).
use crate::abi::types::c_char;

/// Finds `name` in `env` and returns the value after its `=`, or null.
///
/// # Safety
/// `env` must be NULL or a NULL-terminated array of NUL-terminated strings; `name` must
/// be NUL-terminated.
pub unsafe fn find(env: *const *const c_char, name: *const c_char) -> *mut c_char {
    const EQ: c_char = b'=' as c_char;
    // SAFETY: all walks stop at the NUL terminators the caller guarantees; `name[1]` is
    // read only after `name[0]` was not NUL, `s[i]` only while `s[..i]` matched a
    // non-NUL prefix of `name`.
    unsafe {
        // No length scan up front (a call into the vector code costs more than the
        // whole lookup of a short name): the name is walked only against candidates.
        let c0 = *name;
        if c0 == 0 || c0 == EQ || env.is_null() {
            return core::ptr::null_mut();
        }
        // Most entries differ in their first two bytes; for a one-byte name the second
        // byte to match is the '='.
        let n1 = *name.add(1);
        if n1 == EQ {
            return core::ptr::null_mut();
        }
        let c1 = if n1 == 0 { EQ } else { n1 };
        let mut e = env;
        // The first entry on its own (variables set early in a process often come
        // first), then two entries per step.
        let s = *e;
        if s.is_null() {
            return core::ptr::null_mut();
        }
        if let Some(v) = entry(s, name, c0, c1) {
            return v;
        }
        e = e.add(1);
        loop {
            // Two entries per step with one branch for both first bytes: the common case
            // (neither matches) is a straight run of loads and compares.
            let s = *e;
            if s.is_null() {
                return core::ptr::null_mut();
            }
            let t = *e.add(1);
            if t.is_null() {
                if let Some(v) = entry(s, name, c0, c1) {
                    return v;
                }
                return core::ptr::null_mut();
            }
            if (*s == c0) | (*t == c0) {
                if let Some(v) = entry(s, name, c0, c1) {
                    return v;
                }
                if let Some(v) = entry(t, name, c0, c1) {
                    return v;
                }
            }
            e = e.add(2);
        }
    }
}

/// Matches the entry `s` against `name` (`c0`: its first byte; `c1`: its second byte, or
/// '=' for a one-byte name): `Some(value)` on a match, `Some(null)` when `name` turns out
/// to contain '=', `None` otherwise.
///
/// # Safety
/// `s` and `name` are NUL-terminated, `name` at least one byte long.
#[inline(always)]
unsafe fn entry(
    s: *const c_char,
    name: *const c_char,
    c0: c_char,
    c1: c_char,
) -> Option<*mut c_char> {
    const EQ: c_char = b'=' as c_char;
    // SAFETY: `s[1]` is read only after `s[0]` matched a non-NUL byte; later bytes only
    // while the prefix matched non-NUL bytes of `name`.
    unsafe {
        if *s != c0 || *s.add(1) != c1 {
            return None;
        }
        if c1 == EQ {
            return Some(s.add(2) as *mut c_char);
        }
        let mut i = 2;
        loop {
            let n = *name.add(i);
            if n == 0 {
                return (*s.add(i) == EQ).then(|| s.add(i + 1) as *mut c_char);
            }
            if n == EQ {
                // A name containing '=' is never in the environment.
                return Some(core::ptr::null_mut());
            }
            if *s.add(i) != n {
                return None;
            }
            i += 1;
        }
    }
}

/// `char *getenv(const char *name);`
///
/// # Safety
/// `name` must be a NUL-terminated string.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getenv(name: *const c_char) -> *mut c_char {
    // SAFETY: the environment is the NULL-terminated array set at startup or by setenv.
    unsafe { find(super::__environ::get() as *const *const c_char, name) }
}

#[cfg(test)]
mod tests {
    use super::find;
    use crate::abi::types::c_char;

    fn c(s: &[u8]) -> *const c_char {
        s.as_ptr() as *const c_char
    }

    #[test]
    fn finds_exact_names_only() {
        let env = [
            c(b"PATH=/bin\0"),
            c(b"PA=short\0"),
            c(b"EMPTY=\0"),
            c(b"NOEQ\0"),
            c(b"A=1\0"),
            c(b"\0"),
            core::ptr::null(),
        ];
        // SAFETY: NUL-terminated test strings and a NULL-terminated array.
        unsafe {
            let v = find(env.as_ptr(), c(b"PA\0"));
            assert_eq!(core::ffi::CStr::from_ptr(v).to_bytes(), b"short");
            let v = find(env.as_ptr(), c(b"PATH\0"));
            assert_eq!(core::ffi::CStr::from_ptr(v).to_bytes(), b"/bin");
            let v = find(env.as_ptr(), c(b"EMPTY\0"));
            assert_eq!(core::ffi::CStr::from_ptr(v).to_bytes(), b"");
            assert!(find(env.as_ptr(), c(b"NOEQ\0")).is_null());
            let v = find(env.as_ptr(), c(b"A\0"));
            assert_eq!(core::ffi::CStr::from_ptr(v).to_bytes(), b"1");
            assert!(find(env.as_ptr(), c(b"P\0")).is_null());
            assert!(find(env.as_ptr(), c(b"PATH=/bin\0")).is_null());
            assert!(find(env.as_ptr(), c(b"\0")).is_null());
            assert!(find(core::ptr::null(), c(b"X\0")).is_null());
            assert!(find(env.as_ptr(), c(b"PAT\0")).is_null());
            assert!(find(env.as_ptr(), c(b"=x\0")).is_null());
        }
    }

    #[test]
    fn names_with_an_equals_sign_are_absent() {
        let env = [c(b"AB=1=x\0"), c(b"A==y\0"), core::ptr::null()];
        // SAFETY: NUL-terminated test strings and a NULL-terminated array.
        unsafe {
            assert!(find(env.as_ptr(), c(b"AB=1\0")).is_null());
            assert!(find(env.as_ptr(), c(b"A=\0")).is_null());
            let v = find(env.as_ptr(), c(b"AB\0"));
            assert_eq!(core::ffi::CStr::from_ptr(v).to_bytes(), b"1=x");
            let v = find(env.as_ptr(), c(b"A\0"));
            assert_eq!(core::ffi::CStr::from_ptr(v).to_bytes(), b"=y");
        }
    }
}
