//! `ctermid` (POSIX.1-2017 ctermid(); musl: src/unistd/ctermid.c).
use crate::abi::types::c_char;

/// The controlling terminal's path name, valid in every process.
static TTY: [u8; 9] = *b"/dev/tty\0";
const _: () = assert!(TTY.len() <= crate::abi::stdio::L_ctermid as usize);

/// `char *ctermid(char *s);`
///
/// The path of the controlling terminal, `"/dev/tty"`: copied into `s` (at least
/// `L_ctermid` bytes) and `s` returned, or a static string when `s` is null.
///
/// # Safety
/// `s` is null or writable for `L_ctermid` bytes. The static string must not be modified.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn ctermid(s: *mut c_char) -> *mut c_char {
    if s.is_null() {
        return TTY.as_ptr().cast::<c_char>().cast_mut();
    }
    // SAFETY: `s` holds at least L_ctermid (20) bytes.
    unsafe { core::ptr::copy_nonoverlapping(TTY.as_ptr(), s.cast::<u8>(), TTY.len()) };
    s
}
