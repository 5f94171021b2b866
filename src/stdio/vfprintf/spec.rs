//! Parsing one conversion specification after its `%`: `[n$][flags][width][.prec][len]conv`
//! (C17 7.21.6.1p4-7; musl: src/stdio/vfprintf.c printf_core, states table).
use super::args::NL_ARGMAX;
use crate::internal::fmt_fp::fmt::{ALT, LEFT, PLUS, SPACE, ZERO};

/// A width or precision as written.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Num {
    None,
    Lit(i32),
    /// `*`: the next argument.
    Star,
    /// `*m$`: argument m.
    StarAt(u8),
}

/// Length modifiers.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Len {
    None,
    Hh,
    H,
    L,
    Ll,
    J,
    Z,
    T,
    BigL,
}

/// A parsed conversion specification.
#[derive(Clone, Copy, Debug)]
pub struct Conv {
    /// The `n$` position, 0 when none.
    pub pos: u8,
    pub flags: u32,
    pub width: Num,
    pub prec: Num,
    pub len: Len,
    pub conv: u8,
}

/// Why a format is unusable.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Bad {
    /// Invalid specification: `EINVAL`.
    Inval,
    /// A number past `INT_MAX`: `EOVERFLOW`.
    Overflow,
}

#[inline]
fn at(f: &[u8], i: usize) -> u8 {
    f.get(i).copied().unwrap_or(0)
}

/// Reads decimal digits at `*i`; `Err` if the value exceeds `INT_MAX`.
#[inline]
fn number(f: &[u8], i: &mut usize) -> Result<i32, Bad> {
    let mut v: i32 = 0;
    while at(f, *i).is_ascii_digit() {
        let d = (at(f, *i) - b'0') as i32;
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(d))
            .ok_or(Bad::Overflow)?;
        *i += 1;
    }
    Ok(v)
}

/// Reads `m$` at `*i` if present (advancing past it); `Ok(0)` if absent.
#[inline]
fn position(f: &[u8], i: &mut usize) -> Result<u8, Bad> {
    let mut j = *i;
    if !at(f, j).is_ascii_digit() {
        return Ok(0);
    }
    let v = number(f, &mut j);
    if at(f, j) != b'$' {
        return Ok(0);
    }
    match v {
        Ok(n) if (1..=NL_ARGMAX as i32).contains(&n) => {
            *i = j + 1;
            Ok(n as u8)
        }
        _ => Err(Bad::Inval),
    }
}

/// Parses the specification starting just after a `%` at `*i`; leaves `*i` after the
/// conversion character.
pub fn parse(f: &[u8], i: &mut usize) -> Result<Conv, Bad> {
    let pos = position(f, i)?;
    let mut flags = 0;
    loop {
        flags |= match at(f, *i) {
            b'-' => LEFT,
            b'+' => PLUS,
            b' ' => SPACE,
            b'#' => ALT,
            b'0' => ZERO,
            // Thousands grouping: nothing to group in the C locale.
            b'\'' => 0,
            _ => break,
        };
        *i += 1;
    }
    let star = |i: &mut usize| -> Result<Num, Bad> {
        *i += 1;
        Ok(match position(f, i)? {
            0 => Num::Star,
            m => Num::StarAt(m),
        })
    };
    let width = if at(f, *i) == b'*' {
        star(i)?
    } else if at(f, *i).is_ascii_digit() {
        Num::Lit(number(f, i)?)
    } else {
        Num::None
    };
    let prec = if at(f, *i) == b'.' {
        *i += 1;
        if at(f, *i) == b'*' {
            star(i)?
        } else {
            Num::Lit(number(f, i)?)
        }
    } else {
        Num::None
    };
    let mut len = Len::None;
    loop {
        let c = at(f, *i);
        len = match (len, c) {
            (Len::None, b'h') => Len::H,
            (Len::H, b'h') => Len::Hh,
            (Len::None, b'l') => Len::L,
            (Len::L, b'l') => Len::Ll,
            // DIFF(musl): musl rejects `q`; glibc and BSD take it as `ll`.
            (Len::None, b'q') => Len::Ll,
            (Len::None, b'j') => Len::J,
            (Len::None, b'z') => Len::Z,
            (Len::None, b't') => Len::T,
            (Len::None, b'L') => Len::BigL,
            _ => break,
        };
        *i += 1;
    }
    let conv = at(f, *i);
    let ok = match conv {
        b'd' | b'i' | b'o' | b'u' | b'x' | b'X' | b'n' => len != Len::BigL,
        b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'a' | b'A' => {
            matches!(len, Len::None | Len::L | Len::BigL)
        }
        b'c' | b's' => matches!(len, Len::None | Len::L),
        b'C' | b'S' | b'p' | b'm' | b'%' => len == Len::None,
        _ => false,
    };
    if !ok {
        return Err(Bad::Inval);
    }
    *i += 1;
    Ok(Conv {
        pos,
        flags,
        width,
        prec,
        len,
        conv,
    })
}
