//! `getdelim`, `__getdelim`, `getline` (POSIX getdelim(); musl: src/stdio/getdelim.c,
//! getline.c).
use super::file::{EOF, F_EOF, F_ERR, File, lock, unlock};
use crate::abi::errno::{EINVAL, ENOMEM, EOVERFLOW};
use crate::abi::types::{c_char, c_int, ssize_t};
use crate::sys::Errno;

/// Grows `*s` to at least `need` bytes (half as much again when the line is still going,
/// else a block's worth of slack so that the next line of the same length takes the
/// block-copy path; never under 128 bytes).
///
/// # Safety
/// `*s` is null or from `malloc`; `*n` its size.
unsafe fn grow(s: &mut *mut c_char, n: &mut usize, need: usize, more: bool) -> bool {
    let mut m = need;
    if m < usize::MAX / 4 {
        m += if more {
            m / 2
        } else {
            2 * crate::string::simd::W
        };
        m = m.max(128);
    }
    // SAFETY: the caller guarantees `*s`.
    unsafe {
        let mut p = crate::malloc::libc::realloc((*s).cast(), m);
        if p.is_null() && m != need {
            m = need;
            p = crate::malloc::libc::realloc((*s).cast(), m);
        }
        if p.is_null() {
            return false;
        }
        *s = p.cast();
    }
    *n = m;
    true
}

/// The body of `getdelim` with the lock held.
///
/// # Safety
/// As `getdelim`, with `f` locked.
pub(super) unsafe fn getdelim_locked(
    s: &mut *mut c_char,
    n: &mut usize,
    delim: u8,
    f: *mut File,
) -> Result<usize, Errno> {
    if s.is_null() {
        *n = 0;
    }
    let mut i = 0usize;
    // SAFETY: the caller guarantees `f` and `*s`; `i < *n` holds for every store.
    unsafe {
        loop {
            // Fast path: copy and search whole blocks while they fit in the line buffer.
            if (*f).rpos != (*f).rend {
                let avail = (*f).rend as usize - (*f).rpos as usize;
                let room = (*n).saturating_sub(i + 1);
                let dst = s.cast::<u8>().add(i);
                match super::copy_line::copy_through(dst, (*f).rpos, avail.min(room), delim) {
                    Ok(k) => {
                        (*f).rpos = (*f).rpos.add(k);
                        i += k;
                        break;
                    }
                    Err(k) => {
                        (*f).rpos = (*f).rpos.add(k);
                        i += k;
                    }
                }
            }
            let (z, k) = if (*f).rpos != (*f).rend {
                let avail = (*f).rend as usize - (*f).rpos as usize;
                let z = crate::string::memchr::find_byte((*f).rpos, delim, avail);
                (
                    !z.is_null(),
                    if z.is_null() {
                        avail
                    } else {
                        z as usize - (*f).rpos as usize + 1
                    },
                )
            } else {
                (false, 0)
            };
            if i + k >= *n {
                let Some(need) = (i + k).checked_add(2) else {
                    (*f).flags |= F_ERR;
                    return Err(Errno(EOVERFLOW));
                };
                if !grow(s, n, need, !z) {
                    // Keep what fits, as musl: the caller may still use the partial line.
                    let fit = *n - i;
                    core::ptr::copy_nonoverlapping((*f).rpos, s.cast::<u8>().add(i), fit);
                    (*f).rpos = (*f).rpos.add(fit);
                    (*f).flags |= F_ERR;
                    return Err(Errno(ENOMEM));
                }
            }
            if k != 0 {
                core::ptr::copy_nonoverlapping((*f).rpos, s.cast::<u8>().add(i), k);
                (*f).rpos = (*f).rpos.add(k);
                i += k;
            }
            if z {
                break;
            }
            let c = super::__uflow::__uflow(f);
            if c == EOF {
                if i == 0 || (*f).flags & F_EOF == 0 {
                    return Err(Errno(0));
                }
                break;
            }
            if i + 1 >= *n {
                // No room without growing: give the byte back and let the loop grow.
                (*f).rpos = (*f).rpos.sub(1);
                *(*f).rpos = c as u8;
            } else {
                *s.cast::<u8>().add(i) = c as u8;
                i += 1;
                if c as u8 == delim {
                    break;
                }
            }
        }
        *s.add(i) = 0;
    }
    if i > ssize_t::MAX as usize {
        return Err(Errno(EOVERFLOW));
    }
    Ok(i)
}

/// `ssize_t getdelim(char **restrict s, size_t *restrict n, int delim, FILE *restrict f);`
///
/// Reads through the next `delim` byte (or end of file) into `*s`, growing it with
/// `realloc` (`*n` its size). Returns the length (embedded NULs included), or -1 at end
/// of file before any byte or on error.
///
/// # Safety
/// `*s` null or from `malloc` with `*n` bytes; `f` a live stream.
///
/// # Errors
/// `EINVAL` (null `s` or `n`), `ENOMEM`, `EOVERFLOW`, or the read error.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getdelim(
    s: *mut *mut c_char,
    n: *mut usize,
    delim: c_int,
    f: *mut File,
) -> ssize_t {
    // SAFETY: the caller guarantees the arguments; the lock brackets the read.
    unsafe {
        let locked = lock(f);
        // Fast path: the whole line is buffered and fits in `*s` with block slack.
        if !s.is_null() && !n.is_null() && !(*s).is_null() && (*f).rpos != (*f).rend {
            let avail = (*f).rend as usize - (*f).rpos as usize;
            let room = (*n).saturating_sub(1).min(avail);
            let dst = (*s).cast::<u8>();
            if let Ok(k) = super::copy_line::copy_through(dst, (*f).rpos, room, delim as u8) {
                (*f).rpos = (*f).rpos.add(k);
                *dst.add(k) = 0;
                if locked {
                    unlock(f);
                }
                return k as ssize_t;
            }
        }
        let r = if s.is_null() || n.is_null() {
            if (*f).mode == 0 {
                (*f).mode = -1;
            }
            (*f).flags |= F_ERR;
            Err(Errno(EINVAL))
        } else {
            getdelim_locked(&mut *s, &mut *n, delim as u8, f)
        };
        if locked {
            unlock(f);
        }
        match r {
            Ok(len) => len as ssize_t,
            Err(Errno(e)) => {
                if e != 0 {
                    crate::errno::set_errno(e);
                }
                -1
            }
        }
    }
}

/// `ssize_t getline(char **restrict s, size_t *restrict n, FILE *restrict f);`
///
/// `getdelim(s, n, '\n', f)`.
///
/// # Safety
/// As `getdelim`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getline(s: *mut *mut c_char, n: *mut usize, f: *mut File) -> ssize_t {
    // SAFETY: forwarded contract.
    unsafe { getdelim(s, n, b'\n' as c_int, f) }
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak __getdelim", ".set __getdelim, getdelim");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_from_memory() {
        let mut data = *b"one\ntwo, three\nlast";
        // SAFETY: `data` outlives the stream; the line buffer comes from rcc's malloc.
        unsafe {
            let f = crate::stdio::fmemopen::fmemopen(
                data.as_mut_ptr().cast(),
                data.len(),
                c"r".as_ptr(),
            );
            assert!(!f.is_null());
            let mut line: *mut c_char = core::ptr::null_mut();
            let mut cap = 0usize;
            assert_eq!(getline(&mut line, &mut cap, f), 4);
            assert_eq!(core::ffi::CStr::from_ptr(line), c"one\n");
            assert_eq!(getdelim(&mut line, &mut cap, b',' as c_int, f), 4);
            assert_eq!(core::ffi::CStr::from_ptr(line), c"two,");
            assert_eq!(getline(&mut line, &mut cap, f), 7);
            assert_eq!(getline(&mut line, &mut cap, f), 4);
            assert_eq!(core::ffi::CStr::from_ptr(line), c"last");
            assert_eq!(getline(&mut line, &mut cap, f), -1);
            assert_eq!(getline(core::ptr::null_mut(), &mut cap, f), -1);
            crate::malloc::libc::free(line.cast());
            assert_eq!(crate::stdio::fclose::fclose(f), 0);
        }
    }
}
