//! Parsing `/etc/group` lines (`name:passwd:gid:member,member...`) and the lookups behind
//! getgrnam/getgrgid and their `_r` forms (musl: src/passwd/getgrent_a.c, getgr_a.c).
use super::lines::{field, lookup};
use super::pwd_parse::{cstr_at, id_field};
use super::static_buf::StaticBuf;
use crate::abi::pwd::group;
use crate::abi::types::{c_char, gid_t};
use crate::sys::Errno;

pub const GROUP: &[u8] = b"/etc/group\0";

/// A parsed line: offsets of the NUL-terminated fields, the gid, and the members
/// (`nmem` NUL-separated names from offset `mem`).
#[derive(Clone, Copy)]
pub struct GrFields {
    pub name: usize,
    pub passwd: usize,
    pub gid: u32,
    pub mem: usize,
    pub nmem: usize,
}

/// Parses `line` in place (separators and commas become NULs); `None` if malformed.
pub fn parse_gr(line: &mut [u8]) -> Option<GrFields> {
    let base = line.as_ptr() as usize;
    let off = |f: &[u8]| f.as_ptr() as usize - base;
    let len = line.len();
    let mut rest: &mut [u8] = line;
    let name = off(field(&mut rest)?);
    let passwd = off(field(&mut rest)?);
    let gid = id_field(field(&mut rest)?)?;
    let mem = len - rest.len();
    let mut nmem = 0;
    if !rest.is_empty() {
        nmem = 1;
        for c in rest.iter_mut().filter(|c| **c == b',') {
            *c = 0;
            nmem += 1;
        }
    }
    Some(GrFields {
        name,
        passwd,
        gid,
        mem,
        nmem,
    })
}

/// Points `gr`'s strings into `base` (a copy of the parsed line) and fills `mem` with
/// `nmem + 1` member pointers (the last null).
///
/// # Safety
/// `base` holds the NUL-separated line `f` was parsed from; `mem` is writable for
/// `f.nmem + 1` pointers; both outlive `gr`'s use.
pub unsafe fn fill_gr(gr: &mut group, base: *mut c_char, mem: *mut *mut c_char, f: &GrFields) {
    let mut off = f.mem;
    // SAFETY: offsets stay inside the copied line; `mem` has `nmem + 1` slots.
    unsafe {
        gr.gr_name = base.add(f.name);
        gr.gr_passwd = base.add(f.passwd);
        for i in 0..f.nmem {
            let p = base.add(off);
            *mem.add(i) = p;
            off += crate::string::strlen::strlen(p) + 1;
        }
        *mem.add(f.nmem) = core::ptr::null_mut();
    }
    gr.gr_gid = f.gid;
    gr.gr_mem = mem;
}

/// Static storage for one group entry: a copy of its line, its member array and the
/// struct (what getgrnam, getgrent and fgetgrent return).
pub struct GrStore {
    line: StaticBuf,
    mem: StaticBuf,
    gr: group,
}

impl GrStore {
    pub const fn new() -> GrStore {
        GrStore {
            line: StaticBuf::new(),
            mem: StaticBuf::new(),
            gr: group {
                gr_name: core::ptr::null_mut(),
                gr_passwd: core::ptr::null_mut(),
                gr_gid: 0,
                gr_mem: core::ptr::null_mut(),
            },
        }
    }

    /// Copies a parsed line (final NUL included) in and points the entry at it.
    pub fn keep(&mut self, line: &[u8], f: &GrFields) -> Result<*mut group, Errno> {
        let base = self.line.store(line)?;
        self.mem.reserve((f.nmem + 1) * size_of::<*mut c_char>())?;
        // SAFETY: `base` holds the line and `mem` room for `nmem + 1` malloc-aligned
        // pointers.
        unsafe { fill_gr(&mut self.gr, base.cast(), self.mem.ptr.cast(), f) };
        Ok(&raw mut self.gr)
    }
}

/// What to look for.
#[derive(Clone, Copy)]
pub enum Key<'a> {
    Name(&'a [u8]),
    Gid(gid_t),
}

/// Finds the first group matching `key` and hands its NUL-separated line (length
/// including the final NUL) and fields to `found`. A missing file is "no entry".
pub fn lookup_gr<R>(
    key: Key,
    found: impl FnOnce(&[u8], &GrFields) -> R,
) -> Result<Option<R>, Errno> {
    let hit = |line: &[u8], f: &GrFields| match key {
        Key::Name(n) => cstr_at(line, f.name) == n,
        Key::Gid(g) => f.gid == g,
    };
    lookup(GROUP, parse_gr, hit, found)
}

#[cfg(test)]
mod tests {
    use super::super::pwd_parse::cstr_at;
    use super::parse_gr;

    #[test]
    fn members() {
        let mut line = *b"adm:x:4:syslog,,bob";
        let f = parse_gr(&mut line).unwrap();
        assert_eq!((f.gid, f.nmem), (4, 3));
        assert_eq!(cstr_at(&line, f.mem), b"syslog");
        assert_eq!(cstr_at(&line, f.mem + 7), b"");
        assert_eq!(cstr_at(&line, f.mem + 8), b"bob");
        let mut none = *b"root:x:0:";
        assert_eq!(parse_gr(&mut none).unwrap().nmem, 0);
        assert!(parse_gr(&mut b"bad:x:0".to_vec()).is_none());
    }
}
