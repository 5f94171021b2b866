//! `posix_spawn`, `posix_spawnp` (POSIX; musl: src/process/posix_spawn.c, posix_spawnp.c):
//! `clone(CLONE_VM|CLONE_VFORK)` onto a private stack; the child applies the attributes
//! and file actions, execs, and reports a failure through a close-on-exec pipe.
use super::posix_spawn_file_actions::{Cmd, FdOp};
use crate::abi::errno::EBADF;
use crate::abi::fcntl::{AT_FDCWD, F_GETFD, F_SETFD, FD_CLOEXEC, O_CLOEXEC, O_LARGEFILE};
use crate::abi::signal::{SIG_DFL, SIG_IGN, SIG_SETMASK, SIGCHLD};
use crate::abi::spawn::*;
use crate::abi::types::{c_char, c_int, pid_t};
use crate::signal::block::{ALL, bit, block, restore};
use crate::sys::proc::{KSigaction, sigaction, sigprocmask};
use crate::sys::{Errno, check, nr::*, syscall0, syscall1, syscall2, syscall3, syscall4};

/// The child's stack: room for the `PATH` search buffer and the syscalls' frames.
const STACK: usize = 16384;

/// What the child needs; it lives in the parent's frame, which the child shares.
struct Args {
    pipe: [c_int; 2],
    old_mask: u64,
    path: *const c_char,
    fa: *const posix_spawn_file_actions_t,
    attr: *const posix_spawnattr_t,
    argv: *const *const c_char,
    envp: *const *const c_char,
    search: bool,
}

fn sys(r: isize) -> Result<usize, Errno> {
    check(r)
}

/// Every handler back to its default, so none runs in the child while it shares memory
/// with the parent; `def` (with `POSIX_SPAWN_SETSIGDEF`) forces `SIG_DFL` even on ignored
/// signals. Signals 32..=34 belong to libc and are ignored instead.
fn reset_signals(def: u64) {
    for sig in 1..=64 {
        let mut old = KSigaction {
            handler: 0,
            flags: 0,
            restorer: 0,
            mask: 0,
        };
        if def & bit(sig) == 0
            && (sigaction(sig, None, Some(&mut old)).is_err() || old.handler <= SIG_IGN)
        {
            continue;
        }
        let libc_own = (32..=34).contains(&sig) && def & bit(sig) == 0;
        let new = KSigaction {
            handler: if libc_own { SIG_IGN } else { SIG_DFL },
            flags: 0,
            restorer: 0,
            mask: 0,
        };
        let _ = sigaction(sig, Some(&new), None);
    }
}

/// Runs the file actions oldest first; `p` is the report pipe, moved out of the way when
/// an action names its descriptor.
///
/// # Safety
/// `fa` is null or an initialised action list.
unsafe fn run_actions(fa: *const posix_spawn_file_actions_t, p: &mut c_int) -> Result<(), Errno> {
    if fa.is_null() {
        return Ok(());
    }
    // SAFETY: the list was built by posix_spawn_file_actions_*; paths are NUL-terminated.
    unsafe {
        let mut op = (*fa).__actions as *const FdOp;
        if op.is_null() {
            return Ok(());
        }
        while !(*op).next.is_null() {
            op = (*op).next;
        }
        while !op.is_null() {
            let o = &*op;
            if o.fd == *p {
                let n = sys(syscall1(SYS_dup, *p as usize))? as c_int;
                syscall1(SYS_close, *p as usize);
                *p = n;
            }
            match o.cmd {
                Cmd::Close => {
                    syscall1(SYS_close, o.fd as usize);
                }
                Cmd::Dup2 if o.srcfd == *p => return Err(Errno(EBADF)),
                Cmd::Dup2 if o.srcfd != o.fd => {
                    sys(syscall2(SYS_dup2, o.srcfd as usize, o.fd as usize))?;
                }
                Cmd::Dup2 => {
                    let fl = sys(syscall2(SYS_fcntl, o.fd as usize, F_GETFD as usize))?;
                    let fl = fl & !(FD_CLOEXEC as usize);
                    sys(syscall3(SYS_fcntl, o.fd as usize, F_SETFD as usize, fl))?;
                }
                Cmd::Open => {
                    let path = FdOp::path(op) as usize;
                    let fl = (o.oflag | O_LARGEFILE) as usize;
                    let fd = sys(syscall4(
                        SYS_openat,
                        AT_FDCWD as usize,
                        path,
                        fl,
                        o.mode as usize,
                    ))?;
                    if fd as c_int != o.fd {
                        sys(syscall2(SYS_dup2, fd, o.fd as usize))?;
                        syscall1(SYS_close, fd);
                    }
                }
                Cmd::Chdir => {
                    sys(syscall1(SYS_chdir, FdOp::path(op) as usize))?;
                }
                Cmd::Fchdir => {
                    sys(syscall1(SYS_fchdir, o.fd as usize))?;
                }
            }
            op = o.prev;
        }
    }
    Ok(())
}

/// The child's work up to the exec; returns the error to report.
///
/// # Safety
/// `a` is the parent's live `Args`.
unsafe fn child_setup(a: &Args, p: &mut c_int) -> Errno {
    // SAFETY: `a.attr` points at a valid attribute object (posix_spawn supplies one).
    let attr = unsafe { &*a.attr };
    let flags = attr.__flags;
    let def = if flags & POSIX_SPAWN_SETSIGDEF != 0 {
        attr.__def.__bits[0]
    } else {
        0
    };
    reset_signals(def);
    // SAFETY: plain syscalls on integers; the action list per run_actions' contract.
    let r: Result<(), Errno> = unsafe {
        (|| {
            if flags & POSIX_SPAWN_SETSID != 0 {
                sys(syscall0(SYS_setsid))?;
            }
            if flags & POSIX_SPAWN_SETPGROUP != 0 {
                sys(syscall2(SYS_setpgid, 0, attr.__pgrp as usize))?;
            }
            if flags & POSIX_SPAWN_RESETIDS != 0 {
                sys(syscall1(SYS_setgid, syscall0(SYS_getgid) as usize))?;
                sys(syscall1(SYS_setuid, syscall0(SYS_getuid) as usize))?;
            }
            run_actions(a.fa, p)
        })()
    };
    if let Err(e) = r {
        return e;
    }
    // SAFETY: `p` is the (possibly moved) pipe end; it must close at exec.
    unsafe {
        syscall3(
            SYS_fcntl,
            *p as usize,
            F_SETFD as usize,
            FD_CLOEXEC as usize,
        )
    };
    let mask = if flags & POSIX_SPAWN_SETSIGMASK != 0 {
        attr.__mask.__bits[0]
    } else {
        a.old_mask
    };
    let _ = sigprocmask(SIG_SETMASK, Some(&mask), None);
    // SAFETY: the caller of posix_spawn guarantees path, argv and envp.
    unsafe {
        if a.search {
            super::execvp::search_exec(a.path, a.argv, a.envp)
        } else {
            super::execve::exec(a.path, a.argv, a.envp)
        }
    }
}

/// The child's entry, called by `clone` on the private stack.
unsafe extern "C" fn child(arg: *mut u8) -> i32 {
    // SAFETY: `arg` is the parent's `Args`, alive while the parent is suspended (VFORK).
    let a = unsafe { &*(arg as *const Args) };
    let mut p = a.pipe[1];
    // SAFETY: closing the read end, which only the parent uses.
    unsafe { syscall1(SYS_close, a.pipe[0] as usize) };
    // SAFETY: `a` is live.
    let Errno(e) = unsafe { child_setup(a, &mut p) };
    if e != 0 {
        loop {
            // SAFETY: writes the 4-byte error from a live local (atomic: < PIPE_BUF).
            let r = unsafe { syscall3(SYS_write, p as usize, &e as *const c_int as usize, 4) };
            if r >= 0 {
                break;
            }
        }
    }
    crate::sys::proc::exit_group(127)
}

/// The shared body of both entry points; returns 0 or an error number.
///
/// # Safety
/// As [`posix_spawn`].
unsafe fn spawn(
    res: *mut pid_t,
    path: *const c_char,
    fa: *const posix_spawn_file_actions_t,
    attr: *const posix_spawnattr_t,
    argv: *const *const c_char,
    envp: *const *const c_char,
    search: bool,
) -> c_int {
    // SAFETY: all-zero bytes are the default attributes.
    let zero: posix_spawnattr_t = unsafe { core::mem::zeroed() };
    let mut a = Args {
        pipe: [-1; 2],
        old_mask: block(ALL),
        path,
        fa,
        attr: if attr.is_null() { &zero } else { attr },
        argv,
        envp,
        search,
    };
    let mut stack = [0u8; STACK];
    // SAFETY: `a.pipe` has room for two descriptors.
    let ec = match check(unsafe {
        syscall2(SYS_pipe2, a.pipe.as_mut_ptr() as usize, O_CLOEXEC as usize)
    }) {
        Err(Errno(e)) => e,
        Ok(_) => {
            let flags = crate::abi::sched::CLONE_VM | crate::abi::sched::CLONE_VFORK | SIGCHLD;
            let top = stack.as_mut_ptr() as usize + STACK;
            let arg = &mut a as *mut Args as *mut u8;
            let null = core::ptr::null_mut();
            // SAFETY: the child runs `child` on `stack`, which outlives it: with
            // CLONE_VFORK this call returns only once the child has exec'd or exited.
            let pid = unsafe {
                crate::arch::clone::clone(child, top, flags as usize, arg, null, 0, null)
            };
            // SAFETY: our own pipe's write end.
            unsafe { syscall1(SYS_close, a.pipe[1] as usize) };
            let mut ec: c_int = 0;
            if pid > 0 {
                let buf = &mut ec as *mut c_int as usize;
                // SAFETY: reads at most 4 bytes into `ec`.
                let n = unsafe { syscall3(SYS_read, a.pipe[0] as usize, buf, 4) };
                if n == 4 {
                    let mut status = 0;
                    // SAFETY: reaps the failed child into a local.
                    unsafe {
                        syscall4(
                            SYS_wait4,
                            pid as usize,
                            &mut status as *mut c_int as usize,
                            0,
                            0,
                        )
                    };
                } else {
                    ec = 0;
                }
            } else {
                ec = -pid as c_int;
            }
            // SAFETY: our own pipe's read end.
            unsafe { syscall1(SYS_close, a.pipe[0] as usize) };
            if ec == 0 && !res.is_null() {
                // SAFETY: the caller guarantees `res` when not null.
                unsafe { *res = pid as pid_t };
            }
            ec
        }
    };
    restore(a.old_mask);
    ec
}

/// `int posix_spawn(pid_t *restrict pid, const char *restrict path,
/// const posix_spawn_file_actions_t *fa, const posix_spawnattr_t *restrict attr,
/// char *const argv[restrict], char *const envp[restrict]);`
///
/// # Safety
/// `pid` is null or writable; `path` is NUL-terminated; `fa` and `attr` are null or
/// initialised; `argv` and `envp` are null-terminated arrays of strings.
///
/// # Errors
/// Returns (does not set in `errno`) the child's exec or file-action error (`ENOENT`,
/// `EACCES`, `EBADF`...), or `EAGAIN`/`ENOMEM`/`EMFILE` from creating it.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawn(
    pid: *mut pid_t,
    path: *const c_char,
    fa: *const posix_spawn_file_actions_t,
    attr: *const posix_spawnattr_t,
    argv: *const *const c_char,
    envp: *const *const c_char,
) -> c_int {
    // SAFETY: the caller's contract.
    unsafe { spawn(pid, path, fa, attr, argv, envp, false) }
}

/// `int posix_spawnp(...)` — as [`posix_spawn`], with `file` looked up as `execvp` does.
///
/// # Safety
/// As [`posix_spawn`].
///
/// # Errors
/// As [`posix_spawn`].
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawnp(
    pid: *mut pid_t,
    file: *const c_char,
    fa: *const posix_spawn_file_actions_t,
    attr: *const posix_spawnattr_t,
    argv: *const *const c_char,
    envp: *const *const c_char,
) -> c_int {
    // SAFETY: the caller's contract.
    unsafe { spawn(pid, file, fa, attr, argv, envp, true) }
}
