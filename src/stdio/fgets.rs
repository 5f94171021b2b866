//! `fgets`, `fgets_unlocked` (C17 7.21.7.2; musl: src/stdio/fgets.c).
use super::file::{EOF, F_EOF, File, lock, unlock};
use crate::abi::types::{c_char, c_int};

/// The body of `fgets`, with the lock held.
///
/// # Safety
/// `f` is live and locked; `s` writable for `n` bytes.
unsafe fn fgets_locked(s: *mut c_char, n: c_int, f: *mut File) -> *mut c_char {
    // SAFETY: the caller guarantees `s` and `f`; at most `n - 1` bytes plus NUL are stored.
    unsafe {
        if n <= 1 {
            if (*f).mode == 0 {
                (*f).mode = -1;
            }
            if n < 1 {
                return core::ptr::null_mut();
            }
            *s = 0;
            return s;
        }
        let mut left = n as usize - 1;
        let mut p = s.cast::<u8>();
        while left != 0 {
            if (*f).rpos != (*f).rend {
                let avail = ((*f).rend as usize - (*f).rpos as usize).min(left);
                // Whole blocks are copied and searched in one pass; the tail after them
                // by search, then copy.
                let (k, found) = match super::copy_line::copy_through(p, (*f).rpos, avail, b'\n') {
                    Ok(k) => (k, true),
                    Err(done) => {
                        let src = (*f).rpos.add(done);
                        let rest = avail - done;
                        let z = crate::string::memchr::find_byte(src, b'\n', rest);
                        let k = if z.is_null() {
                            rest
                        } else {
                            z as usize - src as usize + 1
                        };
                        core::ptr::copy_nonoverlapping(src, p.add(done), k);
                        (done + k, !z.is_null())
                    }
                };
                (*f).rpos = (*f).rpos.add(k);
                p = p.add(k);
                left -= k;
                if found {
                    break;
                }
                continue;
            }
            let c = super::__uflow::__uflow(f);
            if c == EOF {
                if p == s.cast::<u8>() || (*f).flags & F_EOF == 0 {
                    return core::ptr::null_mut();
                }
                break;
            }
            *p = c as u8;
            p = p.add(1);
            left -= 1;
            if c == b'\n' as c_int {
                break;
            }
        }
        *p = 0;
        s
    }
}

/// `char *fgets(char *restrict s, int n, FILE *restrict f);`
///
/// Reads at most `n - 1` bytes, through the first newline, and NUL-terminates. Returns
/// `s`, or null if end of file came before any byte or a read error happened.
///
/// # Safety
/// `s` writable for `n` bytes; `f` a live stream.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fgets(s: *mut c_char, n: c_int, f: *mut File) -> *mut c_char {
    // SAFETY: forwarded contract; the lock brackets the read.
    unsafe {
        let locked = lock(f);
        let r = fgets_locked(s, n, f);
        if locked {
            unlock(f);
        }
        r
    }
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak fgets_unlocked", ".set fgets_unlocked, fgets");
