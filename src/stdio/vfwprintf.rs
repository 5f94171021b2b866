//! `vfwprintf` and the wide printf plumbing (C17 7.29.2.7; musl: src/stdio/vfwprintf.c).
//!
//! rcc runs the byte printf engine on the format converted to multibyte (musl has a
//! separate wide engine): the output is the multibyte form of the wide output, which a
//! `FILE` takes as is and `vswprintf` decodes back. In the C locale every character is
//! one byte, so widths and precisions count the same; in UTF-8 mode they count bytes.
// DIFF(musl): in UTF-8 mode field widths/precisions of wide printf count bytes, not wide
// characters, and `%n` stores a byte count.
use super::file::{F_ERR, File, lock, unlock};
use super::vfprintf::engine::{c_result, printf_core};
use super::vfprintf::sink::{FileDrain, Staged};
use crate::abi::errno::{EILSEQ, EINVAL, ENOMEM};
use crate::abi::types::{c_int, wchar_t};
use crate::arch::va_list::{VaList, VaListRaw};
use crate::internal::fmt_fp::fmt::Out;
use crate::multibyte::internal::encode;

/// Counts the wide characters in the bytes passing through to `inner`.
pub struct CountWide<O: Out> {
    pub inner: O,
    pub count: usize,
    utf8: bool,
}

impl<O: Out> CountWide<O> {
    pub fn new(inner: O) -> CountWide<O> {
        CountWide {
            inner,
            count: 0,
            utf8: crate::locale::utf8_active(),
        }
    }
}

impl<O: Out> Out for CountWide<O> {
    fn put(&mut self, b: &[u8]) {
        self.count += if self.utf8 {
            b.iter().filter(|&&c| c & 0xc0 != 0x80).count()
        } else {
            b.len()
        };
        self.inner.put(b);
    }
    fn pad(&mut self, c: u8, n: usize) {
        self.count += n;
        self.inner.pad(c, n);
    }
}

/// The wide format `fmt` in the current multibyte encoding, in a `malloc` block the caller
/// frees: `(block, length)`.
///
/// # Safety
/// `fmt` is a wide string.
///
/// # Errors
/// `ENOMEM`, or `EILSEQ` for a character with no multibyte form.
pub unsafe fn narrow_format(fmt: *const wchar_t) -> Result<(*mut u8, usize), c_int> {
    let utf8 = crate::locale::utf8_active();
    // SAFETY: `fmt` is a wide string.
    let len = unsafe { crate::string::wcslen::wcslen(fmt) };
    let cap = len.saturating_mul(4).saturating_add(1);
    // SAFETY: a fresh block of `cap` bytes.
    let buf = unsafe { crate::malloc::libc::malloc(cap) }.cast::<u8>();
    if buf.is_null() {
        return Err(ENOMEM);
    }
    let mut n = 0;
    for i in 0..len {
        // SAFETY: `i < len`; at most 4 bytes per character fit in `cap`.
        unsafe {
            match encode(*fmt.add(i), utf8) {
                Ok((b, k)) => {
                    core::ptr::copy_nonoverlapping(b.as_ptr(), buf.add(n), k);
                    n += k;
                }
                Err(_) => {
                    crate::malloc::libc::free(buf.cast());
                    return Err(EILSEQ);
                }
            }
        }
    }
    Ok((buf, n))
}

/// Formats the wide format `fmt` with `ap` into `out` (as multibyte bytes).
///
/// # Safety
/// `fmt` is null or a wide string; `ap` is a live `va_list` matching it.
pub unsafe fn run_wide<O: Out>(
    out: &mut O,
    fmt: *const wchar_t,
    ap: *mut VaListRaw,
) -> Result<usize, c_int> {
    if fmt.is_null() || ap.is_null() {
        return Err(EINVAL);
    }
    let err = crate::errno::errno();
    // SAFETY: `fmt` is a wide string; the block holds `n` bytes and is ours to free;
    // `ap` is live (caller contract).
    unsafe {
        let (buf, n) = narrow_format(fmt)?;
        let f = core::slice::from_raw_parts(buf, n);
        let mut src = super::vfprintf::args::VaSource(VaList::from_ptr(ap));
        let r = printf_core(out, f, &mut src, err);
        crate::malloc::libc::free(buf.cast());
        r
    }
}

/// `vfwprintf` with `f` checked; one lock per call.
///
/// # Safety
/// `f` is a live stream; `fmt` matches `ap`.
pub unsafe fn wprint_to(f: *mut File, fmt: *const wchar_t, ap: *mut VaListRaw) -> c_int {
    if f.is_null() {
        crate::errno::set_errno(EINVAL);
        return -1;
    }
    // SAFETY: `f` is a live stream (caller contract); we hold its lock until unlock.
    unsafe {
        let locked = lock(f);
        super::fwide::orient(f, 1);
        let old = (*f).flags & F_ERR;
        (*f).flags &= !F_ERR;
        let mut sink = CountWide::new(Staged::new(FileDrain(f)));
        let r = run_wide(&mut sink, fmt, ap);
        sink.inner.flush();
        let ret = if (*f).flags & F_ERR != 0 {
            -1
        } else {
            c_result(r.map(|_| sink.count))
        };
        (*f).flags |= old;
        if locked {
            unlock(f);
        }
        ret
    }
}

/// `int vfwprintf(FILE *restrict f, const wchar_t *restrict fmt, va_list ap);`
///
/// Returns the number of wide characters written.
///
/// # Safety
/// `f` is a live stream; `fmt` is a wide format whose conversions match `ap`.
///
/// # Errors
/// `EILSEQ` for a character with no multibyte form, `EINVAL` for a bad format, `ENOMEM`,
/// or the stream's write errors.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn vfwprintf(f: *mut File, fmt: *const wchar_t, ap: *mut VaListRaw) -> c_int {
    // SAFETY: forwarded caller contract.
    unsafe { wprint_to(f, fmt, ap) }
}
