//! `fnmatch` (POSIX.1-2008 fnmatch.h; musl: src/regex/fnmatch.c): shell wildcard matching
//! with `*`, `?`, bracket expressions (ranges, `!`/`^`, `[:class:]`) and the FNM_* flags.
use crate::abi::fnmatch::{
    FNM_CASEFOLD, FNM_LEADING_DIR, FNM_NOESCAPE, FNM_NOMATCH, FNM_PATHNAME, FNM_PERIOD,
};
use crate::abi::types::{c_char, c_int};

/// One pattern element.
#[derive(Clone, Copy, PartialEq)]
enum Tok {
    End,
    Lit(i32),
    Any,
    Star,
    /// The bytes between `[` and the closing `]`, as a range of pattern indices.
    Bracket(usize, usize),
}

/// Decodes the character at `s[i..]`: (value, length). Bytes below 0x80 are themselves;
/// under UTF-8 a valid sequence is its code point and an invalid byte `-1 - byte`; in the
/// C locale every byte is one character.
fn next_char(s: &[u8], i: usize) -> (i32, usize) {
    let b = s[i];
    if b < 0x80 || !crate::locale::utf8_active() {
        return (b as i32, 1);
    }
    let (len, init) = match b {
        0xc2..=0xdf => (2, (b & 0x1f) as u32),
        0xe0..=0xef => (3, (b & 0x0f) as u32),
        0xf0..=0xf4 => (4, (b & 0x07) as u32),
        _ => return (-1 - b as i32, 1),
    };
    if i + len > s.len() {
        return (-1 - b as i32, 1);
    }
    let mut wc = init;
    for &t in &s[i + 1..i + len] {
        if t & 0xc0 != 0x80 {
            return (-1 - b as i32, 1);
        }
        wc = (wc << 6) | (t & 0x3f) as u32;
    }
    let min = [0, 0, 0x80, 0x800, 0x10000][len];
    if wc < min || wc > 0x10ffff || (0xd800..0xe000).contains(&wc) {
        return (-1 - b as i32, 1);
    }
    (wc as i32, len)
}

/// The pattern element at `p[i..]` and its length in bytes.
fn pat_next(p: &[u8], i: usize, flags: c_int) -> (Tok, usize) {
    if i >= p.len() {
        return (Tok::End, 0);
    }
    match p[i] {
        b'*' => (Tok::Star, 1),
        b'?' => (Tok::Any, 1),
        b'\\' if flags & FNM_NOESCAPE == 0 && i + 1 < p.len() => {
            let (c, k) = next_char(p, i + 1);
            (Tok::Lit(c), k + 1)
        }
        b'[' => match bracket_end(p, i) {
            Some(end) => (Tok::Bracket(i + 1, end), end + 1 - i),
            None => (Tok::Lit(b'[' as i32), 1),
        },
        _ => {
            let (c, k) = next_char(p, i);
            (Tok::Lit(c), k)
        }
    }
}

/// The index of the `]` closing the bracket expression opened at `p[open]`, if any.
fn bracket_end(p: &[u8], open: usize) -> Option<usize> {
    let mut k = open + 1;
    if k < p.len() && (p[k] == b'!' || p[k] == b'^') {
        k += 1;
    }
    if k < p.len() && p[k] == b']' {
        k += 1;
    }
    while k < p.len() && p[k] != b']' {
        if p[k] == b'[' && k + 1 < p.len() && matches!(p[k + 1], b':' | b'.' | b'=') {
            let z = p[k + 1];
            k += 3;
            while k < p.len() && !(p[k - 1] == z && p[k] == b']') {
                k += 1;
            }
            if k >= p.len() {
                return None;
            }
        }
        k += 1;
    }
    if k < p.len() { Some(k) } else { None }
}

/// ASCII case folding (lower case).
fn fold(c: i32) -> i32 {
    if (b'A' as i32..=b'Z' as i32).contains(&c) {
        c + 32
    } else {
        c
    }
}

/// The other ASCII case of `c` (or `c`).
fn swap_case(c: i32) -> i32 {
    if (b'a' as i32..=b'z' as i32).contains(&c) {
        c - 32
    } else {
        fold(c)
    }
}

/// Whether `c` is in the named character class (ASCII classes of the C locale).
fn in_class(name: &[u8], c: i32) -> bool {
    if !(0..0x80).contains(&c) {
        return false;
    }
    let b = c as u8;
    match name {
        b"alnum" => b.is_ascii_alphanumeric(),
        b"alpha" => b.is_ascii_alphabetic(),
        b"blank" => b == b' ' || b == b'\t',
        b"cntrl" => b.is_ascii_control(),
        b"digit" => b.is_ascii_digit(),
        b"graph" => b.is_ascii_graphic(),
        b"lower" => b.is_ascii_lowercase(),
        b"print" => b.is_ascii_graphic() || b == b' ',
        b"punct" => b.is_ascii_punctuation(),
        b"space" => matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'),
        b"upper" => b.is_ascii_uppercase(),
        b"xdigit" => b.is_ascii_hexdigit(),
        _ => false,
    }
}

/// Whether `c` matches the bracket expression body `b` (between `[` and `]`).
fn match_bracket(b: &[u8], c: i32, flags: c_int) -> bool {
    let fold_case = flags & FNM_CASEFOLD != 0;
    let alt = if fold_case { swap_case(c) } else { c };
    let mut i = 0;
    let neg = i < b.len() && (b[i] == b'!' || b[i] == b'^');
    if neg {
        i += 1;
    }
    let mut hit = false;
    while i < b.len() {
        if b[i] == b'[' && i + 1 < b.len() && matches!(b[i + 1], b':' | b'.' | b'=') {
            let z = b[i + 1];
            let mut j = i + 3;
            while j < b.len() && !(b[j - 1] == z && b[j] == b']') {
                j += 1;
            }
            if j < b.len() {
                // [.x.] and [=x=] name collating elements; as musl, they match nothing.
                if z == b':' && (in_class(&b[i + 2..j - 1], c) || in_class(&b[i + 2..j - 1], alt)) {
                    hit = true;
                }
                i = j + 1;
                continue;
            }
        }
        let (lo, k) = if b[i] == b'\\' && flags & FNM_NOESCAPE == 0 && i + 1 < b.len() {
            let (v, k) = next_char(b, i + 1);
            (v, k + 1)
        } else {
            next_char(b, i)
        };
        i += k;
        if i + 1 < b.len() && b[i] == b'-' {
            let (hi, k2) = next_char(b, i + 1);
            i += 1 + k2;
            if (lo <= c && c <= hi) || (lo <= alt && alt <= hi) {
                hit = true;
            }
        } else if lo == c || lo == alt {
            hit = true;
        }
    }
    hit != neg
}

/// Whether element `t` of pattern `p` matches the character `c`.
fn tok_matches(p: &[u8], t: Tok, c: i32, flags: c_int) -> bool {
    match t {
        Tok::Any => true,
        Tok::Lit(l) if flags & FNM_CASEFOLD != 0 => fold(l) == fold(c),
        Tok::Lit(l) => l == c,
        Tok::Bracket(a, z) => match_bracket(&p[a..z], c, flags),
        Tok::End | Tok::Star => false,
    }
}

/// Matches all of `s` against all of `p`; `*` backtracks to its latest position.
fn match_here(p: &[u8], s: &[u8], flags: c_int) -> bool {
    if flags & FNM_PERIOD != 0 && s.first() == Some(&b'.') && p.first() != Some(&b'.') {
        return false;
    }
    let (mut pi, mut si) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    loop {
        let (t, step) = pat_next(p, pi, flags);
        if t == Tok::Star {
            pi += step;
            star = Some((pi, si));
            continue;
        }
        if t == Tok::End && si == s.len() {
            return true;
        }
        if t != Tok::End && si < s.len() {
            let (c, k) = next_char(s, si);
            if tok_matches(p, t, c, flags) {
                pi += step;
                si += k;
                continue;
            }
        }
        match star {
            Some((sp, ss)) if ss < s.len() => {
                let (_, k) = next_char(s, ss);
                star = Some((sp, ss + k));
                pi = sp;
                si = ss + k;
            }
            _ => return false,
        }
    }
}

/// The matcher behind `fnmatch`, on byte strings.
pub fn fnmatch_bytes(mut p: &[u8], mut s: &[u8], flags: c_int) -> bool {
    if flags & FNM_PATHNAME != 0 {
        loop {
            let se = s.iter().position(|&b| b == b'/').unwrap_or(s.len());
            let mut pe = 0;
            let (t, step) = loop {
                let (t, st) = pat_next(p, pe, flags);
                if t == Tok::End || t == Tok::Lit(b'/' as i32) {
                    break (t, st);
                }
                pe += st;
            };
            let pat_slash = t != Tok::End;
            let str_slash = se < s.len();
            if pat_slash != str_slash && (!str_slash || flags & FNM_LEADING_DIR == 0) {
                return false;
            }
            if !match_here(&p[..pe], &s[..se], flags) {
                return false;
            }
            if !pat_slash {
                return true;
            }
            s = &s[se + 1..];
            p = &p[pe + step..];
        }
    }
    if flags & FNM_LEADING_DIR != 0 {
        for (i, &b) in s.iter().enumerate() {
            if b == b'/' && match_here(p, &s[..i], flags) {
                return true;
            }
        }
    }
    match_here(p, s, flags)
}

/// `int fnmatch(const char *pattern, const char *string, int flags);`
///
/// Returns 0 when `string` matches `pattern`, `FNM_NOMATCH` otherwise.
///
/// # Safety
/// Both are NUL-terminated strings.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fnmatch(
    pattern: *const c_char,
    string: *const c_char,
    flags: c_int,
) -> c_int {
    // SAFETY: the caller passes NUL-terminated strings.
    let (p, s) = unsafe {
        (
            core::ffi::CStr::from_ptr(pattern).to_bytes(),
            core::ffi::CStr::from_ptr(string).to_bytes(),
        )
    };
    if fnmatch_bytes(p, s, flags) {
        0
    } else {
        FNM_NOMATCH
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(p: &str, s: &str, f: c_int) -> bool {
        fnmatch_bytes(p.as_bytes(), s.as_bytes(), f)
    }

    #[test]
    fn basics() {
        assert!(m("*.c", "foo.c", 0) && !m("*.c", "foo.h", 0));
        assert!(m("a?c", "abc", 0) && m("a*b*c", "aXbYbc", 0) && !m("a*b", "ac", 0));
        assert!(m("[a-c]x", "bx", 0) && !m("[!a-c]x", "bx", 0) && m("[^a-c]x", "dx", 0));
        assert!(m("[]]", "]", 0) && m("[!]]", "a", 0) && m("[a-]", "-", 0));
        assert!(m("[[:digit:]]*", "7up", 0) && !m("[[:alpha:]]", "7", 0));
        assert!(m("[", "[", 0) && m("\\*", "*", 0) && !m("\\*", "x", 0));
        assert!(m("\\*", "\\x", FNM_NOESCAPE));
    }

    #[test]
    fn flags() {
        assert!(m("*", "a/b", 0) && !m("*", "a/b", FNM_PATHNAME));
        assert!(m("a/*", "a/b", FNM_PATHNAME) && !m("a?b", "a/b", FNM_PATHNAME));
        assert!(!m("*", ".x", FNM_PERIOD) && m(".*", ".x", FNM_PERIOD));
        assert!(!m("a/*", "a/.x", FNM_PATHNAME | FNM_PERIOD) && m("*", "a/.x", FNM_PERIOD));
        assert!(
            m("a", "a/b/c", FNM_LEADING_DIR) && m("a/b", "a/b/c", FNM_PATHNAME | FNM_LEADING_DIR)
        );
        assert!(m("ABC", "abc", FNM_CASEFOLD) && m("[A-C]", "b", FNM_CASEFOLD));
    }
}
