//! `getpwnam`, `getpwuid`, `getpwent`, `setpwent`, `endpwent` (POSIX.1-2017; musl:
//! src/passwd/getpwent.c). The result lives in static storage shared by all five.
use super::lines::Lines;
use super::pwd_parse::{Key, PASSWD, PwFields, fill_pw, lookup_pw, parse_pw};
use super::static_buf::StaticBuf;
use crate::abi::pwd::passwd;
use crate::abi::types::{c_char, uid_t};
use crate::errno::set_errno;
use crate::network::inet_aton::c_bytes;
use crate::sys::Errno;
use crate::thread::state::Lock;

struct State {
    ent: Option<Lines>,
    buf: StaticBuf,
    pw: passwd,
}

pub(crate) static LOCK: Lock = Lock::new();
static mut STATE: State = State {
    ent: None,
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
};

/// Runs `f` on the shared state under its lock.
fn with_state<R>(f: impl FnOnce(&mut State) -> R) -> R {
    LOCK.lock();
    // SAFETY: the lock serialises every access to STATE.
    let r = f(unsafe { &mut *(&raw mut STATE) });
    LOCK.unlock();
    r
}

/// Copies a found line into the static buffer and points the static entry at it.
fn keep(st: &mut State, line: &[u8], f: &PwFields) -> Result<*mut passwd, Errno> {
    let base = st.buf.store(line)?;
    // SAFETY: `base` holds the copied, NUL-separated line.
    unsafe { fill_pw(&mut st.pw, base.cast(), f) };
    Ok(&raw mut st.pw)
}

fn lookup(key: Key) -> *mut passwd {
    let r =
        with_state(|st| lookup_pw(key, |line, f| keep(st, line, f)).and_then(|o| o.transpose()));
    match r {
        Ok(p) => p.unwrap_or(core::ptr::null_mut()),
        Err(e) => {
            set_errno(e.0);
            core::ptr::null_mut()
        }
    }
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
    let r = with_state(|st| -> Result<*mut passwd, Errno> {
        if st.ent.is_none() {
            st.ent = Some(Lines::open(PASSWD)?);
        }
        let Some(lines) = st.ent.as_mut() else {
            return Ok(core::ptr::null_mut());
        };
        while let Some(line) = lines.next_line()? {
            let len = line.len();
            if let Some(f) = parse_pw(line) {
                // SAFETY: `next_line` keeps a NUL after the line.
                let whole = unsafe { core::slice::from_raw_parts(line.as_ptr(), len + 1) };
                let base = st.buf.store(whole)?;
                // SAFETY: `base` holds the copied line.
                unsafe { fill_pw(&mut st.pw, base.cast(), &f) };
                return Ok(&raw mut st.pw);
            }
        }
        Ok(core::ptr::null_mut())
    });
    r.unwrap_or_else(|e| {
        set_errno(e.0);
        core::ptr::null_mut()
    })
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
