//! `<sys/random.h>` constants (musl: include/sys/random.h).
use super::types::c_uint;

abi_consts! { CONSTS, "sys/random.h";
    pub const GRND_NONBLOCK: c_uint = 0x0001;
    pub const GRND_RANDOM: c_uint = 0x0002;
    pub const GRND_INSECURE: c_uint = 0x0004;
}
