//! `getspnam` (shadow suite; musl: src/passwd/getspnam.c).
use super::getspnam_r::{EMPTY_SPWD, find_sp};
use super::static_buf::StaticBuf;
use crate::abi::pwd::spwd;
use crate::abi::types::c_char;
use crate::errno::set_errno;
use crate::network::inet_aton::c_bytes;
use crate::thread::state::Lock;

/// The longest shadow line getspnam reads (as musl's LINE_LIM).
const LINE_LIM: usize = 256;

pub(crate) static LOCK: Lock = Lock::new();
static mut BUF: StaticBuf = StaticBuf::new();
static mut SP: spwd = EMPTY_SPWD;

/// `struct spwd *getspnam(const char *name);`
///
/// The shadow entry for `name` in static storage, or null.
///
/// # Safety
/// `name` is a C string.
///
/// # Errors
/// As `getspnam_r` (a line longer than 255 bytes gives `ERANGE`); `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getspnam(name: *const c_char) -> *mut spwd {
    LOCK.lock();
    // SAFETY: the lock serialises access to BUF and SP; `name` is a C string.
    let r = unsafe {
        let buf = &mut *(&raw mut BUF);
        buf.reserve(LINE_LIM)
            .and_then(|()| find_sp(c_bytes(name), &mut *(&raw mut SP), buf.ptr, LINE_LIM))
    };
    LOCK.unlock();
    match r {
        Ok(true) => &raw mut SP,
        Ok(false) => core::ptr::null_mut(),
        Err(e) => {
            set_errno(e.0);
            core::ptr::null_mut()
        }
    }
}
