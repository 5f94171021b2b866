//! Parsing `/etc/passwd` lines (`name:passwd:uid:gid:gecos:dir:shell`) and the lookups
//! behind getpwnam/getpwuid and their `_r` forms (musl: src/passwd/getpwent_a.c,
//! getpw_a.c).
use super::lines::{Lines, field, number};
use crate::abi::errno::{ENOENT, ENOTDIR};
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
    let mut lines = match Lines::open(PASSWD) {
        Ok(l) => l,
        Err(Errno(ENOENT | ENOTDIR)) => return Ok(None),
        Err(e) => return Err(e),
    };
    while let Some(line) = lines.next_line()? {
        let len = line.len();
        let Some(f) = parse_pw(line) else { continue };
        let hit = match key {
            Key::Name(n) => cstr_at(line, f.name) == n,
            Key::Uid(u) => f.uid == u,
        };
        if hit {
            // SAFETY: `next_line` keeps a NUL after the line, so `len + 1` bytes are valid.
            let whole = unsafe { core::slice::from_raw_parts(line.as_ptr(), len + 1) };
            return Ok(Some(found(whole, &f)));
        }
    }
    Ok(None)
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
