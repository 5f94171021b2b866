//! `getopt` and its globals `optarg`, `optind`, `opterr`, `optopt`, `optreset`
//! (POSIX getopt; musl: src/misc/getopt.c).
#![allow(non_upper_case_globals)]
use crate::abi::types::{c_char, c_int};

/// `extern char *optarg;` — the argument of the last option that had one.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub static mut optarg: *mut c_char = core::ptr::null_mut();
/// `extern int optind;` — the index of the next `argv` element; 0 restarts the scan.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub static mut optind: c_int = 1;
/// `extern int opterr;` — 0 silences the messages on stderr.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub static mut opterr: c_int = 1;
/// `extern int optopt;` — the option character that caused the last error.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub static mut optopt: c_int = 0;
/// The position inside the current `argv` element (a cluster like `-abc`).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub static mut __optpos: c_int = 0;
/// `extern int optreset;` (BSD) — nonzero restarts the scan, like `optind = 0`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub static mut __optreset: c_int = 0;

#[cfg(rcc_export)]
core::arch::global_asm!(".weak optreset", ".set optreset, __optreset");

/// The bytes of a C string (empty for null).
///
/// # Safety
/// `s` is null or NUL-terminated and outlives the result.
pub(crate) unsafe fn bytes<'a>(s: *const c_char) -> &'a [u8] {
    if s.is_null() {
        return &[];
    }
    // SAFETY: caller contract.
    unsafe { core::ffi::CStr::from_ptr(s).to_bytes() }
}

/// Writes `argv0`, `msg`, `what` and a newline to stderr (musl's `__getopt_msg`).
///
/// # Safety
/// `argv0` is null or NUL-terminated.
pub(crate) unsafe fn message(argv0: *const c_char, msg: &[u8], what: &[u8]) {
    // SAFETY: caller contract.
    let a = unsafe { bytes(argv0) };
    for part in [a, msg, what, b"\n"] {
        if crate::sys::fs::write_all(2, part).is_err() {
            return;
        }
    }
}

/// The element `argv[i]`.
///
/// # Safety
/// `0 <= i <= argc` for the caller's `argv`.
pub(crate) unsafe fn arg(argv: *const *mut c_char, i: c_int) -> *mut c_char {
    // SAFETY: caller contract (argv[argc] is the terminating null).
    unsafe { *argv.add(i as usize) }
}

/// `int getopt(int argc, char *const argv[], const char *optstring);`
///
/// POSIX getopt: no permutation, stops at the first non-option or at `--`. A leading
/// `:` in `optstring` returns `:` for a missing argument and suppresses messages; a
/// leading `-` returns non-options as the argument of option 1; a leading `+` is ignored.
///
/// # Safety
/// `argv` holds `argc` NUL-terminated strings and a null; `optstring` is NUL-terminated.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getopt(
    argc: c_int,
    argv: *const *mut c_char,
    optstring: *const c_char,
) -> c_int {
    // DIFF(musl): option characters are single bytes (the C locale); musl decodes them
    // with mbtowc in the current locale.
    // SAFETY: the globals are the process's getopt state (getopt is not thread-safe);
    // every argv/optstring read stays inside the strings or at their terminators.
    unsafe {
        if optind == 0 || __optreset != 0 {
            __optreset = 0;
            __optpos = 0;
            optind = 1;
        }
        if optind >= argc || optind < 0 || arg(argv, optind).is_null() {
            return -1;
        }
        let cur = arg(argv, optind);
        let os = bytes(optstring);
        if *cur != b'-' as c_char {
            if os.first() == Some(&b'-') {
                optarg = cur;
                optind += 1;
                return 1;
            }
            return -1;
        }
        if *cur.add(1) == 0 {
            return -1;
        }
        if *cur.add(1) == b'-' as c_char && *cur.add(2) == 0 {
            optind += 1;
            return -1;
        }
        if __optpos == 0 {
            __optpos = 1;
        }
        let optchar = cur.add(__optpos as usize);
        let c = *optchar as u8;
        __optpos += 1;
        if *cur.add(__optpos as usize) == 0 {
            optind += 1;
            __optpos = 0;
        }
        let os = match os.first() {
            Some(b'-' | b'+') => &os[1..],
            _ => os,
        };
        let colon = os.first() == Some(&b':');
        let found = os.iter().position(|&d| d == c).filter(|_| c != b':');
        let Some(at) = found else {
            optopt = c as c_int;
            if !colon && opterr != 0 {
                message(arg(argv, 0), b": unrecognized option: ", &[c]);
            }
            return b'?' as c_int;
        };
        if os.get(at + 1) == Some(&b':') {
            optarg = core::ptr::null_mut();
            if os.get(at + 2) != Some(&b':') || __optpos != 0 {
                // The rest of this element, or the next element (null past the end).
                optarg = arg(argv, optind).wrapping_add(__optpos as usize);
                optind += 1;
                __optpos = 0;
            }
            if optind > argc {
                optopt = c as c_int;
                if colon {
                    return b':' as c_int;
                }
                if opterr != 0 {
                    message(arg(argv, 0), b": option requires an argument: ", &[c]);
                }
                return b'?' as c_int;
            }
        }
        c as c_int
    }
}
