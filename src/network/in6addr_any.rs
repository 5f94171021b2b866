//! `in6addr_any` and `in6addr_loopback` (POSIX.1-2017 <netinet/in.h>; musl:
//! src/network/in6addr_any.c, in6addr_loopback.c).
#![allow(non_upper_case_globals)]
use crate::abi::netinet_in::in6_addr;

/// `extern const struct in6_addr in6addr_any;`: `::`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub static in6addr_any: in6_addr = in6_addr { s6_addr: [0; 16] };

/// `extern const struct in6_addr in6addr_loopback;`: `::1`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub static in6addr_loopback: in6_addr = in6_addr {
    s6_addr: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
};
