//! `inet_aton` (BSD/POSIX-style numbers-and-dots; musl: src/network/inet_aton.c).
//! One to four parts in decimal, octal (`0`) or hex (`0x`); the last fills the rest.
use crate::abi::netinet_in::in_addr;
use crate::abi::types::{c_char, c_int};

/// Parses one unsigned number as `strtoul(s, .., 0)` would, saturating; returns it and the
/// number of bytes used (0 when `s` does not start with a digit).
fn number(s: &[u8]) -> (u64, usize) {
    let (base, mut i) = match s {
        [b'0', b'x' | b'X', h, ..] if h.is_ascii_hexdigit() => (16, 2),
        [b'0', ..] => (8, 0),
        _ => (10, 0),
    };
    let mut v: u64 = 0;
    while let Some(d) = s.get(i).and_then(|&c| (c as char).to_digit(base)) {
        v = v.saturating_mul(base as u64).saturating_add(d as u64);
        i += 1;
    }
    (v, i)
}

/// Parses the legacy dotted forms ("a", "a.b", "a.b.c", "a.b.c.d") into network order.
pub fn parse_aton(s: &[u8]) -> Option<[u8; 4]> {
    let mut parts = [0u64; 4];
    let mut n = 0;
    let mut rest = s;
    loop {
        if n == 4 || !rest.first().is_some_and(u8::is_ascii_digit) {
            return None;
        }
        let (v, used) = number(rest);
        parts[n] = v;
        n += 1;
        match rest.get(used) {
            None => break,
            Some(b'.') => rest = rest.get(used + 1..).unwrap_or_default(),
            Some(_) => return None,
        }
    }
    // The last part covers every byte not given by the earlier ones.
    let last_bits = 8 * (5 - n) as u32;
    let last = parts[n - 1];
    if last >> last_bits != 0 {
        return None;
    }
    let mut out = [0u8; 4];
    for (i, b) in out.iter_mut().enumerate().take(n - 1) {
        *b = u8::try_from(parts[i]).ok()?;
    }
    for (k, b) in out.iter_mut().enumerate().skip(n - 1) {
        *b = (last >> (8 * (3 - k))) as u8;
    }
    Some(out)
}

/// The bytes of a NUL-terminated string.
///
/// # Safety
/// `s` is a valid C string that outlives the result.
pub(crate) unsafe fn c_bytes<'a>(s: *const c_char) -> &'a [u8] {
    // SAFETY: the caller guarantees a NUL-terminated string.
    unsafe { core::slice::from_raw_parts(s.cast::<u8>(), crate::string::strlen::strlen(s)) }
}

/// `int inet_aton(const char *s, struct in_addr *dest);`
///
/// Returns 1 and stores the address in network order, or 0 if `s` is not valid.
///
/// # Safety
/// `s` is a C string; `dest` is writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn inet_aton(s: *const c_char, dest: *mut in_addr) -> c_int {
    // SAFETY: the caller guarantees `s`.
    match parse_aton(unsafe { c_bytes(s) }) {
        Some(b) => {
            // SAFETY: the caller guarantees `dest`.
            unsafe { (*dest).s_addr = u32::from_ne_bytes(b) };
            1
        }
        None => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::parse_aton;

    #[test]
    fn forms() {
        assert_eq!(parse_aton(b"1"), Some([0, 0, 0, 1]));
        assert_eq!(parse_aton(b"1.2"), Some([1, 0, 0, 2]));
        assert_eq!(parse_aton(b"1.2.3"), Some([1, 2, 0, 3]));
        assert_eq!(parse_aton(b"0x7f.1"), Some([127, 0, 0, 1]));
        assert_eq!(parse_aton(b"010.0.0.1"), Some([8, 0, 0, 1]));
        assert_eq!(parse_aton(b"4294967295"), Some([255; 4]));
        assert_eq!(parse_aton(b"4294967296"), None);
        assert_eq!(parse_aton(b"1.2.3.256"), None);
        assert_eq!(parse_aton(b"1.2.65536"), None);
        assert_eq!(parse_aton(b"1.2.3.4."), None);
        assert_eq!(parse_aton(b"1.2.3.4.5"), None);
        assert_eq!(parse_aton(b"08"), None);
        assert_eq!(parse_aton(b" 1"), None);
        assert_eq!(parse_aton(b""), None);
        assert_eq!(parse_aton(b"0x"), None);
    }
}
