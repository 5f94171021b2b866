//! `<sys/epoll.h>`, `<sys/eventfd.h>`, `<sys/signalfd.h>`, `<sys/inotify.h>` types and
//! constants (Linux; musl: include/sys/epoll.h, eventfd.h, signalfd.h, inotify.h).
#![allow(non_camel_case_types)]
use super::check::Check;
use super::types::{c_int, c_uint, c_void};

abi_consts! { EPOLL, "sys/epoll.h";
    pub const EPOLL_CLOEXEC: c_int = 0o2000000;
    pub const EPOLL_NONBLOCK: c_int = 0o4000;
    pub const EPOLLIN: c_uint = 0x001;
    pub const EPOLLPRI: c_uint = 0x002;
    pub const EPOLLOUT: c_uint = 0x004;
    pub const EPOLLERR: c_uint = 0x008;
    pub const EPOLLHUP: c_uint = 0x010;
    pub const EPOLLNVAL: c_uint = 0x020;
    pub const EPOLLRDNORM: c_uint = 0x040;
    pub const EPOLLRDBAND: c_uint = 0x080;
    pub const EPOLLWRNORM: c_uint = 0x100;
    pub const EPOLLWRBAND: c_uint = 0x200;
    pub const EPOLLMSG: c_uint = 0x400;
    pub const EPOLLRDHUP: c_uint = 0x2000;
    pub const EPOLLEXCLUSIVE: c_uint = 1 << 28;
    pub const EPOLLWAKEUP: c_uint = 1 << 29;
    pub const EPOLLONESHOT: c_uint = 1 << 30;
    pub const EPOLLET: c_uint = 1 << 31;
    pub const EPOLL_CTL_ADD: c_int = 1;
    pub const EPOLL_CTL_DEL: c_int = 2;
    pub const EPOLL_CTL_MOD: c_int = 3;
}

/// `epoll_data_t`.
#[repr(C)]
#[derive(Clone, Copy)]
pub union epoll_data {
    pub ptr: *mut c_void,
    pub fd: c_int,
    pub u32: u32,
    pub u64: u64,
}

/// `struct epoll_event`: packed on x86_64, as the kernel's (12 bytes, alignment 1).
#[repr(C, packed)]
#[derive(Clone, Copy)]
pub struct epoll_event {
    pub events: u32,
    pub data: epoll_data,
}

/// The epoll types, for the ABI check (the macro cannot express `packed`).
pub static EPOLL_STRUCTS: &[Check] = &[
    Check::Type {
        header: "sys/epoll.h",
        c_type: "epoll_data_t",
        size: core::mem::size_of::<epoll_data>(),
        align: core::mem::align_of::<epoll_data>(),
        fields: &[("ptr", 0), ("fd", 0), ("u32", 0), ("u64", 0)],
    },
    Check::Type {
        header: "sys/epoll.h",
        c_type: "struct epoll_event",
        size: core::mem::size_of::<epoll_event>(),
        align: core::mem::align_of::<epoll_event>(),
        fields: &[
            ("events", core::mem::offset_of!(epoll_event, events)),
            ("data", core::mem::offset_of!(epoll_event, data)),
        ],
    },
];
const _: () = assert!(core::mem::size_of::<epoll_event>() == 12);

abi_consts! { EVENTFD, "sys/eventfd.h";
    pub const EFD_SEMAPHORE: c_int = 1;
    pub const EFD_CLOEXEC: c_int = 0o2000000;
    pub const EFD_NONBLOCK: c_int = 0o4000;
}

abi_typedefs! { EVENTFD_TYPES, "sys/eventfd.h";
    pub type eventfd_t = u64;
}

abi_consts! { SIGNALFD, "sys/signalfd.h";
    pub const SFD_CLOEXEC: c_int = 0o2000000;
    pub const SFD_NONBLOCK: c_int = 0o4000;
}

abi_structs! { SIGNALFD_STRUCTS, "sys/signalfd.h";
    "struct signalfd_siginfo" => pub struct signalfd_siginfo {
        pub ssi_signo: u32, pub ssi_errno: i32, pub ssi_code: i32, pub ssi_pid: u32,
        pub ssi_uid: u32, pub ssi_fd: i32, pub ssi_tid: u32, pub ssi_band: u32,
        pub ssi_overrun: u32, pub ssi_trapno: u32, pub ssi_status: i32, pub ssi_int: i32,
        pub ssi_ptr: u64, pub ssi_utime: u64, pub ssi_stime: u64, pub ssi_addr: u64,
        pub ssi_addr_lsb: u16, pub __pad2: u16, pub ssi_syscall: i32, pub ssi_call_addr: u64,
        pub ssi_arch: u32, pub __pad: [u8; 28],
    }
}
const _: () = assert!(core::mem::size_of::<signalfd_siginfo>() == 128);

abi_consts! { INOTIFY, "sys/inotify.h";
    pub const IN_CLOEXEC: c_int = 0o2000000;
    pub const IN_NONBLOCK: c_int = 0o4000;
    pub const IN_ACCESS: u32 = 0x00000001;
    pub const IN_MODIFY: u32 = 0x00000002;
    pub const IN_ATTRIB: u32 = 0x00000004;
    pub const IN_CLOSE_WRITE: u32 = 0x00000008;
    pub const IN_CLOSE_NOWRITE: u32 = 0x00000010;
    pub const IN_CLOSE: u32 = 0x00000018;
    pub const IN_OPEN: u32 = 0x00000020;
    pub const IN_MOVED_FROM: u32 = 0x00000040;
    pub const IN_MOVED_TO: u32 = 0x00000080;
    pub const IN_MOVE: u32 = 0x000000c0;
    pub const IN_CREATE: u32 = 0x00000100;
    pub const IN_DELETE: u32 = 0x00000200;
    pub const IN_DELETE_SELF: u32 = 0x00000400;
    pub const IN_MOVE_SELF: u32 = 0x00000800;
    pub const IN_ALL_EVENTS: u32 = 0x00000fff;
    pub const IN_UNMOUNT: u32 = 0x00002000;
    pub const IN_Q_OVERFLOW: u32 = 0x00004000;
    pub const IN_IGNORED: u32 = 0x00008000;
    pub const IN_ONLYDIR: u32 = 0x01000000;
    pub const IN_DONT_FOLLOW: u32 = 0x02000000;
    pub const IN_EXCL_UNLINK: u32 = 0x04000000;
    pub const IN_MASK_CREATE: u32 = 0x10000000;
    pub const IN_MASK_ADD: u32 = 0x20000000;
    pub const IN_ISDIR: u32 = 0x40000000;
    pub const IN_ONESHOT: u32 = 0x80000000;
}

abi_structs! { INOTIFY_STRUCTS, "sys/inotify.h";
    "struct inotify_event" => pub struct inotify_event {
        pub wd: c_int, pub mask: u32, pub cookie: u32, pub len: u32,
    }
}
