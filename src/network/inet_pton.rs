//! `inet_pton` (POSIX.1-2017 inet_pton(); musl: src/network/inet_pton.c).
//! Strict forms only: dotted decimal for IPv4, RFC 4291 text (with `::` and an IPv4
//! tail) for IPv6.
use super::inet_aton::c_bytes;
use crate::abi::errno::EAFNOSUPPORT;
use crate::abi::socket::{AF_INET, AF_INET6};
use crate::abi::types::{c_char, c_int, c_void};
use crate::errno::set_errno;

/// Four decimal parts of one to three digits, no leading zeros, each at most 255.
pub fn parse4(s: &[u8]) -> Option<[u8; 4]> {
    let mut out = [0u8; 4];
    let mut parts = s.split(|&c| c == b'.');
    for b in out.iter_mut() {
        let p = parts.next()?;
        if p.is_empty() || p.len() > 3 || (p.len() > 1 && p[0] == b'0') {
            return None;
        }
        let mut v: u32 = 0;
        for &c in p {
            if !c.is_ascii_digit() {
                return None;
            }
            v = v * 10 + (c - b'0') as u32;
        }
        *b = u8::try_from(v).ok()?;
    }
    if parts.next().is_some() {
        None
    } else {
        Some(out)
    }
}

/// Eight groups of one to four hex digits, at most one `::` standing for one or more zero
/// groups, and optionally a dotted IPv4 address as the last two groups.
pub fn parse6(s: &[u8]) -> Option<[u8; 16]> {
    let mut g = [0u16; 8];
    let mut n = 0;
    let mut gap = None;
    let mut i = 0;
    if s.starts_with(b"::") {
        gap = Some(0);
        i = 2;
        if s.len() == 2 {
            return Some([0; 16]);
        }
    } else if s.first() == Some(&b':') {
        return None;
    }
    loop {
        let start = i;
        let mut v: u32 = 0;
        while i - start < 4 {
            match s.get(i).and_then(|&c| (c as char).to_digit(16)) {
                Some(d) => v = v * 16 + d,
                None => break,
            }
            i += 1;
        }
        if i == start {
            return None;
        }
        if s.get(i) == Some(&b'.') {
            if n > 6 {
                return None;
            }
            let v4 = parse4(s.get(start..)?)?;
            g[n] = u16::from_be_bytes([v4[0], v4[1]]);
            g[n + 1] = u16::from_be_bytes([v4[2], v4[3]]);
            n += 2;
            break;
        }
        if n == 8 {
            return None;
        }
        g[n] = v as u16;
        n += 1;
        match s.get(i) {
            None => break,
            Some(b':') => i += 1,
            Some(_) => return None,
        }
        if s.get(i) == Some(&b':') {
            if gap.is_some() {
                return None;
            }
            gap = Some(n);
            i += 1;
            if i == s.len() {
                break;
            }
        }
    }
    let mut full = [0u16; 8];
    match gap {
        None if n == 8 => full = g,
        Some(at) if n <= 7 => {
            full[..at].copy_from_slice(&g[..at]);
            full[8 - (n - at)..].copy_from_slice(&g[at..n]);
        }
        _ => return None,
    }
    let mut out = [0u8; 16];
    for (k, w) in full.iter().enumerate() {
        out[2 * k..2 * k + 2].copy_from_slice(&w.to_be_bytes());
    }
    Some(out)
}

/// `int inet_pton(int af, const char *restrict s, void *restrict dst);`
///
/// Returns 1 and stores the address (4 or 16 bytes, network order), 0 if `s` is not a
/// valid address of that family, -1 for an unknown family.
///
/// # Safety
/// `s` is a C string; `dst` is writable for the family's address size.
///
/// # Errors
/// `EAFNOSUPPORT` for a family other than `AF_INET` and `AF_INET6`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn inet_pton(af: c_int, s: *const c_char, dst: *mut c_void) -> c_int {
    // SAFETY: the caller guarantees `s`.
    let text = unsafe { c_bytes(s) };
    let (bytes, len) = match af {
        AF_INET => match parse4(text) {
            Some(a) => {
                let mut b = [0u8; 16];
                b[..4].copy_from_slice(&a);
                (b, 4)
            }
            None => return 0,
        },
        AF_INET6 => match parse6(text) {
            Some(a) => (a, 16),
            None => return 0,
        },
        _ => {
            set_errno(EAFNOSUPPORT);
            return -1;
        }
    };
    // SAFETY: the caller guarantees `dst` holds `len` bytes.
    unsafe { core::ptr::copy_nonoverlapping(bytes.as_ptr(), dst.cast::<u8>(), len) };
    1
}

#[cfg(test)]
mod tests {
    use super::{parse4, parse6};

    #[test]
    fn v4() {
        assert_eq!(parse4(b"127.0.0.1"), Some([127, 0, 0, 1]));
        for bad in [
            &b"1.2.3"[..],
            b"01.2.3.4",
            b"1.2.3.256",
            b"1.2.3.4.",
            b" 1.2.3.4",
            b"1..2.3",
        ] {
            assert_eq!(parse4(bad), None);
        }
    }

    #[test]
    fn v6() {
        let mut one = [0u8; 16];
        one[15] = 1;
        assert_eq!(parse6(b"::1"), Some(one));
        assert_eq!(parse6(b"0:0:0:0:0:0:0:1"), Some(one));
        assert_eq!(parse6(b"::"), Some([0; 16]));
        let m = parse6(b"::ffff:1.2.3.4").unwrap();
        assert_eq!(&m[10..], &[0xff, 0xff, 1, 2, 3, 4]);
        assert!(parse6(b"1:2:3:4:5:6:7::").is_some());
        assert!(parse6(b"::1:2:3:4:5:6:7").is_some());
        assert!(parse6(b"1:2:3:4:5:6:1.2.3.4").is_some());
        for bad in [
            &b"::1::"[..],
            b":1",
            b"1:",
            b"1:2:3:4:5:6:7:8:9",
            b"1::2::3",
            b"12345::",
            b"::1.2.3",
            b"1:2:3:4:5:6:7:1.2.3.4",
            b"::ffff:01.2.3.4",
            b"g::",
            b":::",
            b"1:::2",
            b"1:2:3:4:5:6:7:8::",
        ] {
            assert_eq!(parse6(bad), None, "{:?}", core::str::from_utf8(bad));
        }
    }
}
