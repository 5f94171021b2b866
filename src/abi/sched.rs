//! `<sched.h>` and `<sys/wait.h>` constants and types (musl: include/sched.h,
//! include/sys/wait.h).
use super::types::{c_int, c_long, c_ulong, time_t};

abi_consts! { CONSTS, "sched.h";
    pub const SCHED_OTHER: c_int = 0;
    pub const SCHED_FIFO: c_int = 1;
    pub const SCHED_RR: c_int = 2;
    pub const SCHED_BATCH: c_int = 3;
    pub const SCHED_IDLE: c_int = 5;
    pub const SCHED_DEADLINE: c_int = 6;
    pub const SCHED_RESET_ON_FORK: c_int = 0x4000_0000;
    pub const CSIGNAL: c_int = 0xff;
    pub const CLONE_NEWTIME: c_int = 0x80;
    pub const CLONE_VM: c_int = 0x100;
    pub const CLONE_FS: c_int = 0x200;
    pub const CLONE_FILES: c_int = 0x400;
    pub const CLONE_SIGHAND: c_int = 0x800;
    pub const CLONE_PIDFD: c_int = 0x1000;
    pub const CLONE_PTRACE: c_int = 0x2000;
    pub const CLONE_VFORK: c_int = 0x4000;
    pub const CLONE_PARENT: c_int = 0x8000;
    pub const CLONE_THREAD: c_int = 0x10000;
    pub const CLONE_NEWNS: c_int = 0x20000;
    pub const CLONE_SYSVSEM: c_int = 0x40000;
    pub const CLONE_SETTLS: c_int = 0x80000;
    pub const CLONE_PARENT_SETTID: c_int = 0x10_0000;
    pub const CLONE_CHILD_CLEARTID: c_int = 0x20_0000;
    pub const CLONE_DETACHED: c_int = 0x40_0000;
    pub const CLONE_UNTRACED: c_int = 0x80_0000;
    pub const CLONE_CHILD_SETTID: c_int = 0x100_0000;
    pub const CLONE_NEWCGROUP: c_int = 0x200_0000;
    pub const CLONE_NEWUTS: c_int = 0x400_0000;
    pub const CLONE_NEWIPC: c_int = 0x800_0000;
    pub const CLONE_NEWUSER: c_int = 0x1000_0000;
    pub const CLONE_NEWPID: c_int = 0x2000_0000;
    pub const CLONE_NEWNET: c_int = 0x4000_0000;
    pub const CLONE_IO: u32 = 0x8000_0000;
    pub const CPU_SETSIZE: c_int = 128;
}

abi_consts! { WAIT, "sys/wait.h";
    pub const WNOHANG: c_int = 1;
    pub const WUNTRACED: c_int = 2;
    pub const WSTOPPED: c_int = 2;
    pub const WEXITED: c_int = 4;
    pub const WCONTINUED: c_int = 8;
    pub const WNOWAIT: c_int = 0x100_0000;
    pub const __WNOTHREAD: c_int = 0x2000_0000;
    pub const __WALL: c_int = 0x4000_0000;
    pub const __WCLONE: u32 = 0x8000_0000;
}

/// `idtype_t` values (an enum in C, so not in the macro check).
pub const P_ALL: c_int = 0;
pub const P_PID: c_int = 1;
pub const P_PGID: c_int = 2;
pub const P_PIDFD: c_int = 3;

/// The reserved time pair inside `struct sched_param`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SchedReserved {
    pub __reserved1: time_t,
    pub __reserved2: c_long,
}

abi_structs! { STRUCTS, "sched.h";
    "struct sched_param" => pub struct sched_param {
        pub sched_priority: c_int,
        pub __reserved1: c_int,
        pub __reserved2: [SchedReserved; 2],
        pub __reserved3: c_int,
    }
    "cpu_set_t" => pub struct cpu_set_t { pub __bits: [c_ulong; 16] }
}
