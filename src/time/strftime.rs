//! `strftime` (C17 7.27.3.5, POSIX strftime(); musl: src/time/strftime.c) in the C locale:
//! every C17/POSIX conversion, the `E`/`O` modifiers (ignored), and the `_ - 0 +` flags
//! with a field width, plus the GNU/BSD `%k %l %P %s`.
//! (Past 500 lines only because of its unit tests: POSIX's flag table and the fast path.)
use super::secs_to_tm::tm_to_secs;
use crate::abi::time::tm;
use crate::abi::types::{c_char, size_t};

const DAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

struct Out<'a> {
    buf: &'a mut [u8],
    n: usize,
    full: bool,
}

/// `"00"` to `"99"`, for the two-digit fields that most formats are made of.
const DIGITS2: [[u8; 2]; 100] = {
    let mut t = [[0u8; 2]; 100];
    let mut i = 0;
    while i < 100 {
        t[i] = [b'0' + (i / 10) as u8, b'0' + (i % 10) as u8];
        i += 1;
    }
    t
};

/// The three-letter day and month abbreviations, packed.
const DAYS3: &[u8; 21] = b"SunMonTueWedThuFriSat";
const MONTHS3: &[u8; 36] = b"JanFebMarAprMayJunJulAugSepOctNovDec";

impl Out<'_> {
    /// Appends `b`, or as much of it as fits (one byte stays free for the NUL).
    #[inline(always)]
    fn push(&mut self, b: &[u8]) {
        // `buf.len() >= 1` and `n < buf.len()` always hold, so this cannot underflow.
        let room = self.buf.len() - 1 - self.n;
        let k = if b.len() <= room {
            b.len()
        } else {
            self.full = true;
            room
        };
        // A byte loop, not `copy_from_slice`: the runs are short and a `memcpy` call
        // would cost more than the copy.
        for (d, s) in self.buf[self.n..self.n + k].iter_mut().zip(b) {
            *d = *s;
        }
        self.n += k;
    }
    /// Appends a fixed-size piece (the copy is a few moves).
    #[inline(always)]
    fn push_n<const N: usize>(&mut self, b: &[u8; N]) {
        if self.n + N < self.buf.len() {
            // SAFETY: `n + N < buf.len()`, so the N bytes from `n` are inside `buf`.
            unsafe {
                core::ptr::copy_nonoverlapping(b.as_ptr(), self.buf.as_mut_ptr().add(self.n), N)
            };
            self.n += N;
        } else {
            self.push(b);
        }
    }
    fn pad(&mut self, c: u8, k: usize) {
        for _ in 0..k {
            self.push_n(&[c]);
        }
    }
}

/// The unflagged, unwidthed conversions of the everyday formats, written directly;
/// `false` sends the conversion to the general path (`format`), which handles every
/// case, including out-of-range fields.
#[inline(always)]
fn fast(o: &mut Out, c: u8, t: &tm) -> bool {
    let two = |o: &mut Out, v: i32| -> bool {
        if (v as u32) < 100 {
            o.push_n(&DIGITS2[v as usize]);
            true
        } else {
            false
        }
    };
    match c {
        b'd' => two(o, t.tm_mday),
        b'H' => two(o, t.tm_hour),
        b'M' => two(o, t.tm_min),
        b'S' => two(o, t.tm_sec),
        b'm' => two(o, t.tm_mon.wrapping_add(1)),
        b'y' => two(o, (t.tm_year as i64 + 1900).rem_euclid(100) as i32),
        b'Y' => {
            let y = t.tm_year as i64 + 1900;
            if (1000..10000).contains(&y) {
                o.push_n(&DIGITS2[(y / 100) as usize]);
                o.push_n(&DIGITS2[(y % 100) as usize]);
                true
            } else {
                false
            }
        }
        b'j' => {
            let d = t.tm_yday as u32 + 1;
            if (1..=366).contains(&d) {
                o.push_n(&[b'0' + (d / 100) as u8]);
                o.push_n(&DIGITS2[(d % 100) as usize]);
                true
            } else {
                false
            }
        }
        b'a' => {
            let d = t.tm_wday as u32 as usize;
            if d < 7 {
                o.push_n(&[DAYS3[3 * d], DAYS3[3 * d + 1], DAYS3[3 * d + 2]]);
                true
            } else {
                false
            }
        }
        b'b' | b'h' => {
            let m = t.tm_mon as u32 as usize;
            if m < 12 {
                o.push_n(&[MONTHS3[3 * m], MONTHS3[3 * m + 1], MONTHS3[3 * m + 2]]);
                true
            } else {
                false
            }
        }
        b'Z' if t.tm_isdst >= 0 && !t.tm_zone.is_null() => {
            let mut p = t.tm_zone.cast::<u8>();
            loop {
                // SAFETY: a non-null tm_zone is a NUL-terminated string (localtime's or
                // the caller's), and `p` has not passed its NUL.
                let c = unsafe { *p };
                if c == 0 {
                    break;
                }
                o.push_n(&[c]);
                // SAFETY: `p` is before the NUL, so `p + 1` is inside the string.
                p = unsafe { p.add(1) };
            }
            true
        }
        _ => false,
    }
}

/// ISO 8601 week-based year and week number of `t`.
fn iso_week(t: &tm) -> (i64, i64) {
    let year = t.tm_year as i64 + 1900;
    let weeks = |y: i64| -> i64 {
        let p =
            |y: i64| (y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400)).rem_euclid(7);
        if p(y) == 4 || p(y - 1) == 3 { 53 } else { 52 }
    };
    let wday_mon = (t.tm_wday as i64 + 6).rem_euclid(7);
    let week = (t.tm_yday as i64 - wday_mon + 10).div_euclid(7);
    if week < 1 {
        (year - 1, weeks(year - 1))
    } else if week > weeks(year) {
        (year + 1, 1)
    } else {
        (year, week)
    }
}

fn name(tab: &[&'static str], i: i32) -> &'static str {
    tab.get(i as u32 as usize).copied().unwrap_or("?")
}

/// Formats one number: at least `digits` digits padded by `pad` (`-`: none), then `width`.
fn num(o: &mut Out, v: i64, digits: usize, pad: u8, width: usize, plus: bool) {
    let mut d = [0u8; 24];
    let mut k = 0;
    let mut u = v.unsigned_abs();
    loop {
        d[k] = b'0' + (u % 10) as u8;
        k += 1;
        u /= 10;
        if u == 0 {
            break;
        }
    }
    let sign = if v < 0 {
        Some(b'-')
    } else if plus {
        Some(b'+')
    } else {
        None
    };
    let want = width.max(if pad == b'-' { 0 } else { digits });
    let len = k + sign.is_some() as usize;
    let fill = want.saturating_sub(len);
    if pad == b' ' || (pad == b'-' && fill > 0) {
        o.pad(b' ', fill);
    }
    if let Some(s) = sign {
        o.push_n(&[s]);
    }
    if pad != b' ' && pad != b'-' {
        o.pad(b'0', fill);
    }
    while k > 0 {
        k -= 1;
        o.push_n(&[d[k]]);
    }
}

/// POSIX's `+` flag on `%C %F %G %Y`: a `+` precedes the value when the flag is given and
/// either the value has more than `natural` digits or the field is wider than that
/// (`%+5Y` of 270 is `+0270`, `%+4Y` of 1970 is `1970`, `%+4Y` of 12345 is `+12345`).
fn plus_sign(plus: bool, v: i64, natural: u32, width: usize) -> bool {
    plus && (v >= 10i64.pow(natural) || width > natural as usize)
}

fn text(o: &mut Out, s: &[u8], pad: u8, width: usize) {
    let c = if pad == b'0' { b'0' } else { b' ' };
    o.pad(c, width.saturating_sub(s.len()));
    o.push(s);
}

fn format(o: &mut Out, f: &[u8], t: &tm) {
    let mut i = 0;
    while i < f.len() {
        if f[i] != b'%' {
            // Literal text: byte by byte, as it is mostly one separator at a time.
            o.push_n(&[f[i]]);
            i += 1;
            continue;
        }
        i += 1;
        if let Some(&c) = f.get(i)
            && fast(o, c, t)
        {
            i += 1;
            continue;
        }
        let mut pad = 0u8;
        let mut plus = false;
        while let Some(&c @ (b'_' | b'-' | b'0' | b'+')) = f.get(i) {
            match c {
                b'+' => plus = true,
                b'_' => pad = b' ',
                _ => pad = c,
            }
            i += 1;
        }
        let mut width = 0usize;
        while let Some(&c @ b'0'..=b'9') = f.get(i) {
            width = (width * 10 + (c - b'0') as usize).min(4096);
            i += 1;
        }
        if let Some(b'E' | b'O') = f.get(i) {
            i += 1;
        }
        let Some(&c) = f.get(i) else {
            o.push(b"%");
            break;
        };
        i += 1;
        let p0 = |d: u8| if pad == 0 { d } else { pad };
        let year = t.tm_year as i64 + 1900;
        let hour12 = if t.tm_hour % 12 == 0 {
            12
        } else {
            t.tm_hour as i64 % 12
        };
        match c {
            b'a' => text(
                o,
                &name(&DAYS, t.tm_wday).as_bytes()[..3.min(name(&DAYS, t.tm_wday).len())],
                pad,
                width,
            ),
            b'A' => text(o, name(&DAYS, t.tm_wday).as_bytes(), pad, width),
            b'b' | b'h' => text(
                o,
                &name(&MONTHS, t.tm_mon).as_bytes()[..3.min(name(&MONTHS, t.tm_mon).len())],
                pad,
                width,
            ),
            b'B' => text(o, name(&MONTHS, t.tm_mon).as_bytes(), pad, width),
            b'c' => format(o, b"%a %b %e %H:%M:%S %Y", t),
            b'C' => {
                let c = year.div_euclid(100);
                num(o, c, 2, p0(b'0'), width, plus_sign(plus, c, 2, width))
            }
            b'd' => num(o, t.tm_mday as i64, 2, p0(b'0'), width, false),
            b'D' | b'x' => format(o, b"%m/%d/%y", t),
            b'e' => num(o, t.tm_mday as i64, 2, p0(b' '), width, false),
            b'F' => {
                // POSIX: with a width x, the year is formatted as by `%+{x-6}Y`.
                let w = width.saturating_sub(6);
                num(o, year, 4, p0(b'0'), w, plus_sign(plus, year, 4, w));
                format(o, b"-%m-%d", t)
            }
            b'g' => num(o, iso_week(t).0.rem_euclid(100), 2, p0(b'0'), width, false),
            b'G' => {
                let g = iso_week(t).0;
                num(o, g, 4, p0(b'0'), width, plus_sign(plus, g, 4, width))
            }
            b'H' => num(o, t.tm_hour as i64, 2, p0(b'0'), width, false),
            b'I' => num(o, hour12, 2, p0(b'0'), width, false),
            b'j' => num(o, t.tm_yday as i64 + 1, 3, p0(b'0'), width, false),
            b'k' => num(o, t.tm_hour as i64, 2, p0(b' '), width, false),
            b'l' => num(o, hour12, 2, p0(b' '), width, false),
            b'm' => num(o, t.tm_mon as i64 + 1, 2, p0(b'0'), width, false),
            b'M' => num(o, t.tm_min as i64, 2, p0(b'0'), width, false),
            b'n' => o.push(b"\n"),
            b'p' => text(o, if t.tm_hour >= 12 { b"PM" } else { b"AM" }, pad, width),
            b'P' => text(o, if t.tm_hour >= 12 { b"pm" } else { b"am" }, pad, width),
            b'r' => format(o, b"%I:%M:%S %p", t),
            b'R' => format(o, b"%H:%M", t),
            b's' => num(o, tm_to_secs(t) - t.tm_gmtoff, 1, p0(b'0'), width, false),
            b'S' => num(o, t.tm_sec as i64, 2, p0(b'0'), width, false),
            b't' => o.push(b"\t"),
            b'T' | b'X' => format(o, b"%H:%M:%S", t),
            b'u' => num(
                o,
                if t.tm_wday == 0 { 7 } else { t.tm_wday as i64 },
                1,
                p0(b'0'),
                width,
                false,
            ),
            b'U' => num(
                o,
                (t.tm_yday as i64 + 7 - t.tm_wday as i64).div_euclid(7),
                2,
                p0(b'0'),
                width,
                false,
            ),
            b'V' => num(o, iso_week(t).1, 2, p0(b'0'), width, false),
            b'w' => num(o, t.tm_wday as i64, 1, p0(b'0'), width, false),
            b'W' => num(
                o,
                (t.tm_yday as i64 + 7 - (t.tm_wday as i64 + 6).rem_euclid(7)).div_euclid(7),
                2,
                p0(b'0'),
                width,
                false,
            ),
            b'y' => num(o, year.rem_euclid(100), 2, p0(b'0'), width, false),
            b'Y' => num(o, year, 1, p0(b'0'), width, plus_sign(plus, year, 4, width)),
            b'z' => {
                let off = t.tm_gmtoff;
                let a = off.unsigned_abs() as i64;
                o.push(if off < 0 { b"-" } else { b"+" });
                num(
                    o,
                    a / 3600 * 100 + a / 60 % 60,
                    4,
                    b'0',
                    width.saturating_sub(1),
                    false,
                );
            }
            b'Z' => zone_name(o, t, pad, width),
            b'%' => o.push(b"%"),
            _ => {
                // Unknown conversion: copied through, as musl and glibc do.
                o.push(b"%");
                o.push(&[c]);
            }
        }
    }
}

fn zone_name(o: &mut Out, t: &tm, pad: u8, width: usize) {
    if t.tm_isdst < 0 {
        return;
    }
    let mut p = t.tm_zone;
    if p.is_null() {
        super::tz::tzset();
        // SAFETY: tzname points at the names set by tzset.
        p = unsafe { (*(&raw const super::tz::tzname))[(t.tm_isdst > 0) as usize] };
    }
    if p.is_null() {
        return;
    }
    // SAFETY: tm_zone / tzname are NUL-terminated strings.
    let s = unsafe { core::ffi::CStr::from_ptr(p) }.to_bytes();
    text(o, s, pad, width);
}

/// `size_t strftime(char *restrict s, size_t maxsize, const char *restrict format,
/// const struct tm *restrict timeptr);` — the length written (without the NUL), or 0 if
/// it did not fit in `maxsize` bytes.
///
/// # Safety
/// `s` writable for `maxsize` bytes; `format` NUL-terminated; `timeptr` valid.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strftime(
    s: *mut c_char,
    maxsize: size_t,
    format_: *const c_char,
    timeptr: *const tm,
) -> size_t {
    if maxsize == 0 {
        return 0;
    }
    // SAFETY: the caller guarantees all three pointers and the buffer size.
    let (buf, f, t) = unsafe {
        (
            core::slice::from_raw_parts_mut(s.cast::<u8>(), maxsize),
            core::ffi::CStr::from_ptr(format_).to_bytes(),
            &*timeptr,
        )
    };
    let mut o = Out {
        buf,
        n: 0,
        full: false,
    };
    format(&mut o, f, t);
    let n = o.n;
    o.buf[n] = 0;
    if o.full { 0 } else { n }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(f: &str, t: &tm, size: usize) -> (usize, std::string::String) {
        extern crate std;
        let mut buf = std::vec![0xffu8; size];
        let mut fz = std::vec::Vec::from(f.as_bytes());
        fz.push(0);
        // SAFETY: buffer of `size` bytes, NUL-terminated format, valid tm.
        let n = unsafe { strftime(buf.as_mut_ptr().cast(), size, fz.as_ptr().cast(), t) };
        let end = buf.iter().position(|&b| b == 0).unwrap_or(0);
        (
            n,
            std::string::String::from_utf8_lossy(&buf[..end]).into_owned(),
        )
    }

    fn sample() -> tm {
        // SAFETY: tm is plain data; all-zero is a valid value.
        let mut t: tm = unsafe { core::mem::zeroed() };
        t.tm_year = 124;
        t.tm_mon = 1;
        t.tm_mday = 29;
        t.tm_hour = 7;
        t.tm_min = 5;
        t.tm_sec = 9;
        t.tm_wday = 4;
        t.tm_yday = 59;
        t.tm_zone = c"CET".as_ptr();
        t
    }

    #[test]
    fn plus_flag_as_posix_tabulates() {
        let mut t = sample();
        for (year, f, want) in [
            (1970, "%+4Y", "1970"),
            (270, "%+4Y", "0270"),
            (12345, "%+4Y", "+12345"),
            (270, "%+5Y", "+0270"),
            (12345, "%+5Y", "+12345"),
            (12345, "%+6Y", "+12345"),
            (123456, "%+8Y", "+0123456"),
            (12345, "%06Y", "012345"),
            (2024, "%+6Y", "+02024"),
            (2024, "%+C", "20"),
            (2024, "%+3C", "+20"),
            (2024, "%+10F", "2024-02-29"),
            (2024, "%+11F", "+2024-02-29"),
        ] {
            t.tm_year = year - 1900;
            assert_eq!(fmt(f, &t, 64).1, want, "{f} of {year}");
        }
    }

    #[test]
    fn fast_and_general_paths_agree() {
        let t = sample();
        assert_eq!(
            fmt("%Y-%m-%d %H:%M:%S %Z %a %b %j %y", &t, 64).1,
            "2024-02-29 07:05:09 CET Thu Feb 060 24"
        );
        assert_eq!(fmt("%4Y|%_d|%-m|%03j|%^a", &t, 64).1, "2024|29|2|060|%^a");
        let mut u = sample();
        u.tm_year = -1901;
        u.tm_mon = 12;
        u.tm_wday = 9;
        assert_eq!(fmt("%Y %y %m %a %b", &u, 64).1, "-1 99 13 ? ?");
    }

    #[test]
    fn too_small_buffer_gives_zero() {
        let t = sample();
        assert_eq!(fmt("%Y-%m-%d", &t, 11), (10, "2024-02-29".into()));
        let (n, s) = fmt("%Y-%m-%d", &t, 10);
        assert_eq!(n, 0);
        assert_eq!(s.len(), 9);
        assert_eq!(fmt("ab%Z", &t, 5).0, 0);
    }
}
