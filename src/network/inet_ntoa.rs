//! `inet_ntoa` (POSIX.1-2017 inet_ntoa(); musl: src/network/inet_ntoa.c).
use super::inet_ntop::format4;
use crate::abi::netinet_in::in_addr;
use crate::abi::types::c_char;

/// The result buffer, overwritten by each call (not thread-safe, as POSIX allows).
static mut BUF: [u8; 16] = [0; 16];

/// `char *inet_ntoa(struct in_addr in);`
///
/// The dotted-decimal text of `in` in a static buffer.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn inet_ntoa(a: in_addr) -> *mut c_char {
    let t = format4(&a.s_addr.to_ne_bytes());
    // SAFETY: the static buffer is only touched here; callers accept it is shared.
    let buf = unsafe { &mut *(&raw mut BUF) };
    buf[..t.len].copy_from_slice(t.bytes());
    buf[t.len] = 0;
    buf.as_mut_ptr().cast()
}
