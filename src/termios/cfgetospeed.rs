//! `cfgetospeed`, `cfgetispeed` (POSIX.1-2017; musl: src/termios/cfgetospeed.c): the
//! baud code in `c_cflag`, which Linux shares between input and output.
use crate::abi::termios::{CBAUD, speed_t, termios};

/// `speed_t cfgetospeed(const struct termios *t);`
///
/// # Safety
/// `t` must be readable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn cfgetospeed(t: *const termios) -> speed_t {
    // SAFETY: the caller guarantees `t`.
    unsafe { (*t).c_cflag & CBAUD }
}

/// `speed_t cfgetispeed(const struct termios *t);`
///
/// # Safety
/// `t` must be readable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn cfgetispeed(t: *const termios) -> speed_t {
    // SAFETY: forwarded.
    unsafe { cfgetospeed(t) }
}
