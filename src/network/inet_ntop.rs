//! `inet_ntop` (POSIX.1-2017 inet_ntop(); musl: src/network/inet_ntop.c).
//! IPv6 text as RFC 5952: lower-case hex, the longest run of two or more zero groups
//! (weighed as musl does) as `::`, and dotted IPv4 for `::ffff:a.b.c.d`.
use crate::abi::errno::{EAFNOSUPPORT, ENOSPC};
use crate::abi::socket::{AF_INET, AF_INET6, socklen_t};
use crate::abi::types::{c_char, c_int, c_void};
use crate::errno::set_errno;

/// A small text buffer for an address (46 bytes is the longest IPv6 form plus NUL).
pub struct Text {
    pub buf: [u8; 48],
    pub len: usize,
}

impl Text {
    pub fn new() -> Text {
        Text {
            buf: [0; 48],
            len: 0,
        }
    }

    fn push(&mut self, c: u8) {
        if let Some(b) = self.buf.get_mut(self.len) {
            *b = c;
            self.len += 1;
        }
    }

    fn dec(&mut self, v: u8) {
        if v >= 100 {
            self.push(b'0' + v / 100);
        }
        if v >= 10 {
            self.push(b'0' + v / 10 % 10);
        }
        self.push(b'0' + v % 10);
    }

    fn hex(&mut self, v: u16) {
        let mut started = false;
        for shift in [12, 8, 4, 0] {
            let d = (v >> shift) as u8 & 15;
            if d != 0 || started || shift == 0 {
                started = true;
                self.push(b"0123456789abcdef"[d as usize]);
            }
        }
    }

    pub fn bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

impl Default for Text {
    fn default() -> Self {
        Text::new()
    }
}

/// `a.b.c.d`.
pub fn format4(a: &[u8; 4]) -> Text {
    let mut t = Text::new();
    for (i, &b) in a.iter().enumerate() {
        if i > 0 {
            t.push(b'.');
        }
        t.dec(b);
    }
    t
}

/// The RFC 5952 text of a 16-byte address.
pub fn format6(a: &[u8; 16]) -> Text {
    let mapped = a[..10].iter().all(|&b| b == 0) && a[10] == 0xff && a[11] == 0xff;
    let groups = if mapped { 6 } else { 8 };
    let word = |k: usize| u16::from_be_bytes([a[2 * k], a[2 * k + 1]]);
    // The longest run of two or more zero groups becomes "::". Runs are weighed by the
    // text they replace, as musl does: ":0:0:" in the middle outweighs "0:0:" at an end,
    // and the first of equal weights wins.
    let (mut best, mut best_len, mut best_w, mut k) = (0, 0, 0, 0);
    while k < groups {
        let run = (k..groups).take_while(|&j| word(j) == 0).count();
        let inner = k > 0 && k + run < groups;
        let w = 2 * run + inner as usize;
        if run >= 2 && w > best_w {
            (best, best_len, best_w) = (k, run, w);
        }
        k += run.max(1);
    }
    let mut t = Text::new();
    let mut k = 0;
    while k < groups {
        if best_len != 0 && k == best {
            t.push(b':');
            t.push(b':');
            k += best_len;
            continue;
        }
        if k > 0 && !(best_len != 0 && k == best + best_len) {
            t.push(b':');
        }
        t.hex(word(k));
        k += 1;
    }
    if mapped {
        if !(best_len != 0 && best + best_len == groups) {
            t.push(b':');
        }
        let v4 = format4(&[a[12], a[13], a[14], a[15]]);
        for &c in v4.bytes() {
            t.push(c);
        }
    }
    t
}

/// `const char *inet_ntop(int af, const void *restrict a0, char *restrict s, socklen_t l);`
///
/// Returns `s`, or null with errno set.
///
/// # Safety
/// `a0` holds an address of the family's size; `s` is writable for `l` bytes.
///
/// # Errors
/// `EAFNOSUPPORT` for an unknown family, `ENOSPC` if the text and its NUL exceed `l`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn inet_ntop(
    af: c_int,
    a0: *const c_void,
    s: *mut c_char,
    l: socklen_t,
) -> *const c_char {
    let t = match af {
        // SAFETY: the caller guarantees four readable bytes.
        AF_INET => format4(unsafe { &*a0.cast::<[u8; 4]>() }),
        // SAFETY: the caller guarantees sixteen readable bytes.
        AF_INET6 => format6(unsafe { &*a0.cast::<[u8; 16]>() }),
        _ => {
            set_errno(EAFNOSUPPORT);
            return core::ptr::null();
        }
    };
    if t.len >= l as usize {
        set_errno(ENOSPC);
        return core::ptr::null();
    }
    // SAFETY: `s` is writable for `l > t.len` bytes.
    unsafe {
        core::ptr::copy_nonoverlapping(t.buf.as_ptr(), s.cast::<u8>(), t.len);
        *s.add(t.len) = 0;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::super::inet_pton::parse6;
    use super::format6;

    fn round(s: &str) -> String {
        let a = parse6(s.as_bytes()).unwrap();
        String::from_utf8(format6(&a).bytes().to_vec()).unwrap()
    }

    #[test]
    fn rfc5952() {
        assert_eq!(round("::"), "::");
        assert_eq!(round("::1"), "::1");
        assert_eq!(round("1::"), "1::");
        assert_eq!(round("1:0:0:1:0:0:0:1"), "1:0:0:1::1");
        assert_eq!(round("1:0:1:0:1:0:1:0"), "1:0:1:0:1:0:1:0");
        assert_eq!(round("1:0:0:2:0:0:3:4"), "1::2:0:0:3:4");
        assert_eq!(round("ABCD:EF01::"), "abcd:ef01::");
        assert_eq!(round("::ffff:1.2.3.4"), "::ffff:1.2.3.4");
        assert_eq!(round("::ffff:0:1"), "::ffff:0.0.0.1");
        assert_eq!(round("::1.2.3.4"), "::102:304");
        assert_eq!(round("2001:db8::ff00:42:8329"), "2001:db8::ff00:42:8329");
        assert_eq!(round("0:0:1:0:0:0:0:0"), "0:0:1::");
        assert_eq!(round("1:2:3:4:5:6:7:0"), "1:2:3:4:5:6:7:0");
        assert_eq!(round("0:0:1:0:0:2:3:4"), "0:0:1::2:3:4");
        assert_eq!(round("0:0:1:2:3:4:0:0"), "::1:2:3:4:0:0");
        assert_eq!(round("0:0:0:1:0:0:0:0"), "0:0:0:1::");
    }
}
