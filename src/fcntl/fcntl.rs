//! `fcntl` body (POSIX.1-2017 fcntl(); musl: src/fcntl/fcntl.c). The variadic C entry
//! point is in src/shim/fcntl.c and passes the optional argument as an integer.
use crate::abi::errno::EINVAL;
use crate::abi::fcntl::{
    F_DUPFD, F_DUPFD_CLOEXEC, F_GETOWN, F_GETOWN_EX, F_OWNER_PGRP, F_SETFD, F_SETFL, F_SETLKW,
    FD_CLOEXEC, O_LARGEFILE, f_owner_ex,
};
use crate::abi::types::{c_int, c_ulong};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall3};

fn raw(fd: c_int, cmd: c_int, arg: usize) -> isize {
    // SAFETY: for the pointer commands (locks, owners, F_GET_RW_HINT...) the caller
    // passed a pointer to the right struct; the kernel validates everything else.
    unsafe { syscall3(SYS_fcntl, fd as usize, cmd as usize, arg) }
}

/// `int fcntl(int fd, int cmd, ...);` with the argument already fetched.
///
/// `F_SETFL` implies `O_LARGEFILE`; `F_GETOWN` reports a process group as a negative
/// number even where the kernel's answer would be ambiguous (it asks `F_GETOWN_EX`).
///
/// # Safety
/// For commands taking a pointer (`F_GETLK`, `F_SETLK(W)`, `F_OFD_*`, `F_GETOWN_EX`,
/// `F_SETOWN_EX`, hints...), `arg` must point at the matching struct.
///
/// # Errors
/// `EBADF`, `EINVAL`, `EMFILE` (`F_DUPFD*`), `EAGAIN`/`EACCES` (lock held), `EDEADLK`,
/// `EINTR` (`F_SETLKW`), `EFAULT`...
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __rcc_fcntl(fd: c_int, cmd: c_int, arg: c_ulong) -> c_int {
    let mut arg = arg as usize;
    if cmd == F_SETFL {
        arg |= O_LARGEFILE as usize;
    }
    if cmd == F_GETOWN {
        let mut ex = f_owner_ex { r#type: 0, pid: 0 };
        let r = raw(fd, F_GETOWN_EX, &raw mut ex as usize);
        if r == -(EINVAL as isize) {
            return __syscall_ret(raw(fd, cmd, arg)) as c_int;
        }
        if r != 0 {
            return __syscall_ret(r) as c_int;
        }
        return if ex.r#type == F_OWNER_PGRP {
            -ex.pid
        } else {
            ex.pid
        };
    }
    if cmd == F_DUPFD_CLOEXEC {
        let r = raw(fd, F_DUPFD_CLOEXEC, arg);
        if r != -(EINVAL as isize) {
            return __syscall_ret(r) as c_int;
        }
        // Pre-2.6.24 kernels: tell a bad argument from a missing command, then emulate.
        let probe = raw(fd, F_DUPFD_CLOEXEC, 0);
        if probe != -(EINVAL as isize) {
            if probe >= 0 {
                let _ = crate::sys::fs::close(probe as c_int);
            }
            return __syscall_ret(-(EINVAL as isize)) as c_int;
        }
        let r = raw(fd, F_DUPFD, arg);
        if r >= 0 {
            raw(r as c_int, F_SETFD, FD_CLOEXEC as usize);
        }
        return __syscall_ret(r) as c_int;
    }
    if cmd == F_SETLKW {
        // The one fcntl command that is a cancellation point.
        // SAFETY: the caller passed a `struct flock` pointer.
        return __syscall_ret(unsafe {
            crate::thread::syscall_cp::cp3(SYS_fcntl, fd as usize, cmd as usize, arg)
        }) as c_int;
    }
    __syscall_ret(raw(fd, cmd, arg)) as c_int
}
