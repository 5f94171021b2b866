//! `fgetgrent` (GNU/SVID; musl: src/passwd/fgetgrent.c): the next entry of a
//! group-format stream, in static storage of its own.
use super::grp_parse::{GrStore, parse_gr};
use super::lines::FileLine;
use crate::abi::pwd::group;
use crate::stdio::file::File;
use crate::thread::state::Lock;

static LOCK: Lock = Lock::new();
static mut LINE: FileLine = FileLine::new();
static mut STORE: GrStore = GrStore::new();

/// `struct group *fgetgrent(FILE *f);`
///
/// Reads lines of `f` until one parses as a group (malformed lines are skipped) and
/// returns it in static storage that the next call overwrites; null at end of file.
///
/// # Safety
/// `f` is a live stream.
///
/// # Errors
/// The stream's read error; `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fgetgrent(f: *mut File) -> *mut group {
    LOCK.lock();
    // SAFETY: the lock serialises access to LINE and STORE; the caller guarantees `f`.
    let r = unsafe {
        let (line, store) = (&mut *(&raw mut LINE), &mut *(&raw mut STORE));
        line.next_entry(f, parse_gr, |whole, fields| store.keep(whole, fields))
    };
    LOCK.unlock();
    r
}
