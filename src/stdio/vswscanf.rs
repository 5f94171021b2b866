//! `vswscanf` (C17 7.29.2.12; musl: src/stdio/vswscanf.c). The byte scanf engine reads
//! the multibyte form of the wide input against the multibyte form of the format; `%s`,
//! `%c` and `%[` store multibyte bytes and `%ls`, `%lc`, `%l[` wide characters, as C says.
// DIFF(musl): in UTF-8 mode field widths count bytes, not wide characters, and `%n`
// stores a byte count.
use super::vfprintf::args::VaSource;
use super::vfscanf::engine::scanf_core;
use super::vfscanf::source::Source;
use crate::abi::types::{c_int, wchar_t};
use crate::arch::va_list::{VaList, VaListRaw};
use crate::multibyte::internal::encode;

/// The bytes of a wide string, encoded one character at a time.
struct WideSource {
    ws: *const wchar_t,
    /// Wide characters consumed (the last one is in `cur`).
    i: usize,
    cur: [u8; 4],
    len: usize,
    /// Bytes of `cur` already handed out.
    k: usize,
    utf8: bool,
}

impl WideSource {
    /// Loads `ws[i - 1]` into `cur`; false when it has no multibyte form.
    fn load(&mut self) -> bool {
        // SAFETY: `i - 1` indexes a character before the terminator.
        let wc = unsafe { *self.ws.add(self.i - 1) };
        match encode(wc, self.utf8) {
            Ok((b, n)) => {
                self.cur = b;
                self.len = n;
                true
            }
            Err(_) => false,
        }
    }
}

impl Source for WideSource {
    fn get(&mut self) -> i32 {
        if self.k < self.len {
            self.k += 1;
            return self.cur[self.k - 1] as i32;
        }
        // SAFETY: `i` never passes the terminator.
        if unsafe { *self.ws.add(self.i) } == 0 {
            return -1;
        }
        self.i += 1;
        if !self.load() {
            // An unencodable character ends the input, as a conversion failure would.
            self.i -= 1;
            self.len = 0;
            self.k = 0;
            return -1;
        }
        self.k = 1;
        self.cur[0] as i32
    }
    fn unget(&mut self, _c: i32) {
        if self.k > 0 {
            self.k -= 1;
        } else if self.i > 1 {
            // Step back into the previous character.
            self.i -= 1;
            if self.load() {
                self.k = self.len - 1;
            }
        }
    }
}

/// `int vswscanf(const wchar_t *restrict s, const wchar_t *restrict fmt, va_list ap);`
///
/// # Safety
/// `s` and `fmt` are wide strings; `fmt` matches the pointers in `ap`.
///
/// # Errors
/// `EILSEQ` for a format character with no multibyte form, `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn vswscanf(
    s: *const wchar_t,
    fmt: *const wchar_t,
    ap: *mut VaListRaw,
) -> c_int {
    if s.is_null() || fmt.is_null() {
        crate::errno::set_errno(crate::abi::errno::EINVAL);
        return -1;
    }
    // SAFETY: caller contract: wide strings and a live va_list; the block is ours.
    unsafe {
        let (buf, n) = match super::vfwprintf::narrow_format(fmt) {
            Ok(v) => v,
            Err(e) => {
                crate::errno::set_errno(e);
                return -1;
            }
        };
        let mut src = WideSource {
            ws: s,
            i: 0,
            cur: [0; 4],
            len: 0,
            k: 0,
            utf8: crate::locale::utf8_active(),
        };
        let mut args = VaSource(VaList::from_ptr(ap));
        let r = scanf_core(&mut src, core::slice::from_raw_parts(buf, n), &mut args);
        crate::malloc::libc::free(buf.cast());
        r
    }
}
