//! The C convention for `vfork`'s result; the entry point itself is naked asm in
//! arch/x86_64/vfork.rs (musl: src/process/vfork.c, x86_64/vfork.s).
use crate::abi::types::pid_t;

/// Turns the raw `vfork(2)` return into a pid, or -1 with `errno` set. In the child this
/// runs on the parent's stack below the frame `vfork` was called from, which is allowed.
pub extern "C" fn finish(r: isize) -> pid_t {
    crate::errno::__syscall_ret(r) as pid_t
}
