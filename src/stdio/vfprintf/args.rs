//! Where printf's arguments come from: a `va_list` read in order, or, for positional
//! `%n$` formats, a table filled in order after a pass over the format collected every
//! argument's class (C17 7.21.6.1, POSIX XSH fprintf "%n$"; musl: pop_arg, nl_arg).
use crate::arch::va_list::VaList;

/// The most positional arguments a format may name (musl's `NL_ARGMAX`).
pub const NL_ARGMAX: usize = 9;

/// How an argument is passed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Class {
    /// Not (yet) named by the format.
    Unused,
    /// Any integer or pointer (an INTEGER-class eightbyte).
    Gp,
    /// `double`.
    Fp,
    /// `long double`.
    Ld,
}

/// One argument, read: `i` holds integers, pointers and the bits of a `double`.
#[derive(Clone, Copy, Default, Debug)]
pub struct Arg {
    pub i: u64,
    pub ld: (u64, u16),
}

/// A source of arguments in call order.
pub trait ArgSource {
    /// The next integer-class argument.
    fn gp(&mut self) -> u64;
    /// The next `double`.
    fn fp(&mut self) -> f64;
    /// The next `long double` as (significand, sign/exponent).
    fn ld(&mut self) -> (u64, u16);
}

/// A `va_list` as an argument source.
///
/// The format is the caller's promise about the argument types, so reading each class as
/// the format says is within the `v*printf` contract.
#[derive(Clone)]
pub struct VaSource(pub VaList);

impl ArgSource for VaSource {
    #[inline]
    fn gp(&mut self) -> u64 {
        // SAFETY: the format names an integer argument here; the caller passed one.
        unsafe { self.0.next_gp() }
    }
    #[inline]
    fn fp(&mut self) -> f64 {
        // SAFETY: the format names a double here; the caller passed one.
        unsafe { self.0.next_fp() }
    }
    #[inline]
    fn ld(&mut self) -> (u64, u16) {
        // SAFETY: the format names a long double here; the caller passed one.
        unsafe { self.0.next_long_double() }
    }
}

/// Reads arguments `1..=n` by `types` into `table`. A position the format skipped is
/// read as an integer (as glibc does; C leaves it undefined).
pub fn load<A: ArgSource>(
    ap: &mut A,
    types: &[Class; NL_ARGMAX + 1],
    table: &mut [Arg; NL_ARGMAX + 1],
) {
    let last = types.iter().rposition(|&t| t != Class::Unused).unwrap_or(0);
    for (t, a) in types.iter().zip(table.iter_mut()).take(last + 1).skip(1) {
        match t {
            Class::Fp => a.i = ap.fp().to_bits(),
            Class::Ld => a.ld = ap.ld(),
            _ => a.i = ap.gp(),
        }
    }
}

/// Test support: arguments given as a list.
#[cfg(test)]
pub mod list {
    use super::ArgSource;

    #[derive(Clone, Copy, Debug)]
    pub enum A {
        I(u64),
        F(f64),
        L(u64, u16),
    }

    #[derive(Clone)]
    pub struct ListSource<'a>(pub &'a [A], pub usize, pub usize, pub usize);

    impl ArgSource for ListSource<'_> {
        fn gp(&mut self) -> u64 {
            while let Some(a) = self.0.get(self.1) {
                self.1 += 1;
                if let A::I(v) = a {
                    return *v;
                }
            }
            0
        }
        fn fp(&mut self) -> f64 {
            while let Some(a) = self.0.get(self.2) {
                self.2 += 1;
                if let A::F(v) = a {
                    return *v;
                }
            }
            0.0
        }
        fn ld(&mut self) -> (u64, u16) {
            while let Some(a) = self.0.get(self.3) {
                self.3 += 1;
                if let A::L(m, e) = a {
                    return (*m, *e);
                }
            }
            (0, 0)
        }
    }
}
