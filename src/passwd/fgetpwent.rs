//! `fgetpwent` (GNU/SVID; musl: src/passwd/fgetpwent.c): the next entry of a
//! passwd-format stream, in static storage of its own.
use super::lines::FileLine;
use super::pwd_parse::{PwStore, parse_pw};
use crate::abi::pwd::passwd;
use crate::stdio::file::File;
use crate::thread::state::Lock;

static LOCK: Lock = Lock::new();
static mut LINE: FileLine = FileLine::new();
static mut STORE: PwStore = PwStore::new();

/// `struct passwd *fgetpwent(FILE *f);`
///
/// Reads lines of `f` until one parses as an entry (malformed lines are skipped, as by
/// musl and glibc) and returns it in static storage that the next call overwrites; null
/// at end of file.
///
/// # Safety
/// `f` is a live stream.
///
/// # Errors
/// The stream's read error; `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fgetpwent(f: *mut File) -> *mut passwd {
    LOCK.lock();
    // SAFETY: the lock serialises access to LINE and STORE; the caller guarantees `f`.
    let r = unsafe {
        let (line, store) = (&mut *(&raw mut LINE), &mut *(&raw mut STORE));
        line.next_entry(f, parse_pw, |whole, fields| store.keep(whole, fields))
    };
    LOCK.unlock();
    r
}
