//! Calendar arithmetic on the proleptic Gregorian calendar (musl: src/time/__secs_to_tm.c,
//! __tm_to_secs.c, __year_to_secs.c, __month_to_secs.c). Days are counted from 1970-01-01
//! with the era-based civil-date formulas, exact for every 64-bit input that fits.
use crate::abi::time::tm;
use crate::abi::types::c_int;

/// Whether `y` (a full year) is a leap year.
pub const fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days before the first of each month in a common year.
const CUM: [i64; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/// Days in month `m` (0..12) of year `y`.
pub const fn month_days(y: i64, m: usize) -> i64 {
    const LEN: [i64; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if m == 1 && is_leap(y) { 29 } else { LEN[m] }
}

/// Day number of `y`-`m`-`d` (m 1..=12) counted from 1970-01-01.
pub const fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Seconds from the epoch to 00:00 on 1 January of `y`.
pub const fn year_to_secs(y: i64) -> i64 {
    days_from_civil(y, 1, 1) * 86400
}

/// Day of the year (0-based) of the first of month `m` (0..12).
pub const fn month_to_yday(y: i64, m: usize) -> i64 {
    CUM[m] + (m >= 2 && is_leap(y)) as i64
}

/// Breaks `t` (seconds since the epoch, already shifted to local time) into `out`'s
/// calendar fields; `None` if the year does not fit an `int`.
pub fn secs_to_tm(t: i64, out: &mut tm) -> Option<()> {
    // Keep the day count (and tm_year) in range before any multiplication.
    if !(-(1i64 << 55)..(1i64 << 55)).contains(&t) {
        return None;
    }
    let days = t.div_euclid(86400);
    let secs = t.rem_euclid(86400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + (m <= 2) as i64;
    let year = y - 1900;
    if year < c_int::MIN as i64 || year > c_int::MAX as i64 {
        return None;
    }
    out.tm_year = year as c_int;
    out.tm_mon = (m - 1) as c_int;
    out.tm_mday = d as c_int;
    out.tm_yday = (month_to_yday(y, (m - 1) as usize) + d - 1) as c_int;
    out.tm_wday = (days + 4).rem_euclid(7) as c_int;
    out.tm_hour = (secs / 3600) as c_int;
    out.tm_min = (secs / 60 % 60) as c_int;
    out.tm_sec = (secs % 60) as c_int;
    Some(())
}

/// Seconds since the epoch of the (possibly denormalised) calendar fields of `t`, read as
/// UTC; out-of-range fields carry into the next larger ones, as `mktime` requires.
pub fn tm_to_secs(t: &tm) -> i64 {
    let mut year = t.tm_year as i64 + 1900;
    let mut mon = t.tm_mon as i64;
    year += mon.div_euclid(12);
    mon = mon.rem_euclid(12);
    let days = days_from_civil(year, mon + 1, 1) + t.tm_mday as i64 - 1;
    days * 86400 + t.tm_hour as i64 * 3600 + t.tm_min as i64 * 60 + t.tm_sec as i64
}

/// The Gregorian year containing `t` (seconds since the epoch).
pub fn year_of(t: i64) -> i64 {
    let mut tmp = tm::zero();
    match secs_to_tm(t, &mut tmp) {
        Some(()) => tmp.tm_year as i64 + 1900,
        None => 1970,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let mut t = tm::zero();
        let mut s = -70_000_000_000i64;
        while s < 70_000_000_000 {
            secs_to_tm(s, &mut t).unwrap();
            assert_eq!(tm_to_secs(&t), s, "{s}");
            s += 86_399 * 37 + 13;
        }
        secs_to_tm(951_782_400, &mut t).unwrap(); // 2000-02-29
        assert_eq!(
            (t.tm_year, t.tm_mon, t.tm_mday, t.tm_yday, t.tm_wday),
            (100, 1, 29, 59, 2)
        );
        secs_to_tm(-1, &mut t).unwrap();
        assert_eq!(
            (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_wday),
            (69, 11, 31, 23, 3)
        );
        assert!(secs_to_tm(i64::MAX, &mut t).is_none());
    }
}
