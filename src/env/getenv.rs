//! `getenv` (C17 7.22.4.6; musl: src/env/getenv.c).
use crate::abi::types::c_char;

/// Finds `name` in `env` and returns the value after its `=`, or null.
///
/// # Safety
/// `env` must be NULL or a NULL-terminated array of NUL-terminated strings; `name` must
/// be NUL-terminated.
pub unsafe fn find(env: *const *const c_char, name: *const c_char) -> *mut c_char {
    // SAFETY: all walks stop at the NUL terminators the caller guarantees.
    unsafe {
        // One vector scan for the end of the name or an '=' (a name with '=' is absent).
        let end = crate::string::strchrnul::find_byte_or_nul(name as *const u8, b'=');
        if *end != 0 {
            return core::ptr::null_mut();
        }
        let len = end as usize - name as usize;
        if len == 0 || env.is_null() {
            return core::ptr::null_mut();
        }
        // Most entries differ in their first byte: test it (and the second, readable
        // once the first matched a non-NUL byte) before the full comparison.
        let c0 = *name;
        // For a one-byte name the second byte to match is the '='.
        let c1 = if len == 1 {
            b'=' as c_char
        } else {
            *name.add(1)
        };
        let mut e = env;
        while !(*e).is_null() {
            let s = *e;
            if *s == c0 && *s.add(1) == c1 {
                let mut i = 2;
                while i < len && *s.add(i) == *name.add(i) {
                    i += 1;
                }
                if i >= len && *s.add(len) == b'=' as c_char {
                    return s.add(len + 1) as *mut c_char;
                }
            }
            e = e.add(1);
        }
        core::ptr::null_mut()
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
        }
    }
}
