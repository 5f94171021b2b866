//! `system` (C17 7.22.4.8, POSIX system(); musl: src/process/system.c): `/bin/sh -c cmd`
//! through `posix_spawn`, with `SIGINT`/`SIGQUIT` ignored and `SIGCHLD` blocked meanwhile.
use crate::abi::errno::EINTR;
use crate::abi::signal::{SIG_IGN, SIGCHLD, SIGINT, SIGQUIT, sigaction as Sigaction};
use crate::abi::spawn::{POSIX_SPAWN_SETSIGDEF, POSIX_SPAWN_SETSIGMASK, posix_spawnattr_t};
use crate::abi::types::{c_char, c_int};
use crate::errno::set_errno;
use crate::signal::block::{bit, block, restore};
use crate::signal::sigaction::{do_sigaction, user_set};
use crate::sys::{Errno, check, nr::SYS_wait4, syscall4};

/// `int system(const char *cmd);` — the shell's wait status, or -1; with a null `cmd`,
/// 1 (a shell is assumed to exist, as musl).
///
/// # Safety
/// `cmd` is null or NUL-terminated.
///
/// # Errors
/// -1 with `errno` from creating the child (`EAGAIN`, `ENOMEM`, `ENOENT`...).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn system(cmd: *const c_char) -> c_int {
    // A cancellation point on entry, as in musl; the wait for the shell below is not one,
    // so a cancelled thread never leaves SIGINT/SIGQUIT ignored.
    crate::thread::pthread_cancel::pthread_testcancel();
    if cmd.is_null() {
        return 1;
    }
    // SAFETY: all-zero is a valid `struct sigaction` (SIG_DFL, empty mask).
    let mut ign: Sigaction = unsafe { core::mem::zeroed() };
    ign.sa_handler = SIG_IGN;
    // SAFETY: as above.
    let (mut old_int, mut old_quit): (Sigaction, Sigaction) = unsafe { core::mem::zeroed() };
    let _ = do_sigaction(SIGINT, Some(&ign), Some(&mut old_int));
    let _ = do_sigaction(SIGQUIT, Some(&ign), Some(&mut old_quit));
    let old_mask = block(bit(SIGCHLD));

    let mut reset = 0u64;
    if old_int.sa_handler != SIG_IGN {
        reset |= bit(SIGINT);
    }
    if old_quit.sa_handler != SIG_IGN {
        reset |= bit(SIGQUIT);
    }
    // SAFETY: all-zero is the default attribute object.
    let mut attr: posix_spawnattr_t = unsafe { core::mem::zeroed() };
    attr.__flags = POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK;
    attr.__mask = user_set(old_mask);
    attr.__def = user_set(reset);
    let argv: [*const c_char; 4] = [c"sh".as_ptr(), c"-c".as_ptr(), cmd, core::ptr::null()];
    let envp = crate::env::__environ::get() as *const *const c_char;
    let mut pid = 0;
    // SAFETY: every pointer is live and NUL-terminated; `argv` ends in null.
    let ret = unsafe {
        super::posix_spawn::posix_spawn(
            &mut pid,
            c"/bin/sh".as_ptr(),
            core::ptr::null(),
            &attr,
            argv.as_ptr(),
            envp,
        )
    };
    let mut status: c_int = -1;
    if ret == 0 {
        loop {
            let st = &mut status as *mut c_int as usize;
            // SAFETY: waits for our own child into a local.
            match check(unsafe { syscall4(SYS_wait4, pid as usize, st, 0, 0) }) {
                Err(Errno(EINTR)) => continue,
                _ => break,
            }
        }
    }
    let _ = do_sigaction(SIGINT, Some(&old_int), None);
    let _ = do_sigaction(SIGQUIT, Some(&old_quit), None);
    restore(old_mask);
    if ret != 0 {
        set_errno(ret);
    }
    status
}
