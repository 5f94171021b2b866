//! The directory walk behind `glob` (musl: src/regex/glob.c do_glob): literal prefixes are
//! copied without reading directories, each wildcard component reads one directory.
use super::fnmatch::fnmatch_bytes;
use crate::abi::dirent::{DT_DIR, DT_LNK, DT_REG};
use crate::abi::errno::ENOENT;
use crate::abi::fnmatch::{FNM_NOESCAPE, FNM_PERIOD};
use crate::abi::glob::{
    GLOB_ABORTED, GLOB_ERR, GLOB_MARK, GLOB_NOESCAPE, GLOB_NOSPACE, GLOB_PERIOD,
};
use crate::abi::stat::{S_IFDIR, S_IFMT};
use crate::abi::types::{c_char, c_int};
use crate::errno::{errno, set_errno};
use crate::malloc::libc::{free, malloc, realloc};

pub const PATH_MAX: usize = crate::abi::limits::PATH_MAX as usize;

/// The error callback: `int (*)(const char *path, int err)`.
pub type ErrFunc = Option<unsafe extern "C" fn(*const c_char, c_int) -> c_int>;

/// The matched paths so far: a malloc'd array of malloc'd strings.
pub struct Matches {
    pub v: *mut *mut c_char,
    pub n: usize,
    pub cap: usize,
}

impl Matches {
    /// Appends a copy of `path`, with a `/` when `mark`; false when out of memory.
    pub fn push(&mut self, path: &[u8], mark: bool) -> bool {
        if self.n == self.cap {
            let cap = if self.cap == 0 { 16 } else { self.cap * 2 };
            // SAFETY: `v` is null or came from realloc.
            let v = unsafe { realloc(self.v.cast(), cap * size_of::<*mut c_char>()) };
            if v.is_null() {
                return false;
            }
            self.v = v.cast();
            self.cap = cap;
        }
        let len = path.len() + mark as usize;
        // SAFETY: a fresh block of len + 1 bytes; `n < cap` slots in `v`.
        unsafe {
            let s = malloc(len + 1).cast::<u8>();
            if s.is_null() {
                return false;
            }
            core::ptr::copy_nonoverlapping(path.as_ptr(), s, path.len());
            if mark {
                *s.add(path.len()) = b'/';
            }
            *s.add(len) = 0;
            *self.v.add(self.n) = s.cast();
        }
        self.n += 1;
        true
    }

    /// Frees every string and the array.
    pub fn free_all(&mut self) {
        // SAFETY: `n` live strings from `push`; `v` from realloc (or null).
        unsafe {
            for i in 0..self.n {
                free((*self.v.add(i)).cast());
            }
            free(self.v.cast());
        }
        self.n = 0;
    }
}

/// The walk's fixed inputs.
pub struct Walk {
    pub flags: c_int,
    pub errfunc: ErrFunc,
}

impl Walk {
    /// Reports `err` on the path in `buf` (NUL-terminated); true when the walk must stop.
    fn failed(&self, buf: &[u8; PATH_MAX], err: c_int) -> bool {
        // SAFETY: `buf` holds a NUL-terminated path; the callback is the caller's.
        let stop = match self.errfunc {
            Some(f) => (unsafe { f(buf.as_ptr().cast(), err) }) != 0,
            None => false,
        };
        stop || self.flags & GLOB_ERR != 0
    }
}

/// The byte at `i` of `p`, or NUL past its end.
fn at(p: &[u8], i: isize) -> u8 {
    if i >= 0 && (i as usize) < p.len() {
        p[i as usize]
    } else {
        0
    }
}

/// Expands `pat` under the path `buf[..pos]` (whose `d_type` is `ty`, 0 when unknown).
pub fn expand(
    w: &Walk,
    buf: &mut [u8; PATH_MAX],
    mut pos: usize,
    mut ty: u8,
    pat: &[u8],
    out: &mut Matches,
) -> c_int {
    let flags = w.flags;
    if ty == 0 && flags & GLOB_MARK == 0 {
        ty = DT_REG;
    }
    if !pat.is_empty() && ty != DT_DIR {
        ty = 0;
    }
    let mut base: isize = 0;
    while pos + 1 < PATH_MAX && at(pat, base) == b'/' {
        buf[pos] = b'/';
        pos += 1;
        base += 1;
    }
    // Copy (and unescape) the longest literal prefix, whole components at a time.
    let (mut i, mut j): (isize, isize) = (0, 0);
    let (mut in_bracket, mut overflow) = (false, false);
    loop {
        let c = at(pat, base + i);
        if c == b'*' || c == b'?' || (in_bracket && c == b']') {
            break;
        }
        if c == 0 {
            if overflow {
                return 0;
            }
            base += i;
            pos += j as usize;
            break;
        } else if c == b'[' {
            in_bracket = true;
        } else if c == b'\\' && flags & GLOB_NOESCAPE == 0 {
            if in_bracket && at(pat, base + i + 1) == b']' {
                break;
            }
            if at(pat, base + i + 1) == 0 {
                return 0; // an unpaired final backslash never matches
            }
            i += 1;
        }
        if at(pat, base + i) == b'/' {
            if overflow {
                return 0;
            }
            in_bracket = false;
            base += i + 1;
            i = -1;
            pos = (pos as isize + j + 1) as usize;
            j = -1;
        }
        let dst = pos as isize + j;
        if ((dst + 1) as usize) < PATH_MAX {
            buf[dst as usize] = at(pat, base + i);
            j += 1;
        } else if in_bracket {
            overflow = true;
        } else {
            return 0;
        }
        ty = 0;
        i += 1;
    }
    buf[pos] = 0;
    let rest = &pat[(base as usize).min(pat.len())..];
    if rest.is_empty() {
        return confirm(w, buf, pos, ty, out);
    }
    let mut cut = rest.iter().position(|&b| b == b'/');
    if let Some(s) = cut
        && flags & GLOB_NOESCAPE == 0
    {
        let mut q = s;
        while q > 0 && rest[q - 1] == b'\\' {
            q -= 1;
        }
        if (s - q) % 2 == 1 {
            cut = Some(s - 1); // an escaped '/': leave "\/" to the next level
        }
    }
    let (comp, next) = match cut {
        Some(s) => (&rest[..s], Some(&rest[s..])),
        None => (rest, None),
    };
    scan(w, buf, pos, comp, next, out)
}

/// The pattern is consumed: records `buf[..pos]` if it exists (and marks directories).
fn confirm(w: &Walk, buf: &mut [u8; PATH_MAX], pos: usize, mut ty: u8, out: &mut Matches) -> c_int {
    // SAFETY: all-zero is a valid `struct stat`.
    let mut st: crate::abi::stat::stat = unsafe { core::mem::zeroed() };
    let path = buf.as_ptr().cast::<c_char>();
    // SAFETY: `buf` is NUL-terminated at `pos`; `st` is writable.
    if w.flags & GLOB_MARK != 0
        && (ty == 0 || ty == DT_LNK)
        && unsafe { crate::stat::stat::stat(path, &mut st) } == 0
    {
        ty = if st.st_mode as c_int & S_IFMT == S_IFDIR {
            DT_DIR
        } else {
            DT_REG
        };
    }
    // SAFETY: as above.
    if ty == 0 && unsafe { crate::stat::lstat::lstat(path, &mut st) } != 0 {
        let e = errno();
        if e != ENOENT && w.failed(buf, e) {
            return GLOB_ABORTED;
        }
        return 0;
    }
    if !out.push(&buf[..pos], w.flags & GLOB_MARK != 0 && ty == DT_DIR) {
        return GLOB_NOSPACE;
    }
    0
}

/// Reads the directory `buf[..pos]` and recurses into each entry that matches `comp`.
fn scan(
    w: &Walk,
    buf: &mut [u8; PATH_MAX],
    pos: usize,
    comp: &[u8],
    next: Option<&[u8]>,
    out: &mut Matches,
) -> c_int {
    let flags = w.flags;
    let dir_name = if pos != 0 {
        buf.as_ptr().cast()
    } else {
        c".".as_ptr()
    };
    // SAFETY: a NUL-terminated directory name.
    let dir = unsafe { crate::dirent::opendir::opendir(dir_name) };
    if dir.is_null() {
        return if w.failed(buf, errno()) {
            GLOB_ABORTED
        } else {
            0
        };
    }
    let old_errno = errno();
    let fnm = if flags & GLOB_NOESCAPE != 0 {
        FNM_NOESCAPE
    } else {
        0
    } | if flags & GLOB_PERIOD == 0 {
        FNM_PERIOD
    } else {
        0
    };
    let mut r = 0;
    loop {
        set_errno(0);
        // SAFETY: `dir` is open.
        let de = unsafe { crate::dirent::readdir::readdir(dir) };
        if de.is_null() {
            break;
        }
        // SAFETY: readdir returned a valid entry with a NUL-terminated name.
        let (dty, name) = unsafe {
            (
                (*de).d_type,
                core::ffi::CStr::from_ptr((*de).d_name.as_ptr()).to_bytes(),
            )
        };
        if next.is_some() && dty != 0 && dty != DT_DIR && dty != DT_LNK {
            continue;
        }
        if name.len() >= PATH_MAX - pos || !fnmatch_bytes(comp, name, fnm) {
            continue;
        }
        // With GLOB_PERIOD, "." and ".." still need an explicit leading period.
        let dots = name == b"." || name == b"..";
        if next.is_some()
            && flags & GLOB_PERIOD != 0
            && dots
            && !fnmatch_bytes(comp, name, fnm | FNM_PERIOD)
        {
            continue;
        }
        buf[pos..pos + name.len()].copy_from_slice(name);
        buf[pos + name.len()] = 0;
        r = expand(w, buf, pos + name.len(), dty, next.unwrap_or(b""), out);
        if r != 0 {
            break;
        }
    }
    let read_err = errno();
    // SAFETY: `dir` is open and closed once.
    unsafe { crate::dirent::closedir::closedir(dir) };
    if r != 0 {
        return r;
    }
    buf[pos] = 0;
    if read_err != 0 && w.failed(buf, read_err) {
        return GLOB_ABORTED;
    }
    set_errno(old_errno);
    0
}
