//! `<signal.h>` numbers and the kernel `sigaction` layout for x86_64 (musl: arch/x86_64/bits/signal.h).
use super::types::c_int;

pub const SIGABRT: c_int = 6;
pub const SIGKILL: c_int = 9;
pub const SIGSEGV: c_int = 11;
pub const SIG_BLOCK: c_int = 0;
pub const SIG_UNBLOCK: c_int = 1;
pub const SIG_SETMASK: c_int = 2;
