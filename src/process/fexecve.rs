//! `fexecve` (POSIX fexecve(); musl: src/process/fexecve.c): `execveat` on the descriptor,
//! or `/proc/self/fd/N` on kernels without it.
use crate::abi::errno::{EBADF, ENOENT, ENOSYS};
use crate::abi::fcntl::AT_EMPTY_PATH;
use crate::abi::types::{c_char, c_int};
use crate::errno::set_errno;
use crate::sys::{Errno, check, nr::SYS_execveat, syscall5};

/// `int fexecve(int fd, char *const argv[], char *const envp[]);`
///
/// # Safety
/// `argv` and `envp` are null-terminated arrays of strings.
///
/// # Errors
/// `EBADF`, `ENOEXEC`, `EACCES`, `E2BIG`, and `ENOENT` for a close-on-exec script.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fexecve(
    fd: c_int,
    argv: *const *const c_char,
    envp: *const *const c_char,
) -> c_int {
    let (a, e) = (argv as usize, envp as usize);
    let empty = c"".as_ptr() as usize;
    // SAFETY: the caller guarantees argv and envp; the path is a static empty string.
    let r = check(unsafe {
        syscall5(
            SYS_execveat,
            fd as usize,
            empty,
            a,
            e,
            AT_EMPTY_PATH as usize,
        )
    });
    let err = match r {
        Err(Errno(ENOSYS)) => {
            let mut buf = *b"/proc/self/fd/\0\0\0\0\0\0\0\0\0\0\0";
            let mut digits = [0u8; 10];
            let (mut v, mut n) = (fd as u32, 0);
            loop {
                digits[n] = b'0' + (v % 10) as u8;
                n += 1;
                v /= 10;
                if v == 0 {
                    break;
                }
            }
            for i in 0..n {
                buf[14 + i] = digits[n - 1 - i];
            }
            // SAFETY: `buf` is NUL-terminated (at most 10 digits after 14 bytes).
            match unsafe { super::execve::exec(buf.as_ptr() as *const c_char, argv, envp) } {
                Errno(ENOENT) => EBADF,
                Errno(x) => x,
            }
        }
        Err(Errno(x)) => x,
        Ok(_) => 0,
    };
    set_errno(err);
    -1
}
