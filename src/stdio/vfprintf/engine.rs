//! The printf engine: walks the format, copying literal runs whole, and formats each
//! conversion into an [`Out`] sink (C17 7.21.6.1; musl: src/stdio/vfprintf.c printf_core).
use super::args::{Arg, ArgSource, Class, NL_ARGMAX, load};
use super::int::{DIGITS_MAX, decimal, power_of_two};
use super::spec::{Bad, Conv, Len, Num, parse};
use super::wide::put_wide;
use crate::abi::errno::{EINVAL, EOVERFLOW};
use crate::abi::types::c_int;
use crate::arch::fpu::{sse_rounding, x87_rounding};
use crate::internal::floatscan::round::Mode;
use crate::internal::fmt_fp::fmt::{ALT, LEFT, Out, PLUS, SPACE, Spec, Value, ZERO, fmt_fp};

const INT_MAX: usize = i32::MAX as usize;

/// Adds `n` to the running count, failing with `EOVERFLOW` past `INT_MAX` (checked before
/// the bytes are produced, as musl does).
#[inline(always)]
fn add(cnt: &mut usize, n: usize) -> Result<(), c_int> {
    if n > INT_MAX - *cnt {
        return Err(EOVERFLOW);
    }
    *cnt += n;
    Ok(())
}

fn bad(b: Bad) -> c_int {
    match b {
        Bad::Inval => EINVAL,
        Bad::Overflow => EOVERFLOW,
    }
}

/// Arguments in order, or from the positional table once a `%n$` was seen.
struct Args<'a, A> {
    ap: &'a mut A,
    table: Option<[Arg; NL_ARGMAX + 1]>,
    sequential: bool,
}

impl<A: ArgSource> Args<'_, A> {
    #[inline(always)]
    fn get(&mut self, pos: u8) -> Arg {
        match &self.table {
            Some(t) => t.get(pos as usize).copied().unwrap_or_default(),
            None => Arg::default(),
        }
    }
    #[inline(always)]
    fn gp(&mut self, pos: u8) -> u64 {
        if self.table.is_some() {
            self.get(pos).i
        } else {
            self.ap.gp()
        }
    }
    fn fp(&mut self, pos: u8) -> f64 {
        if self.table.is_some() {
            f64::from_bits(self.get(pos).i)
        } else {
            self.ap.fp()
        }
    }
    fn ld(&mut self, pos: u8) -> (u64, u16) {
        if self.table.is_some() {
            self.get(pos).ld
        } else {
            self.ap.ld()
        }
    }
}

/// The class of the argument a conversion consumes, if any.
fn class_of(c: &Conv) -> Class {
    match c.conv {
        b'%' | b'm' => Class::Unused,
        b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'a' | b'A' if c.len == Len::BigL => Class::Ld,
        b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'a' | b'A' => Class::Fp,
        _ => Class::Gp,
    }
}

/// The positional pass: records the class of every argument the format names from
/// `fmt[i..]` (at a `%`); a conversion without a position there is `EINVAL`.
fn collect(fmt: &[u8], mut i: usize) -> Result<[Class; NL_ARGMAX + 1], c_int> {
    let mut types = [Class::Unused; NL_ARGMAX + 1];
    while i < fmt.len() {
        if fmt.get(i) != Some(&b'%') {
            i += 1;
            continue;
        }
        i += 1;
        let c = parse(fmt, &mut i).map_err(bad)?;
        for n in [c.width, c.prec] {
            match n {
                Num::Star => return Err(EINVAL),
                Num::StarAt(m) => types[m as usize] = Class::Gp,
                _ => {}
            }
        }
        let cl = class_of(&c);
        if cl != Class::Unused {
            if c.pos == 0 {
                return Err(EINVAL);
            }
            types[c.pos as usize] = cl;
        }
    }
    Ok(types)
}

/// Pads and writes one field: `prefix`, `zeros` zeros, then `body`, in `width`.
#[inline]
pub(super) fn field<O: Out>(
    out: &mut O,
    cnt: &mut usize,
    prefix: &[u8],
    zeros: usize,
    body: &[u8],
    width: usize,
    flags: u32,
) -> Result<(), c_int> {
    if prefix.is_empty() && zeros == 0 && body.len() >= width {
        // No padding: the body alone (the common `%s`, `%c`, `%u`, `%x`).
        add(cnt, body.len())?;
        out.put(body);
        return Ok(());
    }
    let len = prefix.len() + zeros + body.len();
    if len > INT_MAX {
        return Err(EOVERFLOW);
    }
    let total = width.max(len);
    add(cnt, total)?;
    let fill = total - len;
    if flags & (LEFT | ZERO) == 0 {
        out.pad(b' ', fill);
    }
    out.put(prefix);
    if flags & (LEFT | ZERO) == ZERO {
        out.pad(b'0', fill);
    }
    out.pad(b'0', zeros);
    out.put(body);
    if flags & LEFT != 0 {
        out.pad(b' ', fill);
    }
    Ok(())
}

/// Counts bytes only (to check a huge float field against `INT_MAX` before writing it).
struct Count(usize);
impl Out for Count {
    fn put(&mut self, b: &[u8]) {
        self.0 += b.len();
    }
    fn pad(&mut self, _: u8, n: usize) {
        self.0 += n;
    }
}

/// Formats `fmt` with arguments from `ap` into `out`; returns the byte count, or the
/// errno (`EINVAL` bad format, `EOVERFLOW` past `INT_MAX`, `EILSEQ` from `%lc`/`%ls`).
/// `err` is the `errno` value `%m` describes.
pub fn printf_core<O: Out, A: ArgSource>(
    out: &mut O,
    fmt: &[u8],
    ap: &mut A,
    err: c_int,
) -> Result<usize, c_int> {
    let mut args = Args {
        ap,
        table: None,
        sequential: false,
    };
    let mut cnt = 0usize;
    let mut i = 0;
    while i < fmt.len() {
        let rest = fmt.get(i..).unwrap_or(&[]);
        let run = rest.iter().position(|&c| c == b'%').unwrap_or(rest.len());
        if run > 0 {
            add(&mut cnt, run)?;
            out.put(rest.get(..run).unwrap_or(&[]));
            i += run;
            continue;
        }
        let start = i;
        i += 1;
        // The common `%d`, straight through.
        if fmt.get(i) == Some(&b'd') && args.table.is_none() {
            i += 1;
            args.sequential = true;
            let v = args.ap.gp() as i32;
            let mut buf = [0u8; DIGITS_MAX];
            let mut k = decimal(v.unsigned_abs() as u64, &mut buf);
            if v <= 0 {
                k -= 1;
                buf[k] = if v < 0 { b'-' } else { b'0' };
            }
            let s = buf.get(k..).unwrap_or(&[]);
            add(&mut cnt, s.len())?;
            out.put(s);
            continue;
        }
        // And the common `%s`.
        if fmt.get(i) == Some(&b's') && args.table.is_none() {
            i += 1;
            args.sequential = true;
            let p = args.ap.gp() as *const u8;
            let s: &[u8] = if p.is_null() {
                b"(null)"
            } else {
                // SAFETY: the caller passed a NUL-terminated string (C17 7.21.6.1p8).
                unsafe { core::ffi::CStr::from_ptr(p.cast()) }.to_bytes()
            };
            add(&mut cnt, s.len())?;
            out.put(s);
            continue;
        }
        let c = parse(fmt, &mut i).map_err(bad)?;
        let named =
            c.pos != 0 || matches!(c.width, Num::StarAt(_)) || matches!(c.prec, Num::StarAt(_));
        if named && args.table.is_none() {
            if args.sequential {
                return Err(EINVAL);
            }
            let types = collect(fmt, start)?;
            let mut t = [Arg::default(); NL_ARGMAX + 1];
            load(args.ap, &types, &mut t);
            args.table = Some(t);
        } else if !named && args.table.is_some() {
            if class_of(&c) != Class::Unused || c.width == Num::Star || c.prec == Num::Star {
                return Err(EINVAL);
            }
        } else if !named && class_of(&c) != Class::Unused {
            args.sequential = true;
        }
        let mut flags = c.flags;
        let width = match c.width {
            Num::None => 0,
            Num::Lit(w) => w as usize,
            Num::Star | Num::StarAt(_) => {
                let w = args.gp(if let Num::StarAt(m) = c.width { m } else { 0 }) as i32;
                if w < 0 {
                    flags |= LEFT;
                }
                if w == i32::MIN {
                    return Err(EOVERFLOW);
                }
                w.unsigned_abs() as usize
            }
        };
        let prec: i32 = match c.prec {
            Num::None => -1,
            Num::Lit(p) => p,
            Num::Star | Num::StarAt(_) => {
                let p = args.gp(if let Num::StarAt(m) = c.prec { m } else { 0 }) as i32;
                p.max(-1)
            }
        };
        convert(out, &mut cnt, &c, &mut args, flags, width, prec, err)?;
    }
    Ok(cnt)
}

/// Formats one conversion other than the `%d` fast path.
#[allow(clippy::too_many_arguments)]
fn convert<O: Out, A: ArgSource>(
    out: &mut O,
    cnt: &mut usize,
    c: &Conv,
    args: &mut Args<'_, A>,
    mut flags: u32,
    width: usize,
    prec: i32,
    err: c_int,
) -> Result<(), c_int> {
    let mut buf = [0u8; DIGITS_MAX];
    let (raw, prefix, k): (u64, &[u8], usize) = match c.conv {
        b'%' => return field(out, cnt, b"", 0, b"%", width, flags & !ZERO),
        b'd' | b'i' => {
            let r = args.gp(c.pos);
            let v = match c.len {
                Len::Hh => r as i8 as i64,
                Len::H => r as i16 as i64,
                Len::None => r as i32 as i64,
                _ => r as i64,
            };
            let p: &[u8] = if v < 0 {
                b"-"
            } else if flags & PLUS != 0 {
                b"+"
            } else if flags & SPACE != 0 {
                b" "
            } else {
                b""
            };
            (v.unsigned_abs(), p, decimal(v.unsigned_abs(), &mut buf))
        }
        b'u' | b'o' | b'x' | b'X' | b'p' => {
            let r = args.gp(c.pos);
            let v = match c.len {
                Len::Hh => r as u8 as u64,
                Len::H => r as u16 as u64,
                Len::None if c.conv != b'p' => r as u32 as u64,
                _ => r,
            };
            if c.conv == b'p' {
                flags |= ALT;
            }
            let k = match c.conv {
                b'u' => decimal(v, &mut buf),
                b'o' => power_of_two(v, 3, false, &mut buf),
                _ => power_of_two(v, 4, c.conv == b'X', &mut buf),
            };
            let p: &[u8] = match c.conv {
                b'x' | b'p' if v != 0 && flags & ALT != 0 => b"0x",
                b'X' if v != 0 && flags & ALT != 0 => b"0X",
                _ => b"",
            };
            (v, p, k)
        }
        b'c' if c.len == Len::None => {
            let b = [args.gp(c.pos) as u8];
            return field(out, cnt, b"", 0, &b, width, flags & !ZERO);
        }
        b'c' | b'C' | b's' | b'S' | b'm' => {
            return text(out, cnt, c, args, flags & !ZERO, width, prec, err);
        }
        b'n' => {
            let p = args.gp(c.pos) as usize;
            if p != 0 {
                let n = *cnt;
                // SAFETY: the caller passed a pointer to an object of the type the length
                // modifier names; null is skipped rather than written.
                unsafe {
                    match c.len {
                        Len::Hh => (p as *mut i8).write_unaligned(n as i8),
                        Len::H => (p as *mut i16).write_unaligned(n as i16),
                        Len::None => (p as *mut i32).write_unaligned(n as i32),
                        _ => (p as *mut i64).write_unaligned(n as i64),
                    }
                }
            }
            return Ok(());
        }
        _ => return float(out, cnt, c, args, flags, width, prec),
    };
    let digits = buf.get(k..).unwrap_or(&[]);
    let mut p = prec;
    if c.conv == b'o' && flags & ALT != 0 && p < digits.len() as i32 + 1 {
        p = digits.len() as i32 + 1;
    }
    if prec >= 0 {
        flags &= !ZERO;
    }
    if raw == 0 && p == 0 {
        return field(out, cnt, prefix, 0, b"", width, flags);
    }
    let p = (p.max(0) as usize).max(digits.len() + (raw == 0) as usize);
    field(out, cnt, prefix, p - digits.len(), digits, width, flags)
}

/// `%c` of a wide character, `%s`, `%ls` and `%m`.
#[allow(clippy::too_many_arguments)]
fn text<O: Out, A: ArgSource>(
    out: &mut O,
    cnt: &mut usize,
    c: &Conv,
    args: &mut Args<'_, A>,
    flags: u32,
    width: usize,
    prec: i32,
    err: c_int,
) -> Result<(), c_int> {
    let narrow = matches!(c.conv, b's' | b'm') && c.len == Len::None;
    if !narrow {
        let v = args.gp(c.pos);
        return put_wide(out, cnt, c.conv | 0x20 == b'c', v, flags, width, prec);
    }
    let s: &[u8] = if c.conv == b'm' {
        crate::errno::__strerror::message(err).to_bytes()
    } else {
        let p = args.gp(c.pos) as *const u8;
        if p.is_null() {
            b"(null)"
        } else {
            let max = if prec < 0 { usize::MAX } else { prec as usize };
            // SAFETY: the caller passed a string: NUL-terminated, or readable for `prec`
            // bytes when a precision is given (C17 7.21.6.1p8).
            unsafe {
                let n = crate::string::strnlen::strnlen(p.cast(), max);
                core::slice::from_raw_parts(p, n)
            }
        }
    };
    let s = if prec >= 0 {
        s.get(..s.len().min(prec as usize)).unwrap_or(s)
    } else {
        s
    };
    field(out, cnt, b"", 0, s, width, flags)
}

/// `%e %f %g %a` and their upper-case forms, through the exact fmt_fp engine.
fn float<O: Out, A: ArgSource>(
    out: &mut O,
    cnt: &mut usize,
    c: &Conv,
    args: &mut Args<'_, A>,
    flags: u32,
    width: usize,
    prec: i32,
) -> Result<(), c_int> {
    let (v, mode) = if c.len == Len::BigL {
        let (m, se) = args.ld(c.pos);
        (Value::from_f80(m, se), x87_rounding())
    } else {
        (Value::from_f64(args.fp(c.pos)), sse_rounding())
    };
    let spec = Spec {
        conv: c.conv,
        prec,
        width,
        flags,
    };
    let mode = Mode::from_bits(mode);
    let bound = width.max(prec.max(0) as usize + 5000);
    if bound > INT_MAX - *cnt {
        let mut n = Count(0);
        fmt_fp(&mut n, v, &spec, mode);
        add(cnt, n.0)?;
        fmt_fp(out, v, &spec, mode);
        return Ok(());
    }
    let n = fmt_fp(out, v, &spec, mode);
    *cnt += n;
    Ok(())
}

/// The entry points' common part: checks `fmt`, reads the `va_list` and runs the engine.
///
/// # Safety
/// `fmt` is null or a NUL-terminated format; `ap` is a live `va_list` holding the
/// arguments the format names.
pub unsafe fn run_c<O: Out>(
    out: &mut O,
    fmt: *const crate::abi::types::c_char,
    ap: *mut crate::arch::va_list::VaListRaw,
) -> Result<usize, c_int> {
    if fmt.is_null() || ap.is_null() {
        // DIFF(musl): musl crashes on a null format; rcc reports EINVAL.
        return Err(EINVAL);
    }
    let err = crate::errno::errno();
    // SAFETY: caller contract: a NUL-terminated format.
    let f = unsafe {
        core::slice::from_raw_parts(fmt.cast::<u8>(), crate::string::strlen::strlen(fmt))
    };
    // SAFETY: caller contract: a live va_list.
    let mut src = super::args::VaSource(unsafe { crate::arch::va_list::VaList::from_ptr(ap) });
    printf_core(out, f, &mut src, err)
}

/// The C return convention: the count, or -1 with `errno` set.
pub fn c_result(r: Result<usize, c_int>) -> c_int {
    match r {
        Ok(n) => n as c_int,
        Err(e) => {
            crate::errno::set_errno(e);
            -1
        }
    }
}
