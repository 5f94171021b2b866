//! `getenv` (C17 7.22.4.6; musl: src/env/getenv.c).
use crate::abi::types::c_char;
use crate::string::page_room;

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
    // while the prefix matched non-NUL bytes of `name`, one at a time or 16 at a time
    // when those lie in the page of the first (`stop16`).
    unsafe {
        if *s != c0 || *s.add(1) != c1 {
            return None;
        }
        if c1 == EQ {
            return Some(s.add(2) as *mut c_char);
        }
        let mut i = 2;
        loop {
            match stop16(name.add(i), s.add(i)) {
                // The 16 bytes match, none of them NUL or '='.
                Some(0) => {
                    i += 16;
                    continue;
                }
                // The first byte where `name` ends, has '=' or differs from `s`.
                Some(m) => i += m.trailing_zeros() as usize,
                // Near a page end: one byte.
                None => {}
            }
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

/// Where `name` and `s` both have 16 bytes left in their pages: a mask of those bytes
/// where `name` has a NUL or a '=', or differs from `s` (0: none); `None` when either
/// pointer is nearer its page end (then nothing is read). (The first of 42 variables, a
/// 9-byte name: 6.7 ns byte by byte, glibc 6.6.)
///
/// # Safety
/// `name` and `s` point into mapped memory.
#[inline(always)]
unsafe fn stop16(name: *const c_char, s: *const c_char) -> Option<u32> {
    use core::arch::x86_64::{
        _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
        _mm_setzero_si128,
    };
    if page_room(name.cast()) < 16 || page_room(s.cast()) < 16 {
        return None;
    }
    // SAFETY: 16 bytes from each pointer lie in its page, which holds its first byte;
    // SSE2 is part of x86_64.
    unsafe {
        let (x, y) = (_mm_loadu_si128(name.cast()), _mm_loadu_si128(s.cast()));
        let ends = _mm_or_si128(
            _mm_cmpeq_epi8(x, _mm_setzero_si128()),
            _mm_cmpeq_epi8(x, _mm_set1_epi8(b'=' as i8)),
        );
        let same = _mm_movemask_epi8(_mm_cmpeq_epi8(x, y)) as u32;
        Some(_mm_movemask_epi8(ends) as u32 | (!same & 0xffff))
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
    fn long_names_and_page_ends() {
        // Names of 1-40 bytes against entries that differ at each place, end early, or
        // hold the name with a '=' in it, placed at every distance from an unmapped page
        // (the 16-byte compares must stay out of it).
        use crate::string::testutil::Guarded;
        let (ge, gn) = (Guarded::new(), Guarded::new());
        let full: Vec<u8> = (0..40u8).map(|i| b'A' + i % 26).collect();
        for len in 1..=40 {
            let name = &full[..len];
            let mut wanted = name.to_vec();
            wanted.extend_from_slice(b"=val\0");
            let mut variants = vec![(wanted.clone(), true)];
            for k in 0..len {
                let mut v = wanted.clone();
                v[k] ^= 0x20;
                variants.push((v, false));
                let mut v = name[..k].to_vec();
                v.extend_from_slice(b"=x\0");
                variants.push((v, false));
            }
            let mut cname = name.to_vec();
            cname.push(0);
            for (entry, hit) in &variants {
                for pad in [0usize, 1, 5, 15, 16, 17, 31] {
                    let mut e = entry.clone();
                    e.extend(core::iter::repeat_n(b'q', pad));
                    let mut n = cname.clone();
                    n.extend(core::iter::repeat_n(b'r', 31 - pad));
                    let (pe, pn) = (ge.place(&e), gn.place(&n));
                    let env = [pe as *const c_char, core::ptr::null()];
                    // SAFETY: NUL-terminated strings and a NULL-terminated array.
                    let v = unsafe { find(env.as_ptr(), pn as *const c_char) };
                    if *hit {
                        // SAFETY: a match points into the entry.
                        let got = unsafe { core::ffi::CStr::from_ptr(v) };
                        assert_eq!(got.to_bytes(), b"val", "len {len} pad {pad}");
                    } else {
                        assert!(v.is_null(), "len {len} pad {pad} {:?}", entry);
                    }
                }
            }
            // A '=' in the name: never found, even where an entry spells it.
            for k in 1..len {
                let mut n = name.to_vec();
                n[k] = b'=';
                n.push(0);
                let mut e = n[..len].to_vec();
                e.extend_from_slice(b"=v\0");
                let (pe, pn) = (ge.place(&e), gn.place(&n));
                let env = [pe as *const c_char, core::ptr::null()];
                // SAFETY: as above.
                assert!(unsafe { find(env.as_ptr(), pn as *const c_char) }.is_null());
            }
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
