//! `asctime`, `asctime_r`, `ctime`, `ctime_r` (C17 7.27.3.1, 7.27.3.2; musl:
//! src/time/asctime.c, asctime_r.c, ctime.c, ctime_r.c): "Sun Sep 16 01:03:52 1973\n".
use crate::abi::errno::EOVERFLOW;
use crate::abi::time::tm;
use crate::abi::types::{c_char, c_int, time_t};
use crate::errno::set_errno;

const DAYS: &[u8; 21] = b"SunMonTueWedThuFriSat";
const MONTHS: &[u8; 36] = b"JanFebMarAprMayJunJulAugSepOctNovDec";

/// Writes `v` in decimal, at least `width` digits with `pad`; returns the new position.
fn put_num(out: &mut [u8; 26], mut at: usize, v: c_int, width: usize, pad: u8) -> Option<usize> {
    let mut digits = [0u8; 12];
    let mut n = 0;
    let mut u = (v as i64).unsigned_abs();
    loop {
        digits[n] = b'0' + (u % 10) as u8;
        n += 1;
        u /= 10;
        if u == 0 {
            break;
        }
    }
    let len = n.max(width) + (v < 0) as usize;
    if at + len > 24 {
        return None;
    }
    if v < 0 {
        out[at] = b'-';
        at += 1;
    }
    for _ in n..width {
        out[at] = pad;
        at += 1;
    }
    while n > 0 {
        n -= 1;
        out[at] = digits[n];
        at += 1;
    }
    Some(at)
}

fn format(t: &tm, out: &mut [u8; 26]) -> Option<()> {
    let wd = (t.tm_wday as u32 as usize).min(7);
    let mo = (t.tm_mon as u32 as usize).min(12);
    let name = |tab: &[u8], i: usize, n: usize| -> [u8; 3] {
        if i < n {
            [tab[3 * i], tab[3 * i + 1], tab[3 * i + 2]]
        } else {
            *b"???"
        }
    };
    out[..3].copy_from_slice(&name(DAYS, wd, 7));
    out[3] = b' ';
    out[4..7].copy_from_slice(&name(MONTHS, mo, 12));
    out[7] = b' ';
    let mut at = put_num(out, 8, t.tm_mday, 2, b' ')?;
    out[at] = b' ';
    at = put_num(out, at + 1, t.tm_hour, 2, b'0')?;
    out[at] = b':';
    at = put_num(out, at + 1, t.tm_min, 2, b'0')?;
    out[at] = b':';
    at = put_num(out, at + 1, t.tm_sec, 2, b'0')?;
    out[at] = b' ';
    let year = t.tm_year.checked_add(1900)?;
    at = put_num(out, at + 1, year, 1, b'0')?;
    out[at] = b'\n';
    out[at + 1] = 0;
    Some(())
}

/// `char *asctime_r(const struct tm *restrict tm, char *restrict buf);` — `buf` holds 26 bytes.
///
/// # Safety
/// `t` valid; `buf` writable for 26 bytes.
///
/// # Errors
/// `EOVERFLOW` when the fields do not fit the format (null is returned).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn asctime_r(t: *const tm, buf: *mut c_char) -> *mut c_char {
    let mut out = [0u8; 26];
    // SAFETY: the caller guarantees `t`.
    if format(unsafe { &*t }, &mut out).is_none() {
        set_errno(EOVERFLOW);
        return core::ptr::null_mut();
    }
    // SAFETY: the caller guarantees 26 writable bytes at `buf`.
    unsafe { core::ptr::copy_nonoverlapping(out.as_ptr(), buf.cast(), 26) };
    buf
}

static mut BUF: [c_char; 26] = [0; 26];

/// `char *asctime(const struct tm *timeptr);`
///
/// # Safety
/// `t` valid; the result is overwritten by the next call.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn asctime(t: *const tm) -> *mut c_char {
    // SAFETY: BUF is the documented static result.
    unsafe { asctime_r(t, (&raw mut BUF).cast()) }
}

/// `char *ctime_r(const time_t *clock, char *buf);` — `asctime_r(localtime_r(clock))`.
///
/// # Safety
/// `clock` valid; `buf` writable for 26 bytes.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn ctime_r(clock: *const time_t, buf: *mut c_char) -> *mut c_char {
    let mut t = tm::zero();
    // SAFETY: the caller guarantees `clock` and `buf`.
    unsafe {
        if super::localtime::localtime_r(clock, &mut t).is_null() {
            return core::ptr::null_mut();
        }
        asctime_r(&t, buf)
    }
}

/// `char *ctime(const time_t *timer);`
///
/// # Safety
/// `timer` valid; the result is overwritten by the next call.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn ctime(timer: *const time_t) -> *mut c_char {
    // SAFETY: BUF is the documented static result.
    unsafe { ctime_r(timer, (&raw mut BUF).cast()) }
}
