//! `<sys/uio.h>` types and constants (POSIX; musl: include/sys/uio.h, bits/alltypes.h).
use super::types::{c_int, c_void, size_t};

abi_consts! { CONSTS, "sys/uio.h";
    pub const UIO_MAXIOV: c_int = 1024;
}

abi_structs! { STRUCTS, "sys/uio.h";
    "struct iovec" => pub struct iovec { pub iov_base: *mut c_void, pub iov_len: size_t }
}

/// `preadv2`/`pwritev2` flags (Linux `RWF_*`; not in musl 1.2.3's headers, so unchecked).
pub const RWF_HIPRI: c_int = 1;
pub const RWF_DSYNC: c_int = 2;
pub const RWF_SYNC: c_int = 4;
pub const RWF_NOWAIT: c_int = 8;
pub const RWF_APPEND: c_int = 16;
