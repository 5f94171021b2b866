//! `cfsetospeed`, `cfsetispeed`, `cfsetspeed` (POSIX.1-2017, BSD; musl:
//! src/termios/cfsetospeed.c).
use crate::abi::errno::EINVAL;
use crate::abi::termios::{CBAUD, speed_t, termios};
use crate::abi::types::c_int;
use crate::errno::set_errno;

/// `int cfsetospeed(struct termios *t, speed_t speed);`: `speed` is a `B*` code.
///
/// # Safety
/// `t` must be writable.
///
/// # Errors
/// `EINVAL` (not a `B*` code).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn cfsetospeed(t: *mut termios, speed: speed_t) -> c_int {
    if speed & !CBAUD != 0 {
        set_errno(EINVAL);
        return -1;
    }
    // SAFETY: the caller guarantees `t`.
    unsafe { (*t).c_cflag = ((*t).c_cflag & !CBAUD) | speed };
    0
}

/// `int cfsetispeed(struct termios *t, speed_t speed);`: 0 means "as the output speed".
///
/// # Safety
/// `t` must be writable.
///
/// # Errors
/// `EINVAL` (not a `B*` code).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn cfsetispeed(t: *mut termios, speed: speed_t) -> c_int {
    if speed == 0 {
        return 0;
    }
    // SAFETY: forwarded.
    unsafe { cfsetospeed(t, speed) }
}

/// `int cfsetspeed(struct termios *t, speed_t speed);`: both speeds.
///
/// # Safety
/// `t` must be writable.
///
/// # Errors
/// `EINVAL` (not a `B*` code).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn cfsetspeed(t: *mut termios, speed: speed_t) -> c_int {
    // SAFETY: forwarded.
    unsafe { cfsetospeed(t, speed) }
}
