//! `<spawn.h>` constants and types (musl: include/spawn.h).
use super::signal::sigset_t;
use super::types::{c_char, c_int, c_void, pid_t};

abi_consts! { CONSTS, "spawn.h";
    pub const POSIX_SPAWN_RESETIDS: c_int = 1;
    pub const POSIX_SPAWN_SETPGROUP: c_int = 2;
    pub const POSIX_SPAWN_SETSIGDEF: c_int = 4;
    pub const POSIX_SPAWN_SETSIGMASK: c_int = 8;
    pub const POSIX_SPAWN_SETSCHEDPARAM: c_int = 16;
    pub const POSIX_SPAWN_SETSCHEDULER: c_int = 32;
    pub const POSIX_SPAWN_USEVFORK: c_int = 64;
    pub const POSIX_SPAWN_SETSID: c_int = 128;
}

abi_structs! { STRUCTS, "spawn.h";
    "posix_spawnattr_t" => pub struct posix_spawnattr_t {
        pub __flags: c_int,
        pub __pgrp: pid_t,
        pub __def: sigset_t,
        pub __mask: sigset_t,
        pub __prio: c_int,
        pub __pol: c_int,
        pub __fn: *mut c_void,
        pub __pad: [c_char; 56],
    }
    "posix_spawn_file_actions_t" => pub struct posix_spawn_file_actions_t {
        pub __pad0: [c_int; 2],
        pub __actions: *mut c_void,
        pub __pad: [c_int; 16],
    }
}
