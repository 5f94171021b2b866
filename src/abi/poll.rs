//! `<poll.h>` and `<sys/select.h>` types and constants (POSIX; musl: include/poll.h,
//! include/sys/select.h).
#![allow(non_camel_case_types)]
use super::types::{c_int, c_short, c_ulong};

abi_consts! { POLL, "poll.h";
    pub const POLLIN: c_short = 0x001;
    pub const POLLPRI: c_short = 0x002;
    pub const POLLOUT: c_short = 0x004;
    pub const POLLERR: c_short = 0x008;
    pub const POLLHUP: c_short = 0x010;
    pub const POLLNVAL: c_short = 0x020;
    pub const POLLRDNORM: c_short = 0x040;
    pub const POLLRDBAND: c_short = 0x080;
    pub const POLLWRNORM: c_short = 0x100;
    pub const POLLWRBAND: c_short = 0x200;
    pub const POLLMSG: c_short = 0x400;
    pub const POLLRDHUP: c_short = 0x2000;
}

abi_typedefs! { POLL_TYPES, "poll.h";
    pub type nfds_t = c_ulong;
}

abi_structs! { POLL_STRUCTS, "poll.h";
    "struct pollfd" => pub struct pollfd { pub fd: c_int, pub events: c_short, pub revents: c_short }
}

abi_consts! { SELECT, "sys/select.h";
    pub const FD_SETSIZE: c_int = 1024;
}

abi_typedefs! { SELECT_TYPES, "sys/select.h";
    pub type fd_mask = c_ulong;
}

abi_structs! { SELECT_STRUCTS, "sys/select.h";
    "fd_set" => pub struct fd_set { pub fds_bits: [c_ulong; 16] }
}
