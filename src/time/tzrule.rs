//! POSIX `TZ` strings (POSIX.1-2017 8.3, e.g. `EST5EDT,M3.2.0,M11.1.0`): parsing, and
//! which offset applies at a given time (musl: src/time/__tz.c getname/getoff/getrule).
use super::secs_to_tm::{days_from_civil, is_leap, month_days, month_to_yday, year_to_secs};

/// A DST transition rule: `Jn`, `n` or `Mm.w.d`, at `time` seconds of local time.
#[derive(Clone, Copy)]
pub struct Rule {
    pub kind: u8,
    pub a: i64,
    pub w: i64,
    pub d: i64,
    pub time: i64,
}

/// A parsed `TZ` string. Offsets are seconds east of UTC (`tm_gmtoff`).
#[derive(Clone, Copy)]
pub struct Posix {
    pub std_off: i64,
    pub dst_off: i64,
    pub has_dst: bool,
    pub start: Rule,
    pub end: Rule,
    pub std_name: [u8; 16],
    pub dst_name: [u8; 16],
}

const US_START: Rule = Rule {
    kind: b'M',
    a: 3,
    w: 2,
    d: 0,
    time: 7200,
};
const US_END: Rule = Rule {
    kind: b'M',
    a: 11,
    w: 1,
    d: 0,
    time: 7200,
};

impl Posix {
    /// UTC, named "UTC": the fallback for a missing or invalid `TZ`.
    pub const UTC: Posix = Posix {
        std_off: 0,
        dst_off: 0,
        has_dst: false,
        start: US_START,
        end: US_END,
        std_name: *b"UTC\0\0\0\0\0\0\0\0\0\0\0\0\0",
        dst_name: [0; 16],
    };
}

struct Cursor<'a> {
    s: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> u8 {
        self.s.get(self.i).copied().unwrap_or(0)
    }
    fn eat(&mut self, c: u8) -> bool {
        let hit = self.peek() == c;
        self.i += hit as usize;
        hit
    }
    fn num(&mut self) -> Option<i64> {
        let start = self.i;
        let mut v = 0i64;
        while self.peek().is_ascii_digit() && self.i - start < 6 {
            v = v * 10 + (self.peek() - b'0') as i64;
            self.i += 1;
        }
        (self.i > start).then_some(v)
    }
    /// `[+-]hh[:mm[:ss]]` in seconds.
    fn offset(&mut self) -> Option<i64> {
        let neg = self.eat(b'-');
        if !neg {
            self.eat(b'+');
        }
        let mut v = self.num()? * 3600;
        if self.eat(b':') {
            v += self.num()? * 60;
            if self.eat(b':') {
                v += self.num()?;
            }
        }
        Some(if neg { -v } else { v })
    }
    /// An abbreviation: 3+ letters, or `<...>` holding letters, digits, `+` and `-`.
    fn name(&mut self, out: &mut [u8; 16]) -> bool {
        *out = [0; 16];
        let mut n = 0;
        if self.eat(b'<') {
            while !matches!(self.peek(), b'>' | 0) {
                if n < 15 {
                    out[n] = self.peek();
                    n += 1;
                }
                self.i += 1;
            }
            return self.eat(b'>') && n >= 1;
        }
        while self.peek().is_ascii_alphabetic() {
            if n < 15 {
                out[n] = self.peek();
                n += 1;
            }
            self.i += 1;
        }
        n >= 3
    }
    fn rule(&mut self) -> Option<Rule> {
        let mut r = Rule {
            kind: b'n',
            a: 0,
            w: 0,
            d: 0,
            time: 7200,
        };
        if self.eat(b'J') {
            r.kind = b'J';
            r.a = self.num()?;
            if !(1..=365).contains(&r.a) {
                return None;
            }
        } else if self.eat(b'M') {
            r.kind = b'M';
            r.a = self.num()?;
            let ok = self.eat(b'.');
            r.w = self.num()?;
            let ok = ok && self.eat(b'.');
            r.d = self.num()?;
            if !ok || !(1..=12).contains(&r.a) || !(1..=5).contains(&r.w) || r.d > 6 {
                return None;
            }
        } else {
            r.a = self.num()?;
            if r.a > 365 {
                return None;
            }
        }
        if self.eat(b'/') {
            r.time = self.offset()?;
        }
        Some(r)
    }
}

/// Parses a complete POSIX `TZ` value; `None` if it is not one.
pub fn parse(s: &[u8]) -> Option<Posix> {
    let mut c = Cursor { s, i: 0 };
    let mut p = Posix::UTC;
    if !c.name(&mut p.std_name) {
        return None;
    }
    p.std_off = -c.offset()?;
    p.dst_off = p.std_off;
    if c.peek() != 0 && c.peek() != b',' {
        if !c.name(&mut p.dst_name) {
            return None;
        }
        p.has_dst = true;
        p.dst_off = match c.peek() {
            b'+' | b'-' | b'0'..=b'9' => -c.offset()?,
            _ => p.std_off + 3600,
        };
    }
    if c.eat(b',') {
        p.start = c.rule()?;
        if !c.eat(b',') {
            return None;
        }
        p.end = c.rule()?;
    }
    (c.i == s.len()).then_some(p)
}

/// Seconds from the start of year `y` (local time) to the moment `r` names.
pub fn rule_secs(r: &Rule, y: i64) -> i64 {
    let day = match r.kind {
        b'J' => r.a - 1 + (is_leap(y) && r.a >= 60) as i64,
        b'M' => {
            let m = (r.a - 1) as usize;
            let first_wday = (days_from_civil(y, r.a, 1) + 4).rem_euclid(7);
            let mut mday = (r.d - first_wday).rem_euclid(7) + (r.w - 1) * 7;
            while mday >= month_days(y, m) {
                mday -= 7;
            }
            month_to_yday(y, m) + mday
        }
        _ => r.a,
    };
    day * 86400 + r.time
}

/// Whether DST is in effect at `t`: UTC seconds, or local wall-clock seconds if `local`.
pub fn is_dst(p: &Posix, t: i64, local: bool) -> bool {
    if !p.has_dst {
        return false;
    }
    let wall = if local { t } else { t + p.std_off };
    let y = super::secs_to_tm::year_of(wall);
    let ys = year_to_secs(y);
    let (start, end) = if local {
        // Wall times in the spring gap count as standard time, so they move forward.
        let delta = p.dst_off - p.std_off;
        (
            ys + rule_secs(&p.start, y) + delta,
            ys + rule_secs(&p.end, y),
        )
    } else {
        (
            ys + rule_secs(&p.start, y) - p.std_off,
            ys + rule_secs(&p.end, y) - p.dst_off,
        )
    };
    if start < end {
        start <= t && t < end
    } else {
        !(end <= t && t < start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses() {
        let p = parse(b"EST5EDT,M3.2.0,M11.1.0").unwrap();
        assert_eq!((p.std_off, p.dst_off, p.has_dst), (-18000, -14400, true));
        assert_eq!(&p.std_name[..4], b"EST\0");
        let p = parse(b"<+0530>-5:30").unwrap();
        assert_eq!(p.std_off, 19800);
        assert!(parse(b"EST5EDT,M3.2.0").is_none());
        assert!(parse(b"E5").is_none());
        assert!(parse(b"UTC0").is_some());
        // 2024-03-10 07:00 UTC is 02:00 EST: DST starts.
        let p = parse(b"EST5EDT,M3.2.0,M11.1.0").unwrap();
        assert!(!is_dst(&p, 1_710_053_999, false));
        assert!(is_dst(&p, 1_710_054_000, false));
        // 2024-11-03 06:00 UTC is 02:00 EDT: DST ends.
        assert!(is_dst(&p, 1_730_613_599, false));
        assert!(!is_dst(&p, 1_730_613_600, false));
    }
}
