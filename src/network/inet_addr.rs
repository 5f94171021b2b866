//! `inet_addr` (POSIX.1-2017 inet_addr(); musl: src/network/inet_addr.c).
use super::inet_aton::{c_bytes, parse_aton};
use crate::abi::netinet_in::{INADDR_NONE, in_addr_t};
use crate::abi::types::c_char;

/// `in_addr_t inet_addr(const char *s);`
///
/// The address in network order, or `INADDR_NONE` (all ones) if `s` is not valid.
///
/// # Safety
/// `s` is a C string.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn inet_addr(s: *const c_char) -> in_addr_t {
    // SAFETY: the caller guarantees `s`.
    parse_aton(unsafe { c_bytes(s) }).map_or(INADDR_NONE, u32::from_ne_bytes)
}
