//! `wcsftime`, `wcsftime_l` (C17 7.29.5.1, POSIX wcsftime_l(); musl: src/time/wcsftime.c):
//! each conversion of the wide format goes through `strftime` and is widened with the
//! current multibyte encoding; other characters are copied as they are.
use super::strftime::strftime;
use crate::abi::locale::locale_t;
use crate::abi::time::tm;
use crate::abi::types::{size_t, wchar_t};
use crate::multibyte::internal::{INCOMPLETE, decode};

/// `strftime` clamps a field width to this.
const MAX_WIDTH: usize = 4096;
/// Room for one conversion of the widest field and its text.
const STACK_BUF: usize = MAX_WIDTH + 256;

/// Builds the narrow specification of the conversion at `f[i]` (just after `%`) as a
/// NUL-terminated string behind a marker byte, so that an empty result is told apart
/// from a field that did not fit. Returns it, its length and the index after it, or
/// `None` when the conversion character is not ASCII.
///
/// # Safety
/// `f` is a terminated wide string and `f[i - 1]` was `%`.
unsafe fn narrow_spec(f: *const wchar_t, mut i: usize) -> (Option<([u8; 16], usize)>, usize) {
    let at = |k: usize| {
        // SAFETY: callers only pass indices up to the first unaccepted character.
        (unsafe { *f.add(k) }) as u32
    };
    let mut plus = false;
    let mut pad = 0u8;
    while let c @ (0x5f | 0x2d | 0x30 | 0x2b) = at(i) {
        if c == b'+' as u32 {
            plus = true;
        } else {
            pad = c as u8;
        }
        i += 1;
    }
    let mut width = 0usize;
    let mut digits = false;
    while let c @ 0x30..=0x39 = at(i) {
        width = (width * 10 + (c - 0x30) as usize).min(MAX_WIDTH);
        digits = true;
        i += 1;
    }
    let mut spec = [0u8; 16];
    spec[0] = b'x';
    spec[1] = b'%';
    let mut k = 2;
    let mut push = |b: u8| {
        spec[k] = b;
        k += 1;
    };
    if plus {
        push(b'+');
    }
    if pad != 0 {
        push(pad);
    }
    if digits {
        let mut d = [0u8; 4];
        let mut n = 0;
        let mut w = width;
        loop {
            d[n] = b'0' + (w % 10) as u8;
            n += 1;
            w /= 10;
            if w == 0 {
                break;
            }
        }
        for &b in d[..n].iter().rev() {
            push(b);
        }
    }
    if let c @ (0x45 | 0x4f) = at(i) {
        push(c as u8);
        i += 1;
    }
    let c = at(i);
    if c >= 0x80 {
        return (None, i);
    }
    if c != 0 {
        push(c as u8);
        i += 1;
    }
    (Some((spec, k)), i)
}

/// Appends the multibyte text `b` to `out[*n..cap - 1]` as wide characters; false when it
/// does not fit or does not decode.
///
/// # Safety
/// `out` is writable for `cap` characters.
unsafe fn widen(b: &[u8], out: *mut wchar_t, n: &mut usize, cap: usize) -> bool {
    let utf8 = crate::locale::utf8_active();
    let mut st = 0u32;
    let mut i = 0;
    while i < b.len() {
        let mut wc: wchar_t = 0;
        // SAFETY: `b[i..]` is readable.
        match unsafe { decode(&mut wc, b.as_ptr().add(i), b.len() - i, &mut st, utf8) } {
            Ok(INCOMPLETE) | Err(_) => return false,
            Ok(k) => i += k.max(1),
        }
        if *n + 1 >= cap {
            return false;
        }
        // SAFETY: `*n < cap - 1`.
        unsafe { *out.add(*n) = wc };
        *n += 1;
    }
    true
}

/// Formats one conversion into `out`; false when it does not fit.
///
/// # Safety
/// `spec` is NUL-terminated; `t` is valid; `out` is writable for `cap` characters.
unsafe fn convert(spec: &[u8], t: *const tm, out: *mut wchar_t, n: &mut usize, cap: usize) -> bool {
    let mut stack = [0u8; STACK_BUF];
    // SAFETY: the buffer and its size match; `spec` is NUL-terminated.
    let len = unsafe {
        strftime(
            stack.as_mut_ptr().cast(),
            STACK_BUF,
            spec.as_ptr().cast(),
            t,
        )
    };
    if len != 0 {
        // SAFETY: as the caller's.
        return unsafe { widen(&stack[1..len], out, n, cap) };
    }
    // Only a very long time zone name overflows the stack buffer. Every wide character
    // takes at most 4 bytes, so a field longer than 4 bytes per free slot cannot fit.
    let most = (cap - *n).saturating_mul(4).saturating_add(2);
    let mut size = STACK_BUF * 2;
    loop {
        let size_now = size.min(most);
        // SAFETY: a fresh block, freed below.
        let p = unsafe { crate::malloc::libc::malloc(size_now) }.cast::<u8>();
        if p.is_null() {
            return false;
        }
        // SAFETY: `p` holds `size_now` bytes; `spec` is NUL-terminated.
        let len = unsafe { strftime(p.cast(), size_now, spec.as_ptr().cast(), t) };
        let ok = len != 0 && {
            // SAFETY: strftime wrote `len` bytes; the caller's guarantees for `out`.
            unsafe { widen(core::slice::from_raw_parts(p.add(1), len - 1), out, n, cap) }
        };
        // SAFETY: our block.
        unsafe { crate::malloc::libc::free(p.cast()) };
        if ok || len != 0 || size_now == most {
            return ok;
        }
        size = size.saturating_mul(2);
    }
}

/// `size_t wcsftime(wchar_t *restrict s, size_t maxsize, const wchar_t *restrict format,
/// const struct tm *restrict timeptr);`
///
/// As `strftime`, in wide characters: the count written without the terminating L'\0',
/// or 0 (contents unspecified) when the result does not fit in `maxsize`.
///
/// # Safety
/// `s` writable for `maxsize` wide characters; `format` a terminated wide string;
/// `timeptr` valid.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcsftime(
    s: *mut wchar_t,
    maxsize: size_t,
    format: *const wchar_t,
    timeptr: *const tm,
) -> size_t {
    if maxsize == 0 {
        return 0;
    }
    let mut n = 0;
    let mut i = 0;
    loop {
        // SAFETY: `i` never passes the format's terminator.
        let c = unsafe { *format.add(i) };
        if c == 0 {
            break;
        }
        i += 1;
        if c != b'%' as wchar_t {
            if n + 1 >= maxsize {
                return 0;
            }
            // SAFETY: `n < maxsize - 1`.
            unsafe { *s.add(n) = c };
            n += 1;
            continue;
        }
        // SAFETY: `format[i - 1]` is '%'.
        let (spec, next) = unsafe { narrow_spec(format, i) };
        let ok = match spec {
            Some((spec, k)) => {
                i = next;
                // SAFETY: `spec` is NUL-terminated (zeroed past `k`); caller's pointers.
                unsafe { convert(&spec[..=k], timeptr, s, &mut n, maxsize) }
            }
            None => {
                // An unknown, non-ASCII conversion is copied through, as strftime does.
                // SAFETY: `format[next]` is that (non-NUL) character.
                let pair = [b'%' as wchar_t, unsafe { *format.add(next) }];
                i = next + 1;
                let fits = n + 2 < maxsize;
                if fits {
                    // SAFETY: two slots before the last.
                    unsafe { core::ptr::copy_nonoverlapping(pair.as_ptr(), s.add(n), 2) };
                    n += 2;
                }
                fits
            }
        };
        if !ok {
            return 0;
        }
    }
    // SAFETY: `n < maxsize`.
    unsafe { *s.add(n) = 0 };
    n
}

/// `size_t wcsftime_l(wchar_t *restrict s, size_t maxsize, const wchar_t *restrict format,
/// const struct tm *restrict timeptr, locale_t locale);` — every locale formats as C.
///
/// # Safety
/// As [`wcsftime`]; `locale` is not read.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcsftime_l(
    s: *mut wchar_t,
    maxsize: size_t,
    format: *const wchar_t,
    timeptr: *const tm,
    _locale: locale_t,
) -> size_t {
    // SAFETY: forwarded caller contract.
    unsafe { wcsftime(s, maxsize, format, timeptr) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wide(s: &str) -> [wchar_t; 64] {
        let mut w = [0; 64];
        for (d, c) in w.iter_mut().zip(s.chars()) {
            *d = c as wchar_t;
        }
        w
    }

    #[test]
    fn formats_like_strftime() {
        // SAFETY: all-zero is a valid tm.
        let mut t: tm = unsafe { core::mem::zeroed() };
        t.tm_year = 124;
        t.tm_mon = 1;
        t.tm_mday = 29;
        t.tm_hour = 13;
        t.tm_wday = 4;
        t.tm_isdst = -1;
        let f = wide("\u{20ac}%Y-%m-%d|%_5d|%-d%-5H|%%|%q|%\u{e9}|%EH");
        let mut out = [0 as wchar_t; 64];
        // SAFETY: buffers and sizes match.
        let n = unsafe { wcsftime(out.as_mut_ptr(), 64, f.as_ptr(), &t) };
        let want: Vec<wchar_t> = "\u{20ac}2024-02-29|   29|29   13|%|%q|%\u{e9}|13"
            .chars()
            .map(|c| c as wchar_t)
            .collect();
        assert_eq!(&out[..n], &want[..]);
        assert_eq!(out[n], 0);
        // SAFETY: as above.
        assert_eq!(
            unsafe { wcsftime(out.as_mut_ptr(), n as size_t, f.as_ptr(), &t) },
            0
        );
        // SAFETY: as above.
        assert_eq!(
            unsafe { wcsftime(out.as_mut_ptr(), n as size_t + 1, f.as_ptr(), &t) },
            n
        );
    }
}
