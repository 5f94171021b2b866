//! Process syscalls: exit_group, getpid, gettid, tgkill, signal mask and disposition.
use super::{Errno, check, nr::*, syscall0, syscall1, syscall2, syscall3, syscall4};
use crate::abi::types::{c_int, pid_t};

/// `exit_group(2)`: ends every thread of the process.
pub fn exit_group(code: c_int) -> ! {
    loop {
        // SAFETY: exit_group takes no memory and does not return.
        unsafe { syscall1(SYS_exit_group, code as usize) };
        // SAFETY: as above; plain exit is the fallback the kernel always has.
        unsafe { syscall1(SYS_exit, code as usize) };
    }
}

/// `getpid(2)`.
pub fn getpid() -> pid_t {
    // SAFETY: no arguments.
    unsafe { syscall0(SYS_getpid) as pid_t }
}

/// `getppid(2)`.
pub fn getppid() -> pid_t {
    // SAFETY: no arguments.
    unsafe { syscall0(SYS_getppid) as pid_t }
}

/// `gettid(2)`.
pub fn gettid() -> pid_t {
    // SAFETY: no arguments.
    unsafe { syscall0(SYS_gettid) as pid_t }
}

/// `tgkill(2)`.
pub fn tgkill(tgid: pid_t, tid: pid_t, sig: c_int) -> Result<(), Errno> {
    // SAFETY: no memory is passed.
    check(unsafe { syscall3(SYS_tgkill, tgid as usize, tid as usize, sig as usize) }).map(drop)
}

/// `rt_sigprocmask(2)` with the kernel's 8-byte signal set.
pub fn sigprocmask(how: c_int, set: Option<&u64>, old: Option<&mut u64>) -> Result<(), Errno> {
    let set = set.map_or(0, |s| s as *const u64 as usize);
    let old = old.map_or(0, |o| o as *mut u64 as usize);
    // SAFETY: both pointers are null or point at live u64s.
    check(unsafe { syscall4(SYS_rt_sigprocmask, how as usize, set, old, 8) }).map(drop)
}

/// Kernel `struct sigaction` for x86_64 (handler, flags, restorer, mask).
#[repr(C)]
pub struct KSigaction {
    pub handler: usize,
    pub flags: u64,
    pub restorer: usize,
    pub mask: u64,
}

/// `rt_sigaction(2)`.
pub fn sigaction(
    sig: c_int,
    new: Option<&KSigaction>,
    old: Option<&mut KSigaction>,
) -> Result<(), Errno> {
    let new = new.map_or(0, |s| s as *const KSigaction as usize);
    let old = old.map_or(0, |o| o as *mut KSigaction as usize);
    // SAFETY: both pointers are null or point at live KSigactions.
    check(unsafe { syscall4(SYS_rt_sigaction, sig as usize, new, old, 8) }).map(drop)
}

/// `arch_prctl(2)`.
///
/// # Safety
/// Changing `%fs` under running code must keep the thread descriptor valid.
pub unsafe fn arch_prctl(code: usize, addr: usize) -> Result<(), Errno> {
    // SAFETY: the caller guarantees the new thread pointer is valid.
    check(unsafe { syscall2(SYS_arch_prctl, code, addr) }).map(drop)
}

/// `set_tid_address(2)`: returns the caller's tid.
pub fn set_tid_address(addr: *mut pid_t) -> pid_t {
    // SAFETY: the kernel stores through `addr` only at thread exit; callers pass a
    // descriptor field that outlives the thread.
    unsafe { super::syscall1(SYS_set_tid_address, addr as usize) as pid_t }
}
