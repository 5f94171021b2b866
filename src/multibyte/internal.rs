//! The decoder and encoder behind every multibyte function (musl:
//! src/multibyte/internal.c). In the C locale a byte 0x80..=0xff is the wide character
//! `0xdf00 + byte` (musl's byte-safe C locale); in UTF-8 mode sequences are checked
//! strictly (no overlongs, surrogates or values above 0x10ffff).
//!
//! A conversion state (the first word of `mbstate_t`) is 0 when initial; otherwise it
//! holds the bytes of an incomplete UTF-8 sequence (byte k in bits 8k..8k+8) and their
//! count in bits 24..26. The lead byte is at least 0xc2, so a partial state is non-zero.
use crate::abi::errno::EILSEQ;
use crate::abi::types::wchar_t;
use crate::sys::Errno;

/// `(size_t)-2`: the bytes so far start a character but do not complete it.
pub const INCOMPLETE: usize = usize::MAX - 1;
/// `(size_t)-1`.
pub const FAILED: usize = usize::MAX;

/// The wide character standing for byte `b` (0x80..=0xff) in the C locale.
#[inline]
pub fn code_unit(b: u8) -> wchar_t {
    0xdf00 | b as wchar_t
}

/// Whether `wc` is one of the C locale's byte characters `0xdf80..=0xdfff`.
#[inline]
pub fn is_code_unit(wc: u32) -> bool {
    wc.wrapping_sub(0xdf80) < 0x80
}

/// Length of the UTF-8 sequence a lead byte starts (0: not a lead byte).
fn sequence_len(lead: u8) -> usize {
    match lead {
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => 0,
    }
}

/// The bytes allowed second after `lead`: excludes overlongs, surrogates, > 0x10ffff.
fn second_range(lead: u8) -> (u8, u8) {
    match lead {
        0xe0 => (0xa0, 0xbf),
        0xed => (0x80, 0x9f),
        0xf0 => (0x90, 0xbf),
        0xf4 => (0x80, 0x8f),
        _ => (0x80, 0xbf),
    }
}

/// Converts the character at `s` (at most `n` bytes) with state `st`.
///
/// Returns the bytes consumed by this call (0 for NUL, with `*wc = 0`) or
/// [`INCOMPLETE`] (the bytes read are kept in `*st`); `EILSEQ` resets `*st`. Reads a
/// byte only once the bytes before it were valid, so never past a NUL.
///
/// # Safety
/// `s` is readable up to `n` bytes or its terminating NUL.
pub unsafe fn decode(
    wc: &mut wchar_t,
    s: *const u8,
    n: usize,
    st: &mut u32,
    utf8: bool,
) -> Result<usize, Errno> {
    if n == 0 {
        return Ok(INCOMPLETE);
    }
    let mut seen = [0u8; 4];
    let mut have = (*st >> 24) as usize & 3;
    for (k, b) in seen.iter_mut().enumerate().take(have) {
        *b = (*st >> (8 * k)) as u8;
    }
    let mut used = 0;
    if have == 0 {
        // SAFETY: n > 0.
        let b = unsafe { *s };
        if b < 0x80 {
            *wc = b as wchar_t;
            return Ok((b != 0) as usize);
        }
        if !utf8 {
            *wc = code_unit(b);
            return Ok(1);
        }
        if sequence_len(b) == 0 {
            return Err(Errno(EILSEQ));
        }
        seen[0] = b;
        have = 1;
        used = 1;
    }
    let need = sequence_len(seen[0]);
    while have < need {
        if used == n {
            let mut packed = (have as u32) << 24;
            for (k, &b) in seen.iter().enumerate().take(have) {
                packed |= (b as u32) << (8 * k);
            }
            *st = packed;
            return Ok(INCOMPLETE);
        }
        // SAFETY: used < n, and the bytes before it were valid (non-NUL).
        let c = unsafe { *s.add(used) };
        let (lo, hi) = if have == 1 {
            second_range(seen[0])
        } else {
            (0x80, 0xbf)
        };
        if c < lo || c > hi {
            *st = 0;
            return Err(Errno(EILSEQ));
        }
        seen[have] = c;
        have += 1;
        used += 1;
    }
    let mut cp = (seen[0] as u32) & (0x7f >> need);
    for &b in seen.iter().take(need).skip(1) {
        cp = cp << 6 | (b as u32 & 0x3f);
    }
    *st = 0;
    *wc = cp as wchar_t;
    Ok(used)
}

/// The multibyte form of `wc`: its bytes and their number.
///
/// # Errors
/// `EILSEQ` when the current encoding has no such character.
pub fn encode(wc: wchar_t, utf8: bool) -> Result<([u8; 4], usize), Errno> {
    let c = wc as u32;
    if c < 0x80 {
        return Ok(([c as u8, 0, 0, 0], 1));
    }
    if !utf8 {
        return if is_code_unit(c) {
            Ok(([c as u8, 0, 0, 0], 1))
        } else {
            Err(Errno(EILSEQ))
        };
    }
    let cont = |shift: u32| 0x80 | ((c >> shift) & 0x3f) as u8;
    if c < 0x800 {
        Ok(([0xc0 | (c >> 6) as u8, cont(0), 0, 0], 2))
    } else if c < 0xd800 || (0xe000..0x10000).contains(&c) {
        Ok(([0xe0 | (c >> 12) as u8, cont(6), cont(0), 0], 3))
    } else if (0x10000..0x110000).contains(&c) {
        Ok(([0xf0 | (c >> 18) as u8, cont(12), cont(6), cont(0)], 4))
    } else {
        Err(Errno(EILSEQ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(bytes: &[u8], utf8: bool) -> Result<(usize, wchar_t), Errno> {
        let mut wc = -1;
        let mut st = 0;
        // SAFETY: the slice is readable for its length.
        unsafe { decode(&mut wc, bytes.as_ptr(), bytes.len(), &mut st, utf8) }.map(|n| (n, wc))
    }

    #[test]
    fn c_locale_bytes_round_trip() {
        for b in 0u8..=255 {
            let (n, wc) = dec(&[b], false).unwrap();
            assert_eq!(n, (b != 0) as usize);
            let (bytes, len) = encode(wc, false).unwrap();
            assert_eq!((bytes[0], len), (b, 1));
        }
        assert_eq!(dec(&[0x80], false).unwrap().1, 0xdf80);
        assert!(encode(0xe9, false).is_err());
        assert!(encode(0xdf7f, false).is_err());
        assert!(encode(-1, false).is_err());
    }

    #[test]
    fn utf8_round_trip_and_rejects() {
        for &cp in &[
            0x7fu32, 0x80, 0x7ff, 0x800, 0xd7ff, 0xe000, 0xffff, 0x10000, 0x10ffff,
        ] {
            let (bytes, len) = encode(cp as wchar_t, true).unwrap();
            assert_eq!(dec(&bytes[..len], true).unwrap(), (len, cp as wchar_t));
        }
        for bad in [
            &[0xc0u8, 0x80][..],
            &[0xe0, 0x80, 0x80],
            &[0xed, 0xa0, 0x80],
            &[0xf4, 0x90, 0x80, 0x80],
            &[0x80],
            &[0xff],
            &[0xc3, 0x00],
        ] {
            assert_eq!(dec(bad, true), Err(Errno(EILSEQ)));
        }
        assert!(encode(0xd800, true).is_err());
        assert!(encode(0x110000, true).is_err());
    }

    #[test]
    fn utf8_state_carries_partial_sequences() {
        let bytes = [0xf0u8, 0x9f, 0x98, 0x80];
        let mut st = 0;
        let mut wc = 0;
        for (i, b) in bytes.iter().enumerate() {
            // SAFETY: one readable byte.
            let r = unsafe { decode(&mut wc, b, 1, &mut st, true) }.unwrap();
            if i < 3 {
                assert_eq!(r, INCOMPLETE);
                assert_ne!(st, 0);
            } else {
                assert_eq!((r, wc, st), (1, 0x1f600, 0));
            }
        }
    }
}
