//! `strptime` (POSIX strptime(); musl: src/time/strptime.c) in the C locale: every POSIX
//! conversion, the `E`/`O` modifiers (ignored), a field width after `%` (and `%+`), and
//! the GNU `%s` (seconds since the epoch, broken down in the local zone).
//!
//! As in musl, `%U`/`%W` are parsed and dropped, `%Z` is not supported, names match
//! case-insensitively in either their full or abbreviated form, and `%y` alone means
//! 1969..2068. Unlike musl (like glibc), numbers may be preceded by white space, so a
//! `%e` produced by `strftime` (" 5") reads back.
use crate::abi::time::tm;
use crate::abi::types::c_char;

const DAYS: [&[u8]; 7] = [
    b"Sunday",
    b"Monday",
    b"Tuesday",
    b"Wednesday",
    b"Thursday",
    b"Friday",
    b"Saturday",
];
const MONTHS: [&[u8]; 12] = [
    b"January",
    b"February",
    b"March",
    b"April",
    b"May",
    b"June",
    b"July",
    b"August",
    b"September",
    b"October",
    b"November",
    b"December",
];

/// The text being parsed: a NUL-terminated C string read one byte at a time.
struct Src {
    p: *const u8,
}

impl Src {
    fn at(&self, k: usize) -> u8 {
        // SAFETY: callers only look past bytes already seen to be non-NUL.
        unsafe { *self.p.add(k) }
    }
    fn peek(&self) -> u8 {
        self.at(0)
    }
    fn bump(&mut self, k: usize) {
        // SAFETY: the `k` bytes skipped were read and are non-NUL.
        self.p = unsafe { self.p.add(k) };
    }
    fn skip_space(&mut self) {
        while is_space(self.peek()) {
            self.bump(1);
        }
    }
    /// Whether the text starts with `w`, ignoring ASCII case.
    fn starts(&self, w: &[u8]) -> bool {
        for (k, &c) in w.iter().enumerate() {
            // A NUL in the text mismatches and stops the scan before reading further.
            if !self.at(k).eq_ignore_ascii_case(&c) {
                return false;
            }
        }
        true
    }
    /// At most `w` digits, after optional white space (and a sign when `signed`).
    fn digits(&mut self, w: usize, signed: bool) -> Option<i64> {
        self.skip_space();
        let mut neg = false;
        if signed && matches!(self.peek(), b'+' | b'-') {
            neg = self.peek() == b'-';
            self.bump(1);
        }
        if !self.peek().is_ascii_digit() {
            return None;
        }
        let mut v = 0i64;
        let mut n = 0;
        while n < w && self.peek().is_ascii_digit() {
            v = v
                .saturating_mul(10)
                .saturating_add((self.peek() - b'0') as i64);
            self.bump(1);
            n += 1;
        }
        Some(if neg { -v } else { v })
    }
    /// A number in `min..=max` of at most `w` digits.
    fn range(&mut self, w: usize, min: i64, max: i64) -> Option<i32> {
        let v = self.digits(w, false)?;
        (min..=max).contains(&v).then_some(v as i32)
    }
    /// A full or abbreviated name from `tab`; its index.
    fn name(&mut self, tab: &[&[u8]]) -> Option<i32> {
        for (i, full) in tab.iter().enumerate() {
            if self.starts(full) {
                self.bump(full.len());
                return Some(i as i32);
            }
        }
        for (i, full) in tab.iter().enumerate() {
            if self.starts(&full[..3]) {
                self.bump(3);
                return Some(i as i32);
            }
        }
        None
    }
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// The century state that `%C` and `%y` build up across one call.
#[derive(Default)]
struct Century {
    want: u8,
    century: i64,
    relyear: i64,
}

/// Parses `f` (a format as bytes, without NUL) against `s`; false on a mismatch.
fn parse(s: &mut Src, f: &[u8], t: &mut tm, c: &mut Century) -> bool {
    let mut i = 0;
    while i < f.len() {
        let ch = f[i];
        i += 1;
        if ch != b'%' {
            if is_space(ch) {
                s.skip_space();
            } else if s.peek() == ch {
                s.bump(1);
            } else {
                return false;
            }
            continue;
        }
        if f.get(i) == Some(&b'+') {
            i += 1;
        }
        let mut width = None;
        while let Some(&d) = f.get(i).filter(|d| d.is_ascii_digit()) {
            width = Some(width.unwrap_or(0usize).saturating_mul(10) + (d - b'0') as usize);
            i += 1;
        }
        while matches!(f.get(i), Some(b'E' | b'O')) {
            i += 1;
        }
        let Some(&conv) = f.get(i) else {
            return false;
        };
        i += 1;
        if !conversion(s, conv, width, t, c) {
            return false;
        }
    }
    true
}

/// One conversion `%conv`; false on a mismatch.
fn conversion(s: &mut Src, conv: u8, width: Option<usize>, t: &mut tm, c: &mut Century) -> bool {
    let sub = |s: &mut Src, f: &[u8], t: &mut tm, c: &mut Century| parse(s, f, t, c);
    let set = |field: &mut i32, v: Option<i32>| v.map(|v| *field = v).is_some();
    match conv {
        b'a' | b'A' => set(&mut t.tm_wday, s.name(&DAYS)),
        b'b' | b'B' | b'h' => set(&mut t.tm_mon, s.name(&MONTHS)),
        b'c' => sub(s, b"%a %b %e %H:%M:%S %Y", t, c),
        b'C' => match s.digits(width.unwrap_or(2), true) {
            Some(v) => {
                c.century = v;
                c.want |= 2;
                true
            }
            None => false,
        },
        b'd' | b'e' => set(&mut t.tm_mday, s.range(2, 1, 31)),
        b'D' | b'x' => sub(s, b"%m/%d/%y", t, c),
        b'F' => sub(s, b"%Y-%m-%d", t, c),
        b'H' | b'k' => set(&mut t.tm_hour, s.range(2, 0, 23)),
        b'I' | b'l' => set(&mut t.tm_hour, s.range(2, 1, 12)),
        b'j' => set(&mut t.tm_yday, s.range(3, 1, 366).map(|v| v - 1)),
        b'm' => set(&mut t.tm_mon, s.range(2, 1, 12).map(|v| v - 1)),
        b'M' => set(&mut t.tm_min, s.range(2, 0, 59)),
        b'n' | b't' => {
            s.skip_space();
            true
        }
        b'p' | b'P' => {
            let pm = if s.starts(b"AM") {
                false
            } else if s.starts(b"PM") {
                true
            } else {
                return false;
            };
            s.bump(2);
            t.tm_hour = t.tm_hour % 12 + 12 * pm as i32;
            true
        }
        b'r' => sub(s, b"%I:%M:%S %p", t, c),
        b'R' => sub(s, b"%H:%M", t, c),
        b's' => match s.digits(20, true) {
            Some(v) => super::localtime::to_local(v, t),
            None => false,
        },
        b'S' => set(&mut t.tm_sec, s.range(2, 0, 61)),
        b'T' | b'X' => sub(s, b"%H:%M:%S", t, c),
        b'u' => set(&mut t.tm_wday, s.range(1, 1, 7).map(|v| v % 7)),
        b'U' | b'W' | b'V' => s.range(2, 0, 53).is_some(),
        b'w' => set(&mut t.tm_wday, s.range(1, 0, 6)),
        b'y' => match s.digits(2, false) {
            Some(v) => {
                c.relyear = v;
                c.want |= 1;
                true
            }
            None => false,
        },
        b'Y' => match s.digits(width.unwrap_or(4), true) {
            Some(v) if (i32::MIN as i64 + 1900..=i32::MAX as i64).contains(&v) => {
                t.tm_year = (v - 1900) as i32;
                c.want = 0;
                true
            }
            _ => false,
        },
        b'G' => s.digits(width.unwrap_or(4), true).is_some(),
        b'g' => s.digits(2, false).is_some(),
        b'z' => zone_offset(s, t),
        b'%' => {
            let hit = s.peek() == b'%';
            s.bump(hit as usize);
            hit
        }
        _ => false,
    }
}

/// `%z`: `Z`, or `+hh`, `+hhmm`, `+hh:mm` (stored in `tm_gmtoff`).
fn zone_offset(s: &mut Src, t: &mut tm) -> bool {
    s.skip_space();
    if s.peek() == b'Z' {
        s.bump(1);
        t.tm_gmtoff = 0;
        return true;
    }
    let neg = match s.peek() {
        b'+' => false,
        b'-' => true,
        _ => return false,
    };
    s.bump(1);
    let two = |s: &mut Src| -> Option<i64> {
        let a = s.peek();
        // `at(1)` is read only after `a` was seen to be a digit (not the NUL).
        if !a.is_ascii_digit() || !s.at(1).is_ascii_digit() {
            return None;
        }
        let b = s.at(1);
        s.bump(2);
        Some(((a - b'0') * 10 + (b - b'0')) as i64)
    };
    let Some(h) = two(s) else {
        return false;
    };
    if s.peek() == b':' && s.at(1).is_ascii_digit() {
        s.bump(1);
    }
    let m = if s.peek().is_ascii_digit() {
        match two(s) {
            Some(m) if m < 60 => m,
            _ => return false,
        }
    } else {
        0
    };
    if h > 99 {
        return false;
    }
    let off = h * 3600 + m * 60;
    t.tm_gmtoff = if neg { -off } else { off };
    true
}

/// `char *strptime(const char *restrict s, const char *restrict format,
/// struct tm *restrict tm);` — reads `s` as `format` describes into the fields of `*tm`
/// it names (others are left alone); returns a pointer past the text read.
///
/// # Safety
/// `s` and `format` are NUL-terminated strings; `tm` is writable.
///
/// # Errors
/// Null is returned when the text does not match the format (no errno).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strptime(
    s: *const c_char,
    format: *const c_char,
    tm: *mut tm,
) -> *mut c_char {
    // SAFETY: the caller guarantees a NUL-terminated format.
    let f = unsafe { core::ffi::CStr::from_ptr(format) }.to_bytes();
    // SAFETY: the caller guarantees `tm`.
    let t = unsafe { &mut *tm };
    let mut src = Src { p: s.cast() };
    let mut c = Century::default();
    if !parse(&mut src, f, t, &mut c) {
        return core::ptr::null_mut();
    }
    if c.want != 0 {
        let year = if c.want & 2 != 0 {
            c.century * 100 + if c.want & 1 != 0 { c.relyear } else { 0 } - 1900
        } else if c.relyear <= 68 {
            c.relyear + 100
        } else {
            c.relyear
        };
        t.tm_year = year.clamp(i32::MIN as i64, i32::MAX as i64) as i32;
    }
    src.p as *mut c_char
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(s: &core::ffi::CStr, f: &core::ffi::CStr, t: &mut tm) -> Option<usize> {
        // SAFETY: NUL-terminated test strings and a local tm.
        let r = unsafe { strptime(s.as_ptr(), f.as_ptr(), t) };
        (!r.is_null()).then(|| r as usize - s.as_ptr() as usize)
    }

    #[test]
    fn parses() {
        let mut t = tm::zero();
        assert_eq!(
            run(c"2024-02-29 13:05:09x", c"%Y-%m-%d %T", &mut t),
            Some(19)
        );
        assert_eq!((t.tm_year, t.tm_mon, t.tm_mday), (124, 1, 29));
        assert_eq!((t.tm_hour, t.tm_min, t.tm_sec), (13, 5, 9));
        assert_eq!(run(c"tHu mar  7 69", c"%a %b %e %y", &mut t), Some(13));
        assert_eq!((t.tm_wday, t.tm_mon, t.tm_mday, t.tm_year), (4, 2, 7, 69));
        assert_eq!(run(c"68", c"%y", &mut t), Some(2));
        assert_eq!(t.tm_year, 168);
        assert_eq!(run(c"19 05", c"%C %y", &mut t), Some(5));
        assert_eq!(t.tm_year, 5);
        assert_eq!(run(c"12:30 pm", c"%I:%M %p", &mut t), Some(8));
        assert_eq!(t.tm_hour, 12);
        assert_eq!(run(c"12 AM", c"%I %p", &mut t), Some(5));
        assert_eq!(t.tm_hour, 0);
        assert_eq!(run(c"366", c"%j", &mut t), Some(3));
        assert_eq!(t.tm_yday, 365);
        assert_eq!(run(c"32", c"%d", &mut t), None);
        assert_eq!(run(c"Septembre", c"%B", &mut t), Some(3));
        assert_eq!(run(c"a%b", c"a%%b", &mut t), Some(3));
        assert_eq!(run(c"a", c"a%", &mut t), None);
        assert_eq!(run(c"-0130", c"%z", &mut t), Some(5));
        assert_eq!(t.tm_gmtoff, -5400);
    }
}
