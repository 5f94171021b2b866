//! `%lc` and `%ls`: wide characters to multibyte in rcc's only locale, the C locale,
//! where (as in musl) ASCII maps to itself, the code units `0xdf80..=0xdfff` that
//! `mbrtowc` makes of bytes `0x80..=0xff` map back to those bytes, and anything else is
//! `EILSEQ` (C17 7.21.6.1p8; musl: src/stdio/vfprintf.c 'S', src/multibyte/wcrtomb.c).
use super::engine::field;
use crate::abi::errno::EILSEQ;
use crate::abi::types::c_int;
use crate::internal::fmt_fp::fmt::Out;

/// The byte `wc` becomes in the C locale, or `None` (`EILSEQ`).
#[inline]
pub fn wc_to_byte(wc: u32) -> Option<u8> {
    (wc < 0x80 || (0xdf80..=0xdfff).contains(&wc)).then_some(wc as u8)
}

/// Converts at most `max` bytes' worth of the wide string `ws` (stopping at its NUL),
/// into `sink` if given; returns the byte count or `EILSEQ`.
///
/// # Safety
/// `ws` is a NUL-terminated `wchar_t` string (or has `max` valid characters).
unsafe fn convert(ws: *const u32, max: usize, mut sink: impl FnMut(u8)) -> Result<usize, c_int> {
    let mut n = 0;
    while n < max {
        // SAFETY: caller contract; we stop at the NUL or after `max` characters.
        let wc = unsafe { ws.add(n).read_unaligned() };
        if wc == 0 {
            break;
        }
        sink(wc_to_byte(wc).ok_or(EILSEQ)?);
        n += 1;
    }
    Ok(n)
}

/// `%lc` (`single`: `v` is the `wint_t`) or `%ls` (`v` is the `wchar_t *`).
pub fn put_wide<O: Out>(
    out: &mut O,
    cnt: &mut usize,
    single: bool,
    v: u64,
    flags: u32,
    width: usize,
    prec: i32,
) -> Result<(), c_int> {
    if single {
        // As C17 says (and musl 1.2.3 does): %lc of L'\0' is an empty string.
        let wc = v as u32;
        if wc == 0 {
            return field(out, cnt, b"", 0, b"", width, flags);
        }
        let b = [wc_to_byte(wc).ok_or(EILSEQ)?];
        return field(out, cnt, b"", 0, &b, width, flags);
    }
    let ws = v as *const u32;
    if ws.is_null() {
        return field(out, cnt, b"", 0, b"(null)", width, flags);
    }
    let max = if prec < 0 { usize::MAX } else { prec as usize };
    // SAFETY: the caller passed a wide string; every character is one byte here, so
    // `max` bytes are `max` characters.
    let n = unsafe { convert(ws, max, |_| {}) }?;
    let mut chunk = [0u8; 64];
    let mut k = 0;
    field_with(out, cnt, n, width, flags, |o| {
        // SAFETY: as above; the first pass proved the first `n` characters convert.
        let _ = unsafe {
            convert(ws, n, |b| {
                if let Some(s) = chunk.get_mut(k) {
                    *s = b;
                }
                k += 1;
                if k == chunk.len() {
                    o.put(&chunk);
                    k = 0;
                }
            })
        };
        o.put(chunk.get(..k).unwrap_or(&[]));
    })
}

/// Pads a field of `len` bytes that `body` writes.
fn field_with<O: Out>(
    out: &mut O,
    cnt: &mut usize,
    len: usize,
    width: usize,
    flags: u32,
    body: impl FnOnce(&mut O),
) -> Result<(), c_int> {
    use crate::internal::fmt_fp::fmt::LEFT;
    let total = width.max(len);
    if total > i32::MAX as usize - *cnt {
        return Err(crate::abi::errno::EOVERFLOW);
    }
    *cnt += total;
    let fill = total - len;
    if flags & LEFT == 0 {
        out.pad(b' ', fill);
    }
    body(out);
    if flags & LEFT != 0 {
        out.pad(b' ', fill);
    }
    Ok(())
}
