//! `__progname`, `__progname_full` and the GNU aliases `program_invocation_short_name`,
#![allow(non_upper_case_globals)]
//! `program_invocation_name` (musl: src/env/__libc_start_main.c, src/misc/...).
use crate::abi::types::c_char;

static EMPTY: [c_char; 1] = [0];

/// `extern char *__progname;` — the basename of `argv[0]`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub static mut __progname: *const c_char = EMPTY.as_ptr();
/// `extern char *__progname_full;` — `argv[0]` as given.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub static mut __progname_full: *const c_char = EMPTY.as_ptr();

#[cfg(rcc_export)]
core::arch::global_asm!(
    ".weak program_invocation_short_name",
    ".set program_invocation_short_name, __progname",
    ".weak program_invocation_name",
    ".set program_invocation_name, __progname_full",
);

/// Records `argv0` (may be NULL when a program is run with an empty argv).
///
/// # Safety
/// `argv0` must be NULL or a NUL-terminated string that lives for the whole process.
pub unsafe fn set(argv0: *const c_char) {
    if argv0.is_null() {
        return;
    }
    // SAFETY: argv0 is NUL-terminated; single-threaded startup.
    unsafe {
        let mut base = argv0;
        let mut p = argv0;
        while *p != 0 {
            if *p == b'/' as c_char {
                base = p.add(1);
            }
            p = p.add(1);
        }
        __progname_full = argv0;
        __progname = base;
    }
}
