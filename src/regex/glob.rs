//! `glob`, `globfree` (POSIX.1-2008 glob.h; musl: src/regex/glob.c): path name expansion,
//! results sorted with `strcmp`. The walk itself is in `glob_walk.rs`.
use super::glob_walk::{ErrFunc, Matches, PATH_MAX, Walk, expand};
use crate::abi::glob::*;
use crate::abi::types::{c_char, c_int, c_void};
use crate::malloc::libc::{free, realloc};

/// Replaces a leading `~` (`$HOME`, else the user's home directory) or `~user` with the
/// home directory: writes it (and the `/` after the name) to `buf`, and returns its length
/// and the rest of the pattern.
fn expand_tilde<'a>(pat: &'a [u8], buf: &mut [u8; PATH_MAX]) -> Result<(usize, &'a [u8]), c_int> {
    let end = pat.iter().position(|&b| b == b'/').unwrap_or(pat.len());
    let user = &pat[1..end];
    let rest = pat.get(end + 1..).unwrap_or(b"");
    // SAFETY: a NUL-terminated variable name.
    let mut home = if user.is_empty() {
        unsafe { crate::env::getenv::getenv(c"HOME".as_ptr()) }
    } else {
        core::ptr::null_mut()
    };
    // SAFETY: all-zero is a valid `struct passwd` (null pointers and zero ids).
    let mut pw: crate::abi::pwd::passwd = unsafe { core::mem::zeroed() };
    let mut scratch = [0 as c_char; 1024];
    let mut name = [0 as c_char; 256];
    if home.is_null() {
        let mut res = core::ptr::null_mut();
        let (s, n) = (scratch.as_mut_ptr(), scratch.len());
        // SAFETY: `name` is NUL-terminated below; the other pointers are writable buffers.
        let r = unsafe {
            if user.is_empty() {
                let uid = crate::unistd::getuid::getuid();
                crate::passwd::getpw_r::getpwuid_r(uid, &mut pw, s, n, &mut res)
            } else {
                if user.len() >= name.len() {
                    return Err(GLOB_NOMATCH);
                }
                for (d, &b) in name.iter_mut().zip(user) {
                    *d = b as c_char;
                }
                crate::passwd::getpw_r::getpwnam_r(name.as_ptr(), &mut pw, s, n, &mut res)
            }
        };
        if r == crate::abi::errno::ENOMEM {
            return Err(GLOB_NOSPACE);
        }
        if r != 0 || res.is_null() || pw.pw_dir.is_null() {
            return Err(GLOB_NOMATCH);
        }
        home = pw.pw_dir;
    }
    // SAFETY: getenv and getpw*_r return NUL-terminated strings.
    let dir = unsafe { core::ffi::CStr::from_ptr(home) }.to_bytes();
    if dir.len() > PATH_MAX - 3 {
        return Err(GLOB_NOMATCH);
    }
    buf[..dir.len()].copy_from_slice(dir);
    let mut pos = dir.len();
    if end < pat.len() {
        buf[pos] = b'/';
        pos += 1;
    }
    buf[pos] = 0;
    Ok((pos, rest))
}

/// Orders two `char *` slots with `strcmp`.
unsafe extern "C" fn by_name(a: *const c_void, b: *const c_void) -> c_int {
    // SAFETY: qsort passes pointers to two slots holding C strings.
    unsafe { crate::string::strcmp::strcmp(*a.cast::<*const c_char>(), *b.cast::<*const c_char>()) }
}

/// `int glob(const char *restrict pattern, int flags, int (*errfunc)(const char *, int),
/// glob_t *restrict g);`
///
/// Stores the paths matching `pattern` in `g->gl_pathv` (after `g->gl_offs` null slots
/// with `GLOB_DOOFFS`; after the earlier results with `GLOB_APPEND`), sorted unless
/// `GLOB_NOSORT`. Returns 0, `GLOB_NOMATCH`, `GLOB_ABORTED` or `GLOB_NOSPACE`.
///
/// # Safety
/// `pattern` is a NUL-terminated string; `g` is writable (and, with `GLOB_APPEND`, holds an
/// earlier result); `errfunc` is null or a valid callback.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn glob(
    pattern: *const c_char,
    flags: c_int,
    errfunc: ErrFunc,
    g: *mut glob_t,
) -> c_int {
    // SAFETY: the caller's contract on `pattern` and `g`.
    let (pat, g) = unsafe { (core::ffi::CStr::from_ptr(pattern).to_bytes(), &mut *g) };
    let mut offs = if flags & GLOB_DOOFFS != 0 {
        g.gl_offs
    } else {
        0
    };
    if flags & GLOB_APPEND == 0 {
        g.gl_offs = offs;
        g.gl_pathc = 0;
        g.gl_pathv = core::ptr::null_mut();
    }
    let mut out = Matches {
        v: core::ptr::null_mut(),
        n: 0,
        cap: 0,
    };
    let mut error = 0;
    if !pat.is_empty() {
        let mut buf = [0u8; PATH_MAX];
        let w = Walk { flags, errfunc };
        let (mut pos, mut rest) = (0, pat);
        if flags & (GLOB_TILDE | GLOB_TILDE_CHECK) != 0 && pat[0] == b'~' {
            match expand_tilde(pat, &mut buf) {
                Ok((p, r)) => (pos, rest) = (p, r),
                Err(e) => error = e,
            }
        }
        if error == 0 {
            error = expand(&w, &mut buf, pos, 0, rest, &mut out);
        }
    }
    if error == GLOB_NOSPACE {
        out.free_all();
        return error;
    }
    if out.n == 0 {
        if flags & GLOB_NOCHECK != 0 {
            if !out.push(pat, false) {
                out.free_all();
                return GLOB_NOSPACE;
            }
        } else if error == 0 {
            out.free_all();
            return GLOB_NOMATCH;
        }
    }
    let cnt = out.n;
    let slots = offs + g.gl_pathc + cnt + 1;
    // SAFETY: `gl_pathv` is null or came from an earlier glob (realloc).
    let pathv = unsafe {
        realloc(
            g.gl_pathv.cast(),
            slots.saturating_mul(size_of::<*mut c_char>()),
        )
    }
    .cast::<*mut c_char>();
    if pathv.is_null() {
        out.free_all();
        return GLOB_NOSPACE;
    }
    g.gl_pathv = pathv;
    if flags & GLOB_APPEND == 0 {
        for i in 0..offs {
            // SAFETY: `i < slots`.
            unsafe { *pathv.add(i) = core::ptr::null_mut() };
        }
    }
    offs += g.gl_pathc;
    // SAFETY: `offs + cnt < slots`; `out.v` holds `cnt` strings, now owned by `g`.
    unsafe {
        for i in 0..cnt {
            *pathv.add(offs + i) = *out.v.add(i);
        }
        *pathv.add(offs + cnt) = core::ptr::null_mut();
        free(out.v.cast());
    }
    g.gl_pathc += cnt;
    if flags & GLOB_NOSORT == 0 {
        // SAFETY: `cnt` string slots from `offs`.
        unsafe {
            crate::stdlib::qsort::qsort(
                pathv.add(offs).cast(),
                cnt,
                size_of::<*mut c_char>(),
                by_name,
            )
        };
    }
    error
}

/// `void globfree(glob_t *g);` — frees the paths and the vector that `glob` stored.
///
/// # Safety
/// `g` holds a result of `glob` (or was freed already).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn globfree(g: *mut glob_t) {
    // SAFETY: the caller's contract: `gl_pathc` strings after `gl_offs` slots, all malloc'd.
    unsafe {
        let g = &mut *g;
        if !g.gl_pathv.is_null() {
            for i in 0..g.gl_pathc {
                free((*g.gl_pathv.add(g.gl_offs + i)).cast());
            }
            free(g.gl_pathv.cast());
        }
        g.gl_pathc = 0;
        g.gl_pathv = core::ptr::null_mut();
    }
}

#[cfg(rcc_export)]
core::arch::global_asm!(
    ".weak glob64",
    ".set glob64, glob",
    ".weak globfree64",
    ".set globfree64, globfree"
);
