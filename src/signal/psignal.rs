//! `psignal`, `psiginfo` (POSIX psignal(); musl: src/signal/psignal.c, psiginfo.c) and the
//! signal descriptions, in musl's wording.
use crate::abi::signal::siginfo_t;
use crate::abi::types::{c_char, c_int};

/// Descriptions of signals 1..=31.
const NAMES: [&str; 31] = [
    "Hangup",
    "Interrupt",
    "Quit",
    "Illegal instruction",
    "Trace/breakpoint trap",
    "Aborted",
    "Bus error",
    "Arithmetic exception",
    "Killed",
    "User defined signal 1",
    "Segmentation fault",
    "User defined signal 2",
    "Broken pipe",
    "Alarm clock",
    "Terminated",
    "Stack fault",
    "Child process status",
    "Continued",
    "Stopped (signal)",
    "Stopped",
    "Stopped (tty input)",
    "Stopped (tty output)",
    "Urgent I/O condition",
    "CPU time limit exceeded",
    "File size limit exceeded",
    "Virtual timer expired",
    "Profiling timer expired",
    "Window changed",
    "I/O possible",
    "Power failure",
    "Bad system call",
];

/// Appends the description of `sig` to `out` at `*n`: a name, `RT<n>` for 32..=64, or
/// "Unknown signal".
pub fn describe(sig: c_int, out: &mut [u8], n: &mut usize) {
    let mut push = |b: &[u8]| {
        for &c in b {
            if *n < out.len() {
                out[*n] = c;
                *n += 1;
            }
        }
    };
    match sig {
        1..=31 => push(NAMES[(sig - 1) as usize].as_bytes()),
        32..=64 => push(&[b'R', b'T', b'0' + (sig / 10) as u8, b'0' + (sig % 10) as u8]),
        _ => push(b"Unknown signal"),
    }
}

/// `void psignal(int sig, const char *s);` — writes `s: description` (or just the
/// description when `s` is null) and a newline to standard error.
///
/// DIFF(glibc): as musl, an empty `s` still gets the ": " separator.
///
/// # Safety
/// `s` is null or a NUL-terminated string.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn psignal(sig: c_int, s: *const c_char) {
    let mut buf = [0u8; 512];
    let mut n = 0;
    if !s.is_null() {
        let mut p = s.cast::<u8>();
        // SAFETY: the caller guarantees a NUL-terminated string; we stop at the buffer end.
        unsafe {
            while *p != 0 && n < buf.len() - 64 {
                buf[n] = *p;
                n += 1;
                p = p.add(1);
            }
        }
        buf[n] = b':';
        buf[n + 1] = b' ';
        n += 2;
    }
    describe(sig, &mut buf, &mut n);
    buf[n] = b'\n';
    n += 1;
    let save = crate::errno::errno();
    // SAFETY: `buf[..n]` is initialised; a failed write to stderr has nowhere to go.
    let _ = unsafe { crate::sys::fs::write(2, buf.as_ptr(), n) };
    crate::errno::set_errno(save);
}

/// `void psiginfo(const siginfo_t *info, const char *s);` — `psignal(info->si_signo, s)`.
///
/// # Safety
/// `info` must be valid; `s` as for `psignal`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn psiginfo(info: *const siginfo_t, s: *const c_char) {
    // SAFETY: forwarded from the caller.
    unsafe { psignal((*info).si_signo, s) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(sig: c_int) -> std::string::String {
        let mut b = [0u8; 64];
        let mut n = 0;
        describe(sig, &mut b, &mut n);
        std::string::String::from_utf8(b[..n].to_vec()).unwrap()
    }

    #[test]
    fn descriptions() {
        assert_eq!(text(2), "Interrupt");
        assert_eq!(text(31), "Bad system call");
        assert_eq!(text(34), "RT34");
        assert_eq!(text(64), "RT64");
        assert_eq!(text(0), "Unknown signal");
        assert_eq!(text(65), "Unknown signal");
    }
}
