//! The scanf engine: directives, white space, literal matching, and the conversions
//! (C17 7.21.6.2; musl: src/stdio/vfscanf.c).
use super::number::{scan_float, scan_int};
use super::source::{Input, Source, is_space};
use crate::abi::types::c_int;
use crate::arch::fpu::{sse_rounding, x87_rounding};
use crate::internal::floatscan::round::{F32, F64, F80, Mode};
use crate::malloc::libc::{free, malloc, realloc};
use crate::stdio::vfprintf::args::ArgSource;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Size {
    Hh,
    H,
    Def,
    L,
    Ll,
    BigL,
}

#[inline]
fn at(f: &[u8], i: usize) -> u8 {
    f.get(i).copied().unwrap_or(0)
}

/// Which bytes a `%[`, `%s` or `%c` field takes.
struct Set([u32; 8]);
impl Set {
    fn has(&self, c: i32) -> bool {
        c >= 0 && self.0[(c as usize >> 5) & 7] >> (c & 31) & 1 != 0
    }
    fn put(&mut self, c: u8, v: bool) {
        let w = &mut self.0[(c >> 5) as usize];
        if v {
            *w |= 1 << (c & 31);
        } else {
            *w &= !(1 << (c & 31));
        }
    }
}

/// Parses the scanset after `[` at `*i`; leaves `*i` on the closing `]`.
fn scanset(f: &[u8], i: &mut usize) -> Option<Set> {
    let invert = at(f, *i) == b'^';
    if invert {
        *i += 1;
    }
    let mut s = Set([if invert { !0 } else { 0 }; 8]);
    if matches!(at(f, *i), b'-' | b']') {
        s.put(at(f, *i), !invert);
        *i += 1;
    }
    while at(f, *i) != b']' {
        let c = at(f, *i);
        if c == 0 {
            return None;
        }
        if c == b'-' && at(f, *i + 1) != 0 && at(f, *i + 1) != b']' {
            let lo = at(f, *i - 1);
            let hi = at(f, *i + 1);
            for x in lo..=hi {
                s.put(x, !invert);
            }
            *i += 1;
        }
        s.put(at(f, *i), !invert);
        *i += 1;
    }
    Some(s)
}

/// Growing `%m` buffer, or the caller's, or none (suppressed).
struct Dest {
    p: *mut u8,
    cap: usize,
    alloc: bool,
}

impl Dest {
    /// Stores unit `k` (1 byte, or 4 for wide); false when allocation fails.
    fn store(&mut self, k: usize, v: u32, wide: bool) -> bool {
        if self.p.is_null() && !self.alloc {
            return true;
        }
        let unit = if wide { 4 } else { 1 };
        if self.alloc && (k + 1) * unit >= self.cap {
            let cap = (self.cap * 2).max(32 * unit);
            // SAFETY: `p` is null or our own allocation.
            let q = unsafe { realloc(self.p.cast(), cap) }.cast::<u8>();
            if q.is_null() {
                return false;
            }
            self.p = q;
            self.cap = cap;
        }
        // SAFETY: the caller's buffer is big enough for the field (C17 7.21.6.2p12), or
        // ours was just grown past `k + 1` units.
        unsafe {
            if wide {
                self.p.cast::<u32>().add(k).write_unaligned(v);
            } else {
                *self.p.add(k) = v as u8;
            }
        }
        true
    }
}

/// Runs the format; returns the number of assignments, or -1 (`EOF`) on input failure
/// before the first one.
pub fn scanf_core<S: Source, A: ArgSource + Clone>(src: &mut S, fmt: &[u8], ap: &mut A) -> c_int {
    let first = ap.clone();
    let mut inp = Input {
        src,
        pos: 0,
        left: usize::MAX,
    };
    let mut matches: c_int = 0;
    let mut i = 0;
    macro_rules! input_fail {
        () => {
            return if matches == 0 { -1 } else { matches }
        };
    }
    while i < fmt.len() {
        let fc = at(fmt, i);
        if is_space(fc as i32) {
            inp.skip_space();
            i += 1;
            continue;
        }
        if fc != b'%' || at(fmt, i + 1) == b'%' {
            inp.left = usize::MAX;
            let c = if fc == b'%' {
                i += 1;
                inp.skip_space();
                inp.get()
            } else {
                inp.get()
            };
            if c != at(fmt, i) as i32 {
                inp.unget(c);
                if c < 0 {
                    input_fail!();
                }
                return matches;
            }
            i += 1;
            continue;
        }
        i += 1;
        // Destination: suppressed, positional, or the next argument.
        let mut dest: usize = 0;
        let suppress = at(fmt, i) == b'*';
        if suppress {
            i += 1;
        } else if at(fmt, i).is_ascii_digit() && at(fmt, i + 1) == b'$' {
            let mut a = first.clone();
            for _ in 1..at(fmt, i) - b'0' {
                a.gp();
            }
            dest = a.gp() as usize;
            i += 2;
        } else {
            dest = ap.gp() as usize;
        }
        let mut width: usize = 0;
        while at(fmt, i).is_ascii_digit() {
            width = width
                .saturating_mul(10)
                .saturating_add((at(fmt, i) - b'0') as usize);
            i += 1;
        }
        let alloc = at(fmt, i) == b'm';
        if alloc {
            i += 1;
        }
        let mut size = Size::Def;
        loop {
            size = match (size, at(fmt, i)) {
                (Size::Def, b'h') => Size::H,
                (Size::H, b'h') => Size::Hh,
                (Size::Def, b'l') => Size::L,
                (Size::L, b'l') => Size::Ll,
                (Size::Def, b'j' | b'q') => Size::Ll,
                (Size::Def, b'z' | b't') => Size::L,
                (Size::Def, b'L') => Size::BigL,
                _ => break,
            };
            i += 1;
        }
        let t = at(fmt, i);
        i += 1;
        if t == 0 {
            return matches;
        }
        if t == b'n' {
            if dest != 0 {
                store_int(dest, size, inp.pos as u64);
            }
            continue;
        }
        if t != b'[' && t | 0x20 != b'c' {
            inp.skip_space();
        }
        inp.left = if width == 0 { usize::MAX } else { width };
        let c = inp.get();
        if c < 0 {
            input_fail!();
        }
        inp.unget(c);
        let start = inp.pos;
        match t {
            b'c' | b'C' | b's' | b'S' | b'[' => {
                let wide = size == Size::L || t == b'C' || t == b'S';
                let set = match t | 0x20 {
                    b'c' => {
                        if width == 0 {
                            inp.left = 1;
                        }
                        Set([!0; 8])
                    }
                    b's' => {
                        let mut s = Set([!0; 8]);
                        for b in [b' ', b'\t', b'\n', 11, 12, b'\r'] {
                            s.put(b, false);
                        }
                        s
                    }
                    _ => match scanset(fmt, &mut i) {
                        Some(s) => {
                            i += 1;
                            s
                        }
                        None => return matches,
                    },
                };
                let mut d = Dest {
                    p: if alloc {
                        core::ptr::null_mut()
                    } else {
                        dest as *mut u8
                    },
                    cap: 0,
                    alloc: alloc && dest != 0,
                };
                let mut k = 0;
                loop {
                    let c = inp.get();
                    if !set.has(c) {
                        inp.unget(c);
                        break;
                    }
                    // C locale: bytes past ASCII become the code units 0xdf80..=0xdfff.
                    let v = if c < 0x80 {
                        c as u32
                    } else {
                        0xdf00 + c as u32
                    };
                    if !d.store(k, v, wide) {
                        // SAFETY: our own allocation.
                        unsafe { free(d.p.cast()) };
                        crate::errno::set_errno(crate::abi::errno::ENOMEM);
                        return matches;
                    }
                    k += 1;
                }
                let is_c = t | 0x20 == b'c';
                let short = k == 0 || (is_c && k != width.max(1));
                if !short && !is_c && !d.store(k, 0, wide) {
                    // SAFETY: our own allocation.
                    unsafe { free(d.p.cast()) };
                    return matches;
                }
                if short {
                    if d.alloc {
                        // SAFETY: our own allocation (or null).
                        unsafe { free(d.p.cast()) };
                    }
                    return matches;
                }
                if d.alloc {
                    if d.p.is_null() {
                        // SAFETY: plain allocation; a %mc of width 0 cannot happen.
                        d.p = unsafe { malloc(1) }.cast();
                    }
                    // SAFETY: `dest` is the caller's `char **` (or `wchar_t **`).
                    unsafe { (dest as *mut *mut u8).write_unaligned(d.p) };
                }
            }
            b'd' | b'i' | b'o' | b'u' | b'x' | b'X' | b'p' => {
                let base = match t {
                    b'd' | b'u' => 10,
                    b'i' => 0,
                    b'o' => 8,
                    _ => 16,
                };
                let Some(v) = scan_int(&mut inp, base) else {
                    return matches;
                };
                if dest != 0 {
                    store_int(dest, if t == b'p' { Size::Ll } else { size }, v);
                }
            }
            b'e' | b'f' | b'g' | b'a' | b'E' | b'F' | b'G' | b'A' => {
                let (fmt_, rc) = match size {
                    Size::Def => (F32, sse_rounding()),
                    Size::L => (F64, sse_rounding()),
                    _ => (F80, x87_rounding()),
                };
                let Some(b) = scan_float(&mut inp, fmt_, Mode::from_bits(rc)) else {
                    return matches;
                };
                if dest != 0 {
                    // SAFETY: `dest` points to a float, double or long double as the
                    // length modifier says (caller contract).
                    unsafe {
                        match size {
                            Size::Def => (dest as *mut f32).write_unaligned(b.to_f32()),
                            Size::L => (dest as *mut f64).write_unaligned(b.to_f64()),
                            _ => (dest as *mut [u8; 10]).write_unaligned(first_ten(b.to_f80())),
                        }
                    }
                }
            }
            _ => return matches,
        }
        if inp.pos == start {
            return matches;
        }
        if dest != 0 && !suppress {
            matches += 1;
        }
    }
    matches
}

fn first_ten(b: [u8; 16]) -> [u8; 10] {
    let mut o = [0u8; 10];
    o.copy_from_slice(b.get(..10).unwrap_or(&[0; 10]));
    o
}

fn store_int(dest: usize, size: Size, v: u64) {
    // SAFETY: `dest` points to an integer of the type the length modifier names.
    unsafe {
        match size {
            Size::Hh => (dest as *mut u8).write_unaligned(v as u8),
            Size::H => (dest as *mut u16).write_unaligned(v as u16),
            Size::Def => (dest as *mut u32).write_unaligned(v as u32),
            _ => (dest as *mut u64).write_unaligned(v),
        }
    }
}
