//! `cfmakeraw` (BSD; musl: src/termios/cfmakeraw.c).
use crate::abi::termios::*;

/// `void cfmakeraw(struct termios *t);`: no input or output processing, no echo, no
/// signals, 8-bit characters, reads return after one byte.
///
/// # Safety
/// `t` must be writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn cfmakeraw(t: *mut termios) {
    // SAFETY: the caller guarantees `t`.
    let t = unsafe { &mut *t };
    t.c_iflag &= !(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON);
    t.c_oflag &= !OPOST;
    t.c_lflag &= !(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
    t.c_cflag &= !(CSIZE | PARENB);
    t.c_cflag |= CS8;
    t.c_cc[VMIN as usize] = 1;
    t.c_cc[VTIME as usize] = 0;
}
