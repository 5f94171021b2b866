//! `mktemp` (legacy; musl: src/temp/mktemp.c). Racy by design: prefer `mkstemp`.
use super::__randname::{RETRIES, randname, xs};
use crate::abi::errno::{EEXIST, ENOENT};
use crate::abi::fcntl::AT_FDCWD;
use crate::abi::types::c_char;
use crate::errno::set_errno;
use crate::sys::{Errno, check, nr::SYS_newfstatat, syscall4};

/// `char *mktemp(char *template);` — replaces the trailing `XXXXXX` with a name that
/// `stat` reports absent and returns `template`; on failure `template` becomes "".
///
/// # Safety
/// `template` is a writable NUL-terminated string.
///
/// # Errors
/// `EINVAL` for a template not ending in `XXXXXX`; `EEXIST` after 100 names in use;
/// whatever `stat` reports other than `ENOENT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mktemp(template: *mut c_char) -> *mut c_char {
    // SAFETY: the caller's contract; the name slot lies inside the template.
    unsafe {
        let p = match xs(template, 0) {
            Ok(p) => p,
            Err(Errno(e)) => {
                set_errno(e);
                *template = 0;
                return template;
            }
        };
        for _ in 0..RETRIES {
            randname(p);
            let mut st = [0u64; 18];
            // st is a writable 144-byte struct stat.
            let r = check(syscall4(
                SYS_newfstatat,
                AT_FDCWD as isize as usize,
                template as usize,
                st.as_mut_ptr() as usize,
                0,
            ));
            match r {
                Ok(_) => {}
                Err(Errno(ENOENT)) => return template,
                Err(Errno(e)) => {
                    set_errno(e);
                    *template = 0;
                    return template;
                }
            }
        }
        set_errno(EEXIST);
        *template = 0;
        template
    }
}
