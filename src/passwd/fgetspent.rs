//! `fgetspent` (shadow suite; musl: src/passwd/fgetspent.c): the next entry of a
//! shadow-format stream, in static storage of its own.
use super::getspnam_r::{EMPTY_SPWD, parse_sp};
use super::lines::FileLine;
use crate::abi::pwd::spwd;
use crate::stdio::file::File;
use crate::thread::state::Lock;

static LOCK: Lock = Lock::new();
static mut LINE: FileLine = FileLine::new();
static mut SP: spwd = EMPTY_SPWD;

/// `struct spwd *fgetspent(FILE *f);`
///
/// Reads lines of `f` until one parses as a shadow entry (malformed lines are skipped)
/// and returns it in static storage that the next call overwrites; empty numeric fields
/// read as -1. Null at end of file.
///
/// # Safety
/// `f` is a live stream.
///
/// # Errors
/// The stream's read error; `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fgetspent(f: *mut File) -> *mut spwd {
    LOCK.lock();
    // SAFETY: the lock serialises access to LINE and SP; the caller guarantees `f`. The
    // entry's strings point into LINE's buffer, which lives until the next call.
    let r = unsafe {
        let (line, sp) = (&mut *(&raw mut LINE), &mut *(&raw mut SP));
        loop {
            let Some(l) = line.next(f) else {
                break core::ptr::null_mut();
            };
            if parse_sp(l, sp).is_some() {
                break sp as *mut spwd;
            }
        }
    };
    LOCK.unlock();
    r
}
