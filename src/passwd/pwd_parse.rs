//! Parsing `/etc/passwd` lines (`name:passwd:uid:gid:gecos:dir:shell`) and the lookups
//! behind getpwnam/getpwuid and their `_r` forms (musl: src/passwd/getpwent_a.c,
//! getpw_a.c).
use super::lines::{field, lookup, number};
use super::static_buf::StaticBuf;
use crate::abi::pwd::passwd;
use crate::abi::types::{c_char, uid_t};
use crate::sys::Errno;

pub const PASSWD: &[u8] = b"/etc/passwd\0";

/// A parsed line: string fields as offsets into the line (each now NUL-terminated).
#[derive(Clone, Copy)]
pub struct PwFields {
    pub name: usize,
    pub passwd: usize,
    pub uid: u32,
    pub gid: u32,
    pub gecos: usize,
    pub dir: usize,
    pub shell: usize,
}

/// An all-digits (possibly empty) numeric field, as musl accepts it.
pub fn id_field(f: &[u8]) -> Option<u32> {
    f.iter().all(u8::is_ascii_digit).then(|| number(f))
}

/// Parses `line` in place, turning the separators into NULs; `None` if malformed.
pub fn parse_pw(line: &mut [u8]) -> Option<PwFields> {
    let base = line.as_ptr() as usize;
    let off = |f: &[u8]| f.as_ptr() as usize - base;
    let len = line.len();
    let mut rest: &mut [u8] = line;
    let name = off(field(&mut rest)?);
    let passwd = off(field(&mut rest)?);
    let uid = id_field(field(&mut rest)?)?;
    let gid = id_field(field(&mut rest)?)?;
    let gecos = off(field(&mut rest)?);
    let dir = off(field(&mut rest)?);
    let shell = len - rest.len();
    Some(PwFields {
        name,
        passwd,
        uid,
        gid,
        gecos,
        dir,
        shell,
    })
}

/// Points `pw`'s strings into `base`, a copy of the parsed line.
///
/// # Safety
/// `base` holds the NUL-separated line that `f` was parsed from and outlives `pw`'s use.
pub unsafe fn fill_pw(pw: &mut passwd, base: *mut c_char, f: &PwFields) {
    // SAFETY: every offset lies inside the copied line (caller contract).
    unsafe {
        pw.pw_name = base.add(f.name);
        pw.pw_passwd = base.add(f.passwd);
        pw.pw_gecos = base.add(f.gecos);
        pw.pw_dir = base.add(f.dir);
        pw.pw_shell = base.add(f.shell);
    }
    pw.pw_uid = f.uid;
    pw.pw_gid = f.gid;
}

/// Static storage for one user entry: a copy of its line and the struct (what
/// getpwnam, getpwent and fgetpwent return).
pub struct PwStore {
    buf: StaticBuf,
    pw: passwd,
}

impl PwStore {
    pub const fn new() -> PwStore {
        PwStore {
            buf: StaticBuf::new(),
            pw: passwd {
                pw_name: core::ptr::null_mut(),
                pw_passwd: core::ptr::null_mut(),
                pw_uid: 0,
                pw_gid: 0,
                pw_gecos: core::ptr::null_mut(),
                pw_dir: core::ptr::null_mut(),
                pw_shell: core::ptr::null_mut(),
            },
        }
    }

    /// Copies a parsed line (final NUL included) in and points the entry at it.
    pub fn keep(&mut self, line: &[u8], f: &PwFields) -> Result<*mut passwd, Errno> {
        let base = self.buf.store(line)?;
        // SAFETY: `base` holds the copied, NUL-separated line.
        unsafe { fill_pw(&mut self.pw, base.cast(), f) };
        Ok(&raw mut self.pw)
    }
}

/// What to look for.
#[derive(Clone, Copy)]
pub enum Key<'a> {
    Name(&'a [u8]),
    Uid(uid_t),
}

/// Finds the first entry matching `key` and hands its NUL-separated line (length
/// including the final NUL) and fields to `found`. A missing file is "no entry".
pub fn lookup_pw<R>(
    key: Key,
    found: impl FnOnce(&[u8], &PwFields) -> R,
) -> Result<Option<R>, Errno> {
    let hit = |line: &[u8], f: &PwFields| match key {
        Key::Name(n) => cstr_at(line, f.name) == n,
        Key::Uid(u) => f.uid == u,
    };
    lookup(PASSWD, parse_pw, hit, found)
}

/// The NUL-terminated field starting at `off` in a parsed line.
pub fn cstr_at(line: &[u8], off: usize) -> &[u8] {
    let s = line.get(off..).unwrap_or_default();
    &s[..s.iter().position(|&c| c == 0).unwrap_or(s.len())]
}

#[cfg(test)]
mod tests {
    use super::{cstr_at, parse_pw};

    #[test]
    fn fields() {
        let mut line = *b"root:x:0:0:root:/root:/bin/sh";
        let f = parse_pw(&mut line).unwrap();
        assert_eq!((f.uid, f.gid), (0, 0));
        assert_eq!(cstr_at(&line, f.name), b"root");
        assert_eq!(cstr_at(&line, f.dir), b"/root");
        assert_eq!(cstr_at(&line, f.shell), b"/bin/sh");
        let mut empty = *b"u::12:34:::";
        let f = parse_pw(&mut empty).unwrap();
        assert_eq!((f.uid, f.gid), (12, 34));
        assert_eq!(cstr_at(&empty, f.shell), b"");
        assert!(parse_pw(&mut b"u:x:1x:0:g:d:s".to_vec()).is_none());
        assert!(parse_pw(&mut b"u:x:1:0:g:d".to_vec()).is_none());
        assert!(parse_pw(&mut b"# comment".to_vec()).is_none());
    }
}
