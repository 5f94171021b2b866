//! `%lc` and `%ls`: wide characters to multibyte in the current encoding — in the C
//! locale (as in musl) ASCII maps to itself, the code units `0xdf80..=0xdfff` that
//! `mbrtowc` makes of bytes `0x80..=0xff` map back to those bytes and anything else is
//! `EILSEQ`; in a UTF-8 locale every Unicode scalar value is encoded (C17 7.21.6.1p8;
//! musl: src/stdio/vfprintf.c 'S', src/multibyte/wcrtomb.c).
use super::engine::field;
use crate::abi::errno::EILSEQ;
use crate::abi::types::{c_int, wchar_t};
use crate::internal::fmt_fp::fmt::Out;
use crate::multibyte::internal::encode;

/// Converts the wide string `ws` (up to its NUL) while the bytes stay within `max`,
/// passing each character's bytes to `sink`; returns the byte count or `EILSEQ`. No
/// partial character is written, and no character is read once `max` bytes are reached.
///
/// # Safety
/// `ws` is a NUL-terminated `wchar_t` string, or holds enough characters to make `max`
/// bytes.
unsafe fn convert(
    ws: *const u32,
    max: usize,
    utf8: bool,
    mut sink: impl FnMut(&[u8]),
) -> Result<usize, c_int> {
    let mut n = 0;
    let mut i = 0;
    while n < max {
        // SAFETY: caller contract; we stop at the NUL or once `max` bytes are reached.
        let wc = unsafe { ws.add(i).read_unaligned() };
        if wc == 0 {
            break;
        }
        let (b, k) = encode(wc as wchar_t, utf8).map_err(|_| EILSEQ)?;
        if k > max - n {
            break;
        }
        sink(&b[..k]);
        n += k;
        i += 1;
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
        let (b, k) = encode(wc as wchar_t, crate::locale::utf8_active()).map_err(|_| EILSEQ)?;
        return field(out, cnt, b"", 0, &b[..k], width, flags);
    }
    let ws = v as *const u32;
    if ws.is_null() {
        return field(out, cnt, b"", 0, b"(null)", width, flags);
    }
    let max = if prec < 0 { usize::MAX } else { prec as usize };
    let utf8 = crate::locale::utf8_active();
    // SAFETY: the caller passed a wide string (or enough characters for `max` bytes).
    let n = unsafe { convert(ws, max, utf8, |_| {}) }?;
    let mut chunk = [0u8; 64];
    let mut k = 0;
    field_with(out, cnt, n, width, flags, |o| {
        // SAFETY: as above; the first pass proved the characters making `n` bytes convert.
        let _ = unsafe {
            convert(ws, n, utf8, |b| {
                if k + b.len() > chunk.len() {
                    o.put(chunk.get(..k).unwrap_or(&[]));
                    k = 0;
                }
                if let Some(d) = chunk.get_mut(k..k + b.len()) {
                    d.copy_from_slice(b);
                }
                k += b.len();
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
