//! `inet_network`, `inet_makeaddr`, `inet_lnaof`, `inet_netof`: classful address helpers
//! (POSIX.1-2017 / BSD; musl: src/network/inet_legacy.c).
use super::inet_aton::{c_bytes, parse_aton};
use crate::abi::netinet_in::{INADDR_NONE, in_addr, in_addr_t};
use crate::abi::types::c_char;

/// `in_addr_t inet_network(const char *s);`
///
/// `s` as `inet_addr` reads it, in host order; `INADDR_NONE` if invalid.
///
/// # Safety
/// `s` is a C string.
// DIFF(glibc): glibc treats "a.b" as the network a.b (0x0a0b); musl and rcc parse as
// inet_aton does and return the result in host order.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn inet_network(s: *const c_char) -> in_addr_t {
    // SAFETY: the caller guarantees `s`.
    parse_aton(unsafe { c_bytes(s) }).map_or(INADDR_NONE, u32::from_be_bytes)
}

/// `struct in_addr inet_makeaddr(in_addr_t net, in_addr_t host);`
///
/// Joins a class A, B or C network number with a host number.
// DIFF(glibc): the value is built in host order, as musl does; glibc converts it to
// network order. inet_lnaof and inet_netof below take it back the same way.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn inet_makeaddr(net: in_addr_t, host: in_addr_t) -> in_addr {
    let s_addr = if net < 256 {
        host | net << 24
    } else if net < 65536 {
        host | net << 16
    } else {
        host | net << 8
    };
    in_addr { s_addr }
}

/// `in_addr_t inet_lnaof(struct in_addr in);`: the host part of a classful address.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn inet_lnaof(a: in_addr) -> in_addr_t {
    let h = a.s_addr;
    match h >> 24 {
        0..128 => h & 0xff_ffff,
        128..192 => h & 0xffff,
        _ => h & 0xff,
    }
}

/// `in_addr_t inet_netof(struct in_addr in);`: the network part of a classful address.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn inet_netof(a: in_addr) -> in_addr_t {
    let h = a.s_addr;
    match h >> 24 {
        0..128 => h >> 24,
        128..192 => h >> 16,
        _ => h >> 8,
    }
}
