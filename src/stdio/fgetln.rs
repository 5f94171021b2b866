//! `fgetln` (BSD; musl: src/stdio/fgetln.c): the next line without copying when it is
//! already buffered.
use super::file::{EOF, File, lock, unlock};
use crate::abi::types::c_char;

/// `char *fgetln(FILE *f, size_t *len);`
///
/// Returns the next line, newline included if there was one, with its length in `*len`;
/// it is not NUL-terminated and stays valid until the next I/O on `f`. Returns null at end
/// of file or on error.
///
/// # Safety
/// `f` must be a live stream; `len` writable.
///
/// # Errors
/// As `getline`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fgetln(f: *mut File, len: *mut usize) -> *mut c_char {
    // SAFETY: the caller guarantees `f` and `len`; the lock brackets the read, and
    // `[rpos, rend)` is the buffered input.
    unsafe {
        let locked = lock(f);
        // Fill the buffer if it is empty (the byte goes straight back).
        let c = super::getc::getc_fast(f);
        if c != EOF {
            super::ungetc::unget_locked(c, f);
        }
        let mut ret = core::ptr::null_mut();
        let avail = (*f).rend as usize - (*f).rpos as usize;
        let nl = if (*f).rend.is_null() {
            core::ptr::null_mut()
        } else {
            crate::string::memchr::find_byte((*f).rpos, b'\n', avail)
        };
        if !nl.is_null() {
            ret = (*f).rpos.cast::<c_char>();
            *len = nl as usize + 1 - (*f).rpos as usize;
            (*f).rpos = nl.add(1).cast_mut();
        } else {
            let mut cap = 0usize;
            let mut buf = (*f).getln_buf.cast::<c_char>();
            let r = super::getdelim::getdelim_locked(&mut buf, &mut cap, b'\n', f);
            (*f).getln_buf = buf.cast();
            match r {
                Ok(n) if n > 0 => {
                    *len = n;
                    ret = buf;
                }
                Err(crate::sys::Errno(e)) if e != 0 => crate::errno::set_errno(e),
                _ => {}
            }
        }
        if locked {
            unlock(f);
        }
        ret
    }
}
