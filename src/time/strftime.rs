//! `strftime` (C17 7.27.3.5, POSIX strftime(); musl: src/time/strftime.c) in the C locale:
//! every C17/POSIX conversion, the `E`/`O` modifiers (ignored), and the `_ - 0 +` flags
//! with a field width, plus the GNU/BSD `%k %l %P %s`.
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

impl Out<'_> {
    fn push(&mut self, b: &[u8]) {
        for &c in b {
            // Keep one byte for the terminating NUL.
            if self.n + 1 < self.buf.len() {
                self.buf[self.n] = c;
                self.n += 1;
            } else {
                self.full = true;
            }
        }
    }
    fn pad(&mut self, c: u8, k: usize) {
        for _ in 0..k {
            self.push(&[c]);
        }
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
        o.push(&[s]);
    }
    if pad != b' ' && pad != b'-' {
        o.pad(b'0', fill);
    }
    while k > 0 {
        k -= 1;
        o.push(&[d[k]]);
    }
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
            o.push(&f[i..i + 1]);
            i += 1;
            continue;
        }
        i += 1;
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
            b'C' => num(o, year.div_euclid(100), 2, p0(b'0'), width, plus),
            b'd' => num(o, t.tm_mday as i64, 2, p0(b'0'), width, false),
            b'D' | b'x' => format(o, b"%m/%d/%y", t),
            b'e' => num(o, t.tm_mday as i64, 2, p0(b' '), width, false),
            b'F' => {
                num(o, year, 4, p0(b'0'), width.saturating_sub(6), plus);
                format(o, b"-%m-%d", t)
            }
            b'g' => num(o, iso_week(t).0.rem_euclid(100), 2, p0(b'0'), width, false),
            b'G' => num(o, iso_week(t).0, 4, p0(b'0'), width, plus),
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
            b'Y' => num(o, year, 1, p0(b'0'), width, plus && year >= 10000),
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
