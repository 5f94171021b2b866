//! `<netinet/in.h>`, `<netinet/tcp.h>`, `<sys/un.h>` and `<net/if.h>` types and constants
//! (POSIX; musl: include/netinet/in.h, include/netinet/tcp.h, include/sys/un.h,
//! include/net/if.h).
#![allow(non_camel_case_types)]
use super::socket::sa_family_t;
use super::types::{c_char, c_int, c_uint};

abi_typedefs! { TYPEDEFS, "netinet/in.h";
    pub type in_port_t = u16;
    pub type in_addr_t = u32;
}

abi_consts! { CONSTS, "netinet/in.h";
    pub const INET_ADDRSTRLEN: c_int = 16;
    pub const INET6_ADDRSTRLEN: c_int = 46;
    pub const IPPORT_RESERVED: c_int = 1024;
    pub const IPPROTO_IP: c_int = 0;
    pub const IPPROTO_HOPOPTS: c_int = 0;
    pub const IPPROTO_ICMP: c_int = 1;
    pub const IPPROTO_IGMP: c_int = 2;
    pub const IPPROTO_IPIP: c_int = 4;
    pub const IPPROTO_TCP: c_int = 6;
    pub const IPPROTO_EGP: c_int = 8;
    pub const IPPROTO_PUP: c_int = 12;
    pub const IPPROTO_UDP: c_int = 17;
    pub const IPPROTO_IDP: c_int = 22;
    pub const IPPROTO_TP: c_int = 29;
    pub const IPPROTO_DCCP: c_int = 33;
    pub const IPPROTO_IPV6: c_int = 41;
    pub const IPPROTO_ROUTING: c_int = 43;
    pub const IPPROTO_FRAGMENT: c_int = 44;
    pub const IPPROTO_RSVP: c_int = 46;
    pub const IPPROTO_GRE: c_int = 47;
    pub const IPPROTO_ESP: c_int = 50;
    pub const IPPROTO_AH: c_int = 51;
    pub const IPPROTO_ICMPV6: c_int = 58;
    pub const IPPROTO_NONE: c_int = 59;
    pub const IPPROTO_DSTOPTS: c_int = 60;
    pub const IPPROTO_MTP: c_int = 92;
    pub const IPPROTO_BEETPH: c_int = 94;
    pub const IPPROTO_ENCAP: c_int = 98;
    pub const IPPROTO_PIM: c_int = 103;
    pub const IPPROTO_COMP: c_int = 108;
    pub const IPPROTO_SCTP: c_int = 132;
    pub const IPPROTO_MH: c_int = 135;
    pub const IPPROTO_UDPLITE: c_int = 136;
    pub const IPPROTO_MPLS: c_int = 137;
    pub const IPPROTO_ETHERNET: c_int = 143;
    pub const IPPROTO_RAW: c_int = 255;
    pub const IPPROTO_MPTCP: c_int = 262;
    pub const IPPROTO_MAX: c_int = 263;
    pub const IN_LOOPBACKNET: c_int = 127;
    pub const IP_TOS: c_int = 1;
    pub const IP_TTL: c_int = 2;
    pub const IP_HDRINCL: c_int = 3;
    pub const IP_OPTIONS: c_int = 4;
    pub const IP_ROUTER_ALERT: c_int = 5;
    pub const IP_RECVOPTS: c_int = 6;
    pub const IP_RETOPTS: c_int = 7;
    pub const IP_PKTINFO: c_int = 8;
    pub const IP_PKTOPTIONS: c_int = 9;
    pub const IP_MTU_DISCOVER: c_int = 10;
    pub const IP_RECVERR: c_int = 11;
    pub const IP_RECVTTL: c_int = 12;
    pub const IP_RECVTOS: c_int = 13;
    pub const IP_MTU: c_int = 14;
    pub const IP_FREEBIND: c_int = 15;
    pub const IP_TRANSPARENT: c_int = 19;
    pub const IP_MINTTL: c_int = 21;
    pub const IP_BIND_ADDRESS_NO_PORT: c_int = 24;
    pub const IP_MULTICAST_IF: c_int = 32;
    pub const IP_MULTICAST_TTL: c_int = 33;
    pub const IP_MULTICAST_LOOP: c_int = 34;
    pub const IP_ADD_MEMBERSHIP: c_int = 35;
    pub const IP_DROP_MEMBERSHIP: c_int = 36;
    pub const IP_MULTICAST_ALL: c_int = 49;
    pub const IP_UNICAST_IF: c_int = 50;
    pub const IP_PMTUDISC_DONT: c_int = 0;
    pub const IP_PMTUDISC_WANT: c_int = 1;
    pub const IP_PMTUDISC_DO: c_int = 2;
    pub const IP_PMTUDISC_PROBE: c_int = 3;
    pub const IP_DEFAULT_MULTICAST_TTL: c_int = 1;
    pub const IP_DEFAULT_MULTICAST_LOOP: c_int = 1;
    pub const IP_MAX_MEMBERSHIPS: c_int = 20;
    pub const IPV6_ADDRFORM: c_int = 1;
    pub const IPV6_CHECKSUM: c_int = 7;
    pub const IPV6_NEXTHOP: c_int = 9;
    pub const IPV6_UNICAST_HOPS: c_int = 16;
    pub const IPV6_MULTICAST_IF: c_int = 17;
    pub const IPV6_MULTICAST_HOPS: c_int = 18;
    pub const IPV6_MULTICAST_LOOP: c_int = 19;
    pub const IPV6_JOIN_GROUP: c_int = 20;
    pub const IPV6_LEAVE_GROUP: c_int = 21;
    pub const IPV6_ADD_MEMBERSHIP: c_int = 20;
    pub const IPV6_DROP_MEMBERSHIP: c_int = 21;
    pub const IPV6_MTU_DISCOVER: c_int = 23;
    pub const IPV6_MTU: c_int = 24;
    pub const IPV6_RECVERR: c_int = 25;
    pub const IPV6_V6ONLY: c_int = 26;
    pub const IPV6_RECVPKTINFO: c_int = 49;
    pub const IPV6_PKTINFO: c_int = 50;
    pub const IPV6_RECVHOPLIMIT: c_int = 51;
    pub const IPV6_HOPLIMIT: c_int = 52;
    pub const IPV6_RECVTCLASS: c_int = 66;
    pub const IPV6_TCLASS: c_int = 67;
    pub const IPV6_FREEBIND: c_int = 78;
}

/// `INADDR_*` carry a cast in C, so they are not preprocessor-comparable and stay unchecked.
pub const INADDR_ANY: in_addr_t = 0;
pub const INADDR_BROADCAST: in_addr_t = 0xffff_ffff;
pub const INADDR_NONE: in_addr_t = 0xffff_ffff;
pub const INADDR_LOOPBACK: in_addr_t = 0x7f00_0001;

abi_structs! { STRUCTS, "netinet/in.h";
    "struct in_addr" => pub struct in_addr { pub s_addr: in_addr_t }
    // ABI: C's `in6_addr` is a union of byte/u16/u32 views; `s6_addr` is a macro for the
    // byte view, so the layout is sixteen bytes aligned to four.
    #[repr(align(4))]
    "struct in6_addr" => pub struct in6_addr { pub s6_addr: [u8; 16] }
    "struct sockaddr_in" => pub struct sockaddr_in {
        pub sin_family: sa_family_t, pub sin_port: in_port_t, pub sin_addr: in_addr,
        pub sin_zero: [u8; 8],
    }
    "struct sockaddr_in6" => pub struct sockaddr_in6 {
        pub sin6_family: sa_family_t, pub sin6_port: in_port_t, pub sin6_flowinfo: u32,
        pub sin6_addr: in6_addr, pub sin6_scope_id: u32,
    }
    "struct ipv6_mreq" => pub struct ipv6_mreq { pub ipv6mr_multiaddr: in6_addr, pub ipv6mr_interface: c_uint }
    "struct ip_mreq" => pub struct ip_mreq { pub imr_multiaddr: in_addr, pub imr_interface: in_addr }
    "struct ip_mreqn" => pub struct ip_mreqn {
        pub imr_multiaddr: in_addr, pub imr_address: in_addr, pub imr_ifindex: c_int,
    }
    "struct in_pktinfo" => pub struct in_pktinfo {
        pub ipi_ifindex: c_int, pub ipi_spec_dst: in_addr, pub ipi_addr: in_addr,
    }
    "struct in6_pktinfo" => pub struct in6_pktinfo { pub ipi6_addr: in6_addr, pub ipi6_ifindex: c_uint }
}

abi_consts! { TCP_CONSTS, "netinet/tcp.h";
    pub const TCP_NODELAY: c_int = 1;
    pub const TCP_MAXSEG: c_int = 2;
    pub const TCP_CORK: c_int = 3;
    pub const TCP_KEEPIDLE: c_int = 4;
    pub const TCP_KEEPINTVL: c_int = 5;
    pub const TCP_KEEPCNT: c_int = 6;
    pub const TCP_SYNCNT: c_int = 7;
    pub const TCP_LINGER2: c_int = 8;
    pub const TCP_DEFER_ACCEPT: c_int = 9;
    pub const TCP_WINDOW_CLAMP: c_int = 10;
    pub const TCP_INFO: c_int = 11;
    pub const TCP_QUICKACK: c_int = 12;
    pub const TCP_CONGESTION: c_int = 13;
    pub const TCP_MD5SIG: c_int = 14;
    pub const TCP_USER_TIMEOUT: c_int = 18;
    pub const TCP_FASTOPEN: c_int = 23;
    pub const TCP_NOTSENT_LOWAT: c_int = 25;
    pub const TCP_FASTOPEN_CONNECT: c_int = 30;
    pub const TCP_ULP: c_int = 31;
    pub const TCP_INQ: c_int = 36;
    pub const TCP_ESTABLISHED: c_int = 1;
    pub const TCP_LISTEN: c_int = 10;
    pub const TCP_CLOSE: c_int = 7;
    pub const SOL_TCP: c_int = 6;
}

abi_consts! { UDP_CONSTS, "netinet/udp.h";
    pub const UDP_CORK: c_int = 1;
    pub const UDP_ENCAP: c_int = 100;
    pub const UDP_SEGMENT: c_int = 103;
    pub const UDP_GRO: c_int = 104;
    pub const SOL_UDP: c_int = 17;
}

abi_structs! { UN, "sys/un.h";
    "struct sockaddr_un" => pub struct sockaddr_un { pub sun_family: sa_family_t, pub sun_path: [c_char; 108] }
}

abi_consts! { IF_CONSTS, "net/if.h";
    pub const IF_NAMESIZE: c_int = 16;
    pub const IFNAMSIZ: c_int = 16;
    pub const IFF_UP: c_int = 0x1;
    pub const IFF_BROADCAST: c_int = 0x2;
    pub const IFF_LOOPBACK: c_int = 0x8;
    pub const IFF_RUNNING: c_int = 0x40;
    pub const IFF_MULTICAST: c_int = 0x1000;
}

abi_structs! { IF_STRUCTS, "net/if.h";
    "struct if_nameindex" => pub struct if_nameindex { pub if_index: c_uint, pub if_name: *mut c_char }
}

/// `struct ifreq` as `SIOCGIFINDEX`/`SIOCGIFNAME` use it: the name, then a 24-byte union
/// whose first `int` is the index (40 bytes in all, as in musl's net/if.h).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ifreq {
    pub ifr_name: [c_char; 16],
    pub ifr_ifindex: c_int,
    pub __rest: [u8; 20],
}

const _: () = assert!(core::mem::size_of::<ifreq>() == 40);
const _: () = assert!(core::mem::size_of::<sockaddr_in6>() == 28);
