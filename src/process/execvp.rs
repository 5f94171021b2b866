//! `execvp`, `execvpe` (POSIX exec, GNU execvpe; musl: src/process/execvp.c): a name
//! without `/` is tried in each `PATH` directory. As musl, no `/bin/sh` fallback on
//! `ENOEXEC`.
use crate::abi::errno::{EACCES, ENAMETOOLONG, ENOENT, ENOTDIR};
use crate::abi::types::{c_char, c_int};
use crate::errno::set_errno;
use crate::sys::Errno;

const NAME_MAX: usize = 255;
const PATH_MAX: usize = 4096;
/// `PATH` when the environment has none (musl's choice).
const DEFAULT_PATH: &[u8] = b"/usr/local/bin:/bin:/usr/bin\0";

/// The search; returns only on failure, with the error to report.
///
/// # Safety
/// `file` is NUL-terminated; `argv` and `envp` are null-terminated arrays of strings.
pub unsafe fn search_exec(
    file: *const c_char,
    argv: *const *const c_char,
    envp: *const *const c_char,
) -> Errno {
    use super::execve::exec;
    let f = file as *const u8;
    // SAFETY: every read stays within the NUL-terminated strings the caller passes or
    // the environment holds, and within `buf`'s bounds (checked before each copy).
    unsafe {
        if *f == 0 {
            return Errno(ENOENT);
        }
        let mut k = 0;
        let mut slash = false;
        while *f.add(k) != 0 {
            slash |= *f.add(k) == b'/';
            k += 1;
        }
        if slash {
            return exec(file, argv, envp);
        }
        if k > NAME_MAX {
            return Errno(ENAMETOOLONG);
        }
        let env = crate::env::__environ::get() as *const *const c_char;
        let mut path = crate::env::getenv::find(env, c"PATH".as_ptr()) as *const u8;
        if path.is_null() {
            path = DEFAULT_PATH.as_ptr();
        }
        let mut buf = [0u8; PATH_MAX + NAME_MAX + 2];
        let mut seen_eacces = false;
        let mut p = path;
        loop {
            let mut z = p;
            while *z != 0 && *z != b':' {
                z = z.add(1);
            }
            let n = z.offset_from(p) as usize;
            // A directory too long for a path is skipped, as musl does.
            if n < PATH_MAX {
                core::ptr::copy_nonoverlapping(p, buf.as_mut_ptr(), n);
                // An empty entry means the current directory: the bare name.
                let at = if n > 0 {
                    buf[n] = b'/';
                    n + 1
                } else {
                    0
                };
                core::ptr::copy_nonoverlapping(f, buf.as_mut_ptr().add(at), k + 1);
                match exec(buf.as_ptr() as *const c_char, argv, envp) {
                    Errno(EACCES) => seen_eacces = true,
                    Errno(ENOENT) | Errno(ENOTDIR) => {}
                    e => return e,
                }
            }
            if *z == 0 {
                break;
            }
            p = z.add(1);
        }
        Errno(if seen_eacces { EACCES } else { ENOENT })
    }
}

/// `int execvpe(const char *file, char *const argv[], char *const envp[]);`
///
/// # Safety
/// `file` is NUL-terminated; `argv` and `envp` are null-terminated arrays of strings.
///
/// # Errors
/// `ENOENT` (empty name or not found), `EACCES` (found only without permission),
/// `ENAMETOOLONG`, and `execve`'s other errors from the first candidate that gives one.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn execvpe(
    file: *const c_char,
    argv: *const *const c_char,
    envp: *const *const c_char,
) -> c_int {
    // SAFETY: the caller's contract.
    set_errno(unsafe { search_exec(file, argv, envp) }.0);
    -1
}

/// `int execvp(const char *file, char *const argv[]);` — `execvpe` with `environ`.
///
/// # Safety
/// As [`execvpe`].
///
/// # Errors
/// As [`execvpe`].
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn execvp(file: *const c_char, argv: *const *const c_char) -> c_int {
    let envp = crate::env::__environ::get() as *const *const c_char;
    // SAFETY: the caller's contract; environ is always valid.
    unsafe { execvpe(file, argv, envp) }
}
