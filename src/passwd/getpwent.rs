//! `getpwnam`, `getpwuid`, `getpwent`, `setpwent`, `endpwent` (POSIX.1-2017; musl:
//! src/passwd/getpwent.c). The result lives in static storage shared by all five.
use super::lines::{Lines, next_parsed};
use super::pwd_parse::{Key, PASSWD, PwStore, lookup_pw, parse_pw};
use crate::abi::pwd::passwd;
use crate::abi::types::{c_char, uid_t};
use crate::errno::set_errno;
use crate::network::inet_aton::c_bytes;
use crate::sys::Errno;
use crate::thread::state::Lock;

struct State {
    ent: Option<Lines>,
    store: PwStore,
}

pub(crate) static LOCK: Lock = Lock::new();
static mut STATE: State = State {
    ent: None,
    store: PwStore::new(),
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
fn finish(r: Result<Option<*mut passwd>, Errno>) -> *mut passwd {
    match r {
        Ok(p) => p.unwrap_or(core::ptr::null_mut()),
        Err(e) => {
            set_errno(e.0);
            core::ptr::null_mut()
        }
    }
}

fn lookup(key: Key) -> *mut passwd {
    finish(with_state(|st| {
        lookup_pw(key, |line, f| st.store.keep(line, f)).and_then(|o| o.transpose())
    }))
}

/// `struct passwd *getpwnam(const char *name);`
///
/// The entry for `name` in static storage, or null if there is none.
///
/// # Safety
/// `name` is a C string.
///
/// # Errors
/// I/O errors reading `/etc/passwd`; `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getpwnam(name: *const c_char) -> *mut passwd {
    // SAFETY: the caller guarantees `name`.
    lookup(Key::Name(unsafe { c_bytes(name) }))
}

/// `struct passwd *getpwuid(uid_t uid);`
///
/// # Errors
/// As `getpwnam`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn getpwuid(uid: uid_t) -> *mut passwd {
    lookup(Key::Uid(uid))
}

/// `struct passwd *getpwent(void);`
///
/// The next entry of `/etc/passwd` (opened on first use), or null at the end.
///
/// # Errors
/// As `getpwnam`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn getpwent() -> *mut passwd {
    finish(with_state(|st| -> Result<Option<*mut passwd>, Errno> {
        let State { ent, store } = st;
        if ent.is_none() {
            *ent = Some(Lines::open(PASSWD)?);
        }
        let Some(lines) = ent.as_mut() else {
            return Ok(None);
        };
        next_parsed(lines, parse_pw)?
            .map(|(line, f)| store.keep(line, &f))
            .transpose()
    }))
}

/// `void setpwent(void);`: the next getpwent starts again from the first entry.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn setpwent() {
    with_state(|st| {
        if let Some(l) = st.ent.as_mut() {
            l.rewind();
        }
    });
}

/// `void endpwent(void);`: closes the database getpwent uses.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn endpwent() {
    with_state(|st| st.ent = None);
}
