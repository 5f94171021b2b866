//! `popen`, `pclose`: a pipe to or from `/bin/sh -c cmd` (POSIX popen(); musl:
//! src/stdio/popen.c, pclose.c).
use super::__fmodeflags::has;
use super::file::File;
use crate::abi::errno::{EINTR, EINVAL, ENOMEM};
use crate::abi::fcntl::{F_SETFD, O_CLOEXEC};
use crate::abi::spawn::posix_spawn_file_actions_t;
use crate::abi::types::{c_char, c_int};
use crate::process::posix_spawn::posix_spawn;
use crate::process::posix_spawn_file_actions as fa;
use crate::sys::{check, nr::SYS_pipe2, nr::SYS_wait4, syscall2, syscall4};

/// `FILE *popen(const char *cmd, const char *mode);`
///
/// Runs `cmd` with `/bin/sh -c`; mode `r` reads its standard output, `w` writes its
/// standard input (`e` keeps the stream's descriptor close-on-exec).
///
/// # Safety
/// `cmd` and `mode` NUL-terminated.
///
/// # Errors
/// `EINVAL` (mode), `EMFILE`/`ENFILE` (pipe), `ENOMEM`, or `posix_spawn`'s error.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn popen(cmd: *const c_char, mode: *const c_char) -> *mut File {
    // SAFETY: the caller guarantees the strings; `p` and `actions` are live locals.
    unsafe {
        let op = match *mode as u8 {
            b'r' => 0usize,
            b'w' => 1usize,
            _ => {
                crate::errno::set_errno(EINVAL);
                return core::ptr::null_mut();
            }
        };
        let mut p = [0 as c_int; 2];
        if let Err(e) = check(syscall2(
            SYS_pipe2,
            p.as_mut_ptr() as usize,
            O_CLOEXEC as usize,
        )) {
            crate::errno::set_errno(e.0);
            return core::ptr::null_mut();
        }
        let f = super::fdopen::fdopen(p[op], mode);
        if f.is_null() {
            let _ = crate::sys::fs::close(p[0]);
            let _ = crate::sys::fs::close(p[1]);
            return f;
        }
        let mut e = ENOMEM;
        let mut actions: posix_spawn_file_actions_t = core::mem::zeroed();
        if fa::posix_spawn_file_actions_init(&mut actions) == 0 {
            let mut l = super::ofl::lock_list();
            let mut ok = true;
            // The child must not keep earlier popen streams' pipes open.
            while !l.is_null() {
                if (*l).pipe_pid != 0
                    && fa::posix_spawn_file_actions_addclose(&mut actions, (*l).fd) != 0
                {
                    ok = false;
                    break;
                }
                l = (*l).next;
            }
            if ok
                && fa::posix_spawn_file_actions_adddup2(&mut actions, p[1 - op], (1 - op) as c_int)
                    == 0
            {
                let argv: [*const c_char; 4] =
                    [c"sh".as_ptr(), c"-c".as_ptr(), cmd, core::ptr::null()];
                let mut pid = 0;
                e = posix_spawn(
                    &mut pid,
                    c"/bin/sh".as_ptr(),
                    &actions,
                    core::ptr::null(),
                    argv.as_ptr(),
                    crate::env::__environ::__environ.cast_const().cast(),
                );
                if e == 0 {
                    fa::posix_spawn_file_actions_destroy(&mut actions);
                    (*f).pipe_pid = pid;
                    if !has(mode, b'e') {
                        let _ = super::fdopen::fcntl(p[op], F_SETFD, 0);
                    }
                    let _ = crate::sys::fs::close(p[1 - op]);
                    super::ofl::unlock_list();
                    return f;
                }
            }
            super::ofl::unlock_list();
            fa::posix_spawn_file_actions_destroy(&mut actions);
        }
        super::fclose::fclose(f);
        let _ = crate::sys::fs::close(p[1 - op]);
        crate::errno::set_errno(e);
        core::ptr::null_mut()
    }
}

/// `int pclose(FILE *f);`
///
/// Closes a `popen` stream and waits for its command; returns its wait status.
///
/// # Safety
/// `f` must be a stream `popen` returned; it is dangling afterwards.
///
/// # Errors
/// -1 with `ECHILD` (already reaped) or another `wait4` error.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pclose(f: *mut File) -> c_int {
    // SAFETY: the caller guarantees `f`; `status` is a live int.
    unsafe {
        let pid = (*f).pipe_pid;
        super::fclose::fclose(f);
        let mut status: c_int = 0;
        loop {
            match check(syscall4(
                SYS_wait4,
                pid as isize as usize,
                &raw mut status as usize,
                0,
                0,
            )) {
                Ok(_) => return status,
                Err(e) if e.0 == EINTR => {}
                Err(e) => {
                    crate::errno::set_errno(e.0);
                    return -1;
                }
            }
        }
    }
}
