//! `forkpty` (BSD; musl: src/misc/forkpty.c): `openpty`, `fork`, and `login_tty` in the
//! child, with the child's failure reported back through a close-on-exec pipe.
use crate::abi::fcntl::O_CLOEXEC;
use crate::abi::ioctl::winsize;
use crate::abi::termios::termios;
use crate::abi::types::{c_char, c_int, pid_t};
use crate::errno::{errno, set_errno};
use crate::sys::{check, fs, nr::*, syscall2, syscall4};

/// `pid_t forkpty(int *master, char *name, const struct termios *tio,
/// const struct winsize *ws);`
///
/// Returns the child's pid in the parent (with `*master` set) and 0 in the child, whose
/// standard streams and controlling terminal are the slave.
///
/// # Safety
/// As `openpty`.
///
/// # Errors
/// As `openpty` and `fork`; a failed `login_tty` in the child is reported as its errno.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn forkpty(
    master: *mut c_int,
    name: *mut c_char,
    tio: *const termios,
    ws: *const winsize,
) -> pid_t {
    // SAFETY: forwarded.
    let (m, s) = match unsafe { super::openpty::open_pair(name, tio, ws) } {
        Ok(p) => p,
        Err(e) => {
            set_errno(e.0);
            return -1;
        }
    };
    let mut p: [c_int; 2] = [-1; 2];
    // SAFETY: `p` is two live ints.
    if let Err(e) =
        check(unsafe { syscall2(SYS_pipe2, p.as_mut_ptr() as usize, O_CLOEXEC as usize) })
    {
        let _ = (fs::close(m), fs::close(s));
        set_errno(e.0);
        return -1;
    }
    let pid = crate::process::fork::fork();
    if pid == 0 {
        let _ = (fs::close(m), fs::close(p[0]));
        if let Err(e) = super::login_tty::take_terminal(s) {
            let _ = fs::write_all(p[1], &e.0.to_ne_bytes());
            crate::sys::proc::exit_group(127);
        }
        let _ = fs::close(p[1]);
        return 0;
    }
    let saved = errno();
    let _ = (fs::close(s), fs::close(p[1]));
    let mut code = [0u8; 4];
    // SAFETY: `code` is four writable bytes.
    let got = if pid > 0 {
        unsafe { fs::read(p[0], code.as_mut_ptr(), 4) }
    } else {
        Ok(0)
    };
    let _ = fs::close(p[0]);
    if pid < 0 {
        let _ = fs::close(m);
        set_errno(saved);
        return -1;
    }
    if got == Ok(4) {
        // The child could not take the terminal: reap it and report its error.
        let mut status: c_int = 0;
        // SAFETY: `status` is a live int; no rusage.
        let _ = unsafe { syscall4(SYS_wait4, pid as usize, &raw mut status as usize, 0, 0) };
        let _ = fs::close(m);
        set_errno(c_int::from_ne_bytes(code));
        return -1;
    }
    // SAFETY: the caller guarantees `master`.
    unsafe { *master = m };
    pid
}
