//! `getgrnam`, `getgrgid`, `getgrent`, `setgrent`, `endgrent` (POSIX.1-2017; musl:
//! src/passwd/getgrent.c). The result lives in static storage shared by all five.
use super::grp_parse::{GROUP, GrStore, Key, lookup_gr, parse_gr};
use super::lines::{Lines, next_parsed};
use crate::abi::pwd::group;
use crate::abi::types::{c_char, gid_t};
use crate::errno::set_errno;
use crate::network::inet_aton::c_bytes;
use crate::sys::Errno;
use crate::thread::state::Lock;

struct State {
    ent: Option<Lines>,
    store: GrStore,
}

pub(crate) static LOCK: Lock = Lock::new();
static mut STATE: State = State {
    ent: None,
    store: GrStore::new(),
};

/// Runs `f` on the shared state under its lock.
fn with_state<R>(f: impl FnOnce(&mut State) -> R) -> R {
    LOCK.lock();
    // SAFETY: the lock serialises every access to STATE.
    let r = f(unsafe { &mut *(&raw mut STATE) });
    LOCK.unlock();
    r
}

/// The C convention for the static-result lookups.
fn finish(r: Result<Option<*mut group>, Errno>) -> *mut group {
    match r {
        Ok(p) => p.unwrap_or(core::ptr::null_mut()),
        Err(e) => {
            set_errno(e.0);
            core::ptr::null_mut()
        }
    }
}

fn lookup(key: Key) -> *mut group {
    finish(with_state(|st| {
        lookup_gr(key, |line, f| st.store.keep(line, f)).and_then(|o| o.transpose())
    }))
}

/// `struct group *getgrnam(const char *name);`
///
/// The group `name` in static storage, or null if there is none.
///
/// # Safety
/// `name` is a C string.
///
/// # Errors
/// I/O errors reading `/etc/group`; `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getgrnam(name: *const c_char) -> *mut group {
    // SAFETY: the caller guarantees `name`.
    lookup(Key::Name(unsafe { c_bytes(name) }))
}

/// `struct group *getgrgid(gid_t gid);`
///
/// # Errors
/// As `getgrnam`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn getgrgid(gid: gid_t) -> *mut group {
    lookup(Key::Gid(gid))
}

/// `struct group *getgrent(void);`
///
/// The next group of `/etc/group` (opened on first use), or null at the end.
///
/// # Errors
/// As `getgrnam`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn getgrent() -> *mut group {
    finish(with_state(|st| -> Result<Option<*mut group>, Errno> {
        let State { ent, store } = st;
        if ent.is_none() {
            *ent = Some(Lines::open(GROUP)?);
        }
        let Some(lines) = ent.as_mut() else {
            return Ok(None);
        };
        next_parsed(lines, parse_gr)?
            .map(|(line, f)| store.keep(line, &f))
            .transpose()
    }))
}

/// `void setgrent(void);`: the next getgrent starts again from the first group.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn setgrent() {
    with_state(|st| {
        if let Some(l) = st.ent.as_mut() {
            l.rewind();
        }
    });
}

/// `void endgrent(void);`: closes the database getgrent uses.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn endgrent() {
    with_state(|st| st.ent = None);
}
