//! `strsep` (BSD; musl: src/string/strsep.c).
use crate::abi::types::c_char;
use crate::string::strcspn::span_without;

/// `char *strsep(char **stringp, const char *delim);`
///
/// Returns `*stringp` and cuts it at the first byte from `delim` (overwritten with NUL),
/// leaving `*stringp` just after it, or null when no delimiter was left. Returns null when
/// `*stringp` is null. Adjacent delimiters give empty fields.
///
/// # Safety
/// `stringp` is valid; `*stringp` is null or a writable NUL-terminated string; `delim` is
/// a NUL-terminated string.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strsep(stringp: *mut *mut c_char, delim: *const c_char) -> *mut c_char {
    // SAFETY: caller contract; the cut lies inside the string.
    unsafe {
        let s = *stringp;
        if s.is_null() {
            return s;
        }
        let end = s.add(span_without(s.cast(), delim.cast()));
        if *end == 0 {
            *stringp = core::ptr::null_mut();
        } else {
            *end = 0;
            *stringp = end.add(1);
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_fields() {
        let mut buf = *b"a,,b\0";
        let mut p = buf.as_mut_ptr().cast::<c_char>();
        let mut fields = Vec::new();
        loop {
            // SAFETY: `p` walks the writable buffer.
            let f = unsafe { strsep(&mut p, c",".as_ptr()) };
            if f.is_null() {
                break;
            }
            // SAFETY: each field is a NUL-terminated piece of the buffer.
            fields.push(unsafe { core::ffi::CStr::from_ptr(f) }.to_bytes().to_vec());
        }
        assert_eq!(fields, [b"a".to_vec(), vec![], b"b".to_vec()]);
    }
}
