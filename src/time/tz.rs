//! The local time zone: `TZ` (a POSIX string, or a TZif file under /usr/share/zoneinfo),
//! `/etc/localtime` when unset, UTC when invalid; `tzset`, `tzname`, `timezone`, `daylight`
//! (POSIX tzset(); musl: src/time/__tz.c). TZif data lives in a static buffer: no malloc.
#![allow(non_upper_case_globals)]
use super::tzrule::{self, Posix};
use crate::abi::types::{c_char, c_int, c_long};
use core::sync::atomic::{AtomicBool, Ordering};

/// What applies at one instant: offset east of UTC, DST flag, the other offset, name.
#[derive(Clone, Copy)]
pub struct Zone {
    pub off: i64,
    pub isdst: bool,
    pub opp: i64,
    pub name: *const c_char,
}

/// A loaded TZif file (version 2+ data when present): positions inside `FILE`.
#[derive(Clone, Copy)]
struct Tzif {
    tsize: usize,
    timecnt: usize,
    typecnt: usize,
    trans: usize,
    idx: usize,
    types: usize,
    abbrs: usize,
    charcnt: usize,
    footer: Option<Posix>,
}

struct State {
    valid: bool,
    tz: [u8; 256],
    tz_len: usize,
    posix: Posix,
    file: Option<Tzif>,
    /// Where `TZ=` was last found: the `environ` array, the slot, and the entry.
    env: *mut *mut c_char,
    env_idx: usize,
    env_ptr: *mut c_char,
}

pub(crate) static LOCK: AtomicBool = AtomicBool::new(false);
static mut STATE: State = State {
    valid: false,
    tz: [0; 256],
    tz_len: usize::MAX,
    posix: Posix::UTC,
    file: None,
    env: core::ptr::null_mut(),
    env_idx: 0,
    env_ptr: core::ptr::null_mut(),
};
static mut FILE: [u8; 65536] = [0; 65536];
static mut NAMES: [[u8; 16]; 2] = [[0; 16]; 2];

/// `char *tzname[2];` — the standard and DST abbreviations.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub static mut tzname: [*mut c_char; 2] = [core::ptr::null_mut(); 2];
/// `long timezone;` — seconds west of UTC of standard time.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub static mut timezone: c_long = 0;
/// `int daylight;` — nonzero if the zone has DST.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub static mut daylight: c_int = 0;

fn be32(b: &[u8], at: usize) -> i64 {
    match b.get(at..at + 4) {
        Some(s) => i32::from_be_bytes([s[0], s[1], s[2], s[3]]) as i64,
        None => 0,
    }
}

/// Validates the TZif image in `b` and locates its tables.
fn parse_tzif(b: &[u8]) -> Option<Tzif> {
    if b.len() < 44 || &b[..4] != b"TZif" {
        return None;
    }
    let counts = |h: usize| -> [usize; 6] {
        core::array::from_fn(|k| be32(b, h + 20 + 4 * k) as u32 as usize)
    };
    let v1 = counts(0);
    let len = |c: &[usize; 6], ts: usize| {
        c[3] * (ts + 1) + c[4] * 6 + c[5] + c[2] * (ts + 4) + c[1] + c[0]
    };
    let (h, ts) = if b[4] >= b'2' {
        (44 + len(&v1, 4), 8)
    } else {
        (0, 4)
    };
    if b.len() < h + 44 || &b[h..h + 4] != b"TZif" {
        return None;
    }
    let c = counts(h);
    let end = h + 44 + len(&c, ts);
    if end > b.len() || c[4] == 0 {
        return None;
    }
    let trans = h + 44;
    let idx = trans + c[3] * ts;
    let types = idx + c[3];
    let abbrs = types + c[4] * 6;
    let footer = if ts == 8 && b.get(end) == Some(&b'\n') {
        let rest = &b[end + 1..];
        rest.iter()
            .position(|&x| x == b'\n')
            .and_then(|n| tzrule::parse(&rest[..n]))
    } else {
        None
    };
    Some(Tzif {
        tsize: ts,
        timecnt: c[3],
        typecnt: c[4],
        trans,
        idx,
        types,
        abbrs,
        charcnt: c[5],
        footer,
    })
}

/// Reads the zone file for `name` into `FILE`; the byte count.
fn load(name: &[u8]) -> Option<usize> {
    if name.windows(2).any(|w| w == b"..") && name.first() != Some(&b'/') {
        return None;
    }
    let dirs: &[&[u8]] = if name.first() == Some(&b'/') {
        &[b""]
    } else {
        &[
            b"/usr/share/zoneinfo/",
            b"/share/zoneinfo/",
            b"/etc/zoneinfo/",
        ]
    };
    for dir in dirs {
        let mut path = [0u8; 320];
        if dir.len() + name.len() >= path.len() {
            return None;
        }
        path[..dir.len()].copy_from_slice(dir);
        path[dir.len()..dir.len() + name.len()].copy_from_slice(name);
        let flags = crate::abi::fcntl::O_RDONLY | crate::abi::fcntl::O_CLOEXEC;
        // SAFETY: `path` is NUL-terminated (zero-filled past the name).
        let Ok(fd) = (unsafe {
            crate::sys::fs::openat(crate::abi::fcntl::AT_FDCWD, path.as_ptr().cast(), flags, 0)
        }) else {
            continue;
        };
        let mut n = 0;
        // SAFETY: FILE is only touched under LOCK; reads stay inside it.
        let buf = unsafe { &mut *(&raw mut FILE) };
        while n < buf.len() {
            // SAFETY: the destination range is inside `buf`.
            match unsafe { crate::sys::fs::read(fd, buf.as_mut_ptr().add(n), buf.len() - n) } {
                Ok(0) | Err(_) => break,
                Ok(k) => n += k,
            }
        }
        let _ = crate::sys::fs::close(fd);
        return Some(n);
    }
    None
}

/// `getenv("TZ")`, remembering the slot it sat in: while `environ` and that slot still
/// hold the same `TZ=` entry, no scan is needed. The environment functions rewrite a slot
/// whenever its entry leaves or moves, and the caller compares the value itself.
fn tz_env(st: &mut State) -> *const c_char {
    let env = crate::env::__environ::get();
    if env.is_null() {
        return core::ptr::null();
    }
    if env == st.env && !st.env_ptr.is_null() {
        // SAFETY: `env_idx` was an entry of this same NULL-terminated array; entries only
        // move towards the front, and a slot past the end is overwritten with NULL first.
        let e = unsafe { *env.add(st.env_idx) };
        // SAFETY: a non-null entry is a NUL-terminated string: reads stop at a mismatch.
        if e == st.env_ptr
            && unsafe { *e == b'T' as c_char && *e.add(1) == b'Z' as c_char }
            && unsafe { *e.add(2) == b'=' as c_char }
        {
            // SAFETY: as above; the value follows "TZ=".
            return unsafe { e.add(3) };
        }
    }
    let mut i = 0;
    // SAFETY: `environ` is a NULL-terminated array of NUL-terminated strings.
    unsafe {
        while !(*env.add(i)).is_null() {
            let e = *env.add(i);
            if *e == b'T' as c_char && *e.add(1) == b'Z' as c_char && *e.add(2) == b'=' as c_char {
                st.env = env;
                st.env_idx = i;
                st.env_ptr = e;
                return e.add(3);
            }
            i += 1;
        }
    }
    st.env_ptr = core::ptr::null_mut();
    core::ptr::null()
}

/// Re-reads `TZ` if it changed since the last call. Call with LOCK held.
fn refresh(st: &mut State) {
    let tz = tz_env(st);
    let (val, len): (&[u8], usize) = if tz.is_null() {
        (b"/etc/localtime", usize::MAX - 1)
    } else {
        // SAFETY: as above.
        let s = unsafe { core::ffi::CStr::from_ptr(tz) }.to_bytes();
        (s, s.len())
    };
    if st.valid && len == st.tz_len && (len > 255 || st.tz[..len] == *val) {
        return;
    }
    st.valid = true;
    st.tz_len = len;
    if len <= 255 {
        st.tz[..len].copy_from_slice(val);
    }
    st.file = None;
    st.posix = Posix::UTC;
    let name = val.strip_prefix(b":").unwrap_or(val);
    let posix = if val.first() == Some(&b':') {
        None
    } else {
        tzrule::parse(val)
    };
    if let Some(p) = posix {
        st.posix = p;
    } else if !name.is_empty()
        && let Some(n) = load(name)
    {
        // SAFETY: FILE was just filled under LOCK.
        let f = parse_tzif(unsafe { &(&*(&raw const FILE))[..n] });
        st.file = f;
        if let Some(p) = f.and_then(|f| f.footer) {
            st.posix = p;
        } else if let Some(f) = f {
            let last = zone_file(&f, i64::MAX, false);
            st.posix.std_off = last.off;
            st.posix.dst_off = last.off;
        }
    }
    // SAFETY: under LOCK; the name buffers outlive every reader.
    unsafe {
        NAMES[0] = st.posix.std_name;
        NAMES[1] = if st.posix.has_dst {
            st.posix.dst_name
        } else {
            st.posix.std_name
        };
        tzname = [(&raw mut NAMES[0]).cast(), (&raw mut NAMES[1]).cast()];
        timezone = -st.posix.std_off;
        daylight = st.posix.has_dst as c_int;
    }
}

fn file() -> &'static [u8] {
    // SAFETY: FILE changes only under LOCK, and readers hold LOCK.
    unsafe { &*(&raw const FILE) }
}

/// The local time type `i` of a TZif file.
fn ttype(f: &Tzif, i: usize) -> Zone {
    let b = file();
    let at = f.types + 6 * i.min(f.typecnt - 1);
    let abbr = f.abbrs + (b[at + 5] as usize).min(f.charcnt.saturating_sub(1));
    Zone {
        off: be32(b, at),
        isdst: b[at + 4] != 0,
        opp: be32(b, at),
        name: b[abbr..].as_ptr().cast(),
    }
}

/// The zone of a TZif file at UTC time `t`; `opp` (the other offset) is only looked up
/// when `need_opp`.
fn zone_file(f: &Tzif, t: i64, need_opp: bool) -> Zone {
    let b = file();
    let base = b[f.trans..].as_ptr();
    let when = |i: usize| -> i64 {
        // SAFETY: parse_tzif checked that all `timecnt` entries lie inside the file.
        unsafe {
            if f.tsize == 8 {
                i64::from_be_bytes(base.add(i * 8).cast::<[u8; 8]>().read_unaligned())
            } else {
                i32::from_be_bytes(base.add(i * 4).cast::<[u8; 4]>().read_unaligned()) as i64
            }
        }
    };
    if f.timecnt == 0 || t < when(0) {
        return ttype(f, 0);
    }
    let (mut lo, mut hi) = (0, f.timecnt);
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        if when(mid) <= t { lo = mid } else { hi = mid }
    }
    if lo == f.timecnt - 1
        && let Some(p) = &f.footer
    {
        return zone_posix(p, t, false);
    }
    let mut z = ttype(f, b[f.idx + lo] as usize);
    if !need_opp {
        return z;
    }
    // The other offset: the nearest transition to a type with the other DST state.
    for k in (0..lo).rev().chain(lo + 1..f.timecnt) {
        let o = ttype(f, b[f.idx + k] as usize);
        if o.isdst != z.isdst {
            z.opp = o.off;
            break;
        }
    }
    z
}

fn zone_posix(p: &Posix, t: i64, local: bool) -> Zone {
    let dst = tzrule::is_dst(p, t, local);
    // SAFETY: NAMES holds the names of the rule the caller is using (set by refresh);
    // a TZif footer's names are the same abbreviations.
    let names = unsafe { &*(&raw const NAMES) };
    let (off, opp) = if dst {
        (p.dst_off, p.std_off)
    } else {
        (p.std_off, p.dst_off)
    };
    Zone {
        off,
        isdst: dst,
        opp,
        name: names[dst as usize].as_ptr().cast(),
    }
}

/// The zone in effect at `t`: UTC seconds, or local wall-clock seconds when `local`.
pub fn zone_at(t: i64, local: bool) -> Zone {
    while LOCK.swap(true, Ordering::Acquire) {
        core::hint::spin_loop();
    }
    // SAFETY: STATE is only touched under LOCK.
    let st = unsafe { &mut *(&raw mut STATE) };
    refresh(st);
    let z = match &st.file {
        Some(f) if local => file_local(f, t).0,
        Some(f) => zone_file(f, t, false),
        None => zone_posix(&st.posix, t, local),
    };
    LOCK.store(false, Ordering::Release);
    z
}

/// The zone of a TZif file at wall-clock time `wall`, and whether it is also the zone at
/// the UTC instant `wall - off` (false in gaps and overlaps, where a second look is due).
fn file_local(f: &Tzif, wall: i64) -> (Zone, bool) {
    let first = zone_file(f, wall, false);
    let guess = zone_file(f, wall.saturating_sub(first.off), true);
    if guess.off == first.off {
        return (guess, true);
    }
    let z = zone_file(f, wall.saturating_sub(guess.off), true);
    (z, z.off == guess.off)
}

/// `mktime`'s zone work under one lock: the UTC time of wall-clock `wall` (`isdst` as in
/// `tm_isdst`) and the zone in effect then.
pub fn from_local(wall: i64, isdst: i32) -> (i64, Zone) {
    while LOCK.swap(true, Ordering::Acquire) {
        core::hint::spin_loop();
    }
    // SAFETY: STATE is only touched under LOCK.
    let st = unsafe { &mut *(&raw mut STATE) };
    refresh(st);
    let (z, exact) = match &st.file {
        Some(f) => file_local(f, wall),
        None => (zone_posix(&st.posix, wall, true), false),
    };
    // An explicit DST request that disagrees with the zone uses the other offset.
    let swap = isdst >= 0 && (isdst > 0) != z.isdst;
    let t = wall.saturating_sub(if swap { z.opp } else { z.off });
    let z = if exact && !swap {
        z
    } else {
        match &st.file {
            Some(f) => zone_file(f, t, false),
            None => zone_posix(&st.posix, t, false),
        }
    };
    LOCK.store(false, Ordering::Release);
    (t, z)
}

/// `void tzset(void);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn tzset() {
    let _ = zone_at(0, false);
}
