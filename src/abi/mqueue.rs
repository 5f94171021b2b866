//! `<mqueue.h>` types (POSIX; musl: include/mqueue.h).
#![allow(non_camel_case_types)]
use super::types::{c_int, c_long};

abi_typedefs! { MQUEUE_TYPES, "mqueue.h";
    pub type mqd_t = c_int;
}

abi_structs! { MQUEUE_STRUCTS, "mqueue.h";
    "struct mq_attr" => pub struct mq_attr {
        pub mq_flags: c_long, pub mq_maxmsg: c_long, pub mq_msgsize: c_long,
        pub mq_curmsgs: c_long, pub __unused: [c_long; 4],
    }
}
