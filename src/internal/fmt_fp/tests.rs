//! fmt_fp tests: against Rust's exact, round-half-even `format!` and against strings
//! printed by musl.
use super::fmt::{ALT, LEFT, Out, PLUS, SPACE, Spec, Value, ZERO, fmt_fp};
use crate::internal::floatscan::round::Mode;

impl Out for Vec<u8> {
    fn put(&mut self, b: &[u8]) {
        self.extend_from_slice(b);
    }
    fn pad(&mut self, c: u8, n: usize) {
        self.extend(std::iter::repeat_n(c, n));
    }
}

fn f(x: f64, conv: u8, prec: i32, width: usize, flags: u32) -> String {
    fm(Value::from_f64(x), conv, prec, width, flags, Mode::Nearest)
}
fn fm(v: Value, conv: u8, prec: i32, width: usize, flags: u32, mode: Mode) -> String {
    let mut o = Vec::new();
    let n = fmt_fp(
        &mut o,
        v,
        &Spec {
            conv,
            prec,
            width,
            flags,
        },
        mode,
    );
    assert_eq!(n, o.len());
    String::from_utf8(o).unwrap()
}

/// Rust's `{:e}` prints "1.5e2"; C wants "1.5e+02".
fn c_exp(s: String) -> String {
    let (m, e) = s.split_once('e').unwrap();
    let (sg, d) = if let Some(d) = e.strip_prefix('-') {
        ('-', d)
    } else {
        ('+', e)
    };
    format!("{m}e{sg}{d:0>2}")
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn e_and_f_match_rust() {
    let mut r = Rng(42);
    for i in 0..20_000 {
        let x = match i % 3 {
            0 => f64::from_bits(r.next()),
            1 => (r.next() % 1_000_000) as f64 / [1.0, 8.0, 1000.0, 3.0][i % 4],
            _ => f64::from_bits(
                r.next() % 0x0010_0000_0000_0000 + (r.next() % 3) * 0x3ff0_0000_0000_0000,
            ),
        };
        if !x.is_finite() {
            continue;
        }
        let p = (r.next() % 41) as usize;
        assert_eq!(
            f(x, b'e', p as i32, 0, 0),
            c_exp(format!("{x:.p$e}")),
            "{x:?} %.{p}e"
        );
        if x.abs() < 1e30 || i % 10 == 0 {
            assert_eq!(
                f(x, b'f', p as i32, 0, 0),
                format!("{x:.p$}"),
                "{x:?} %.{p}f"
            );
        }
    }
    assert_eq!(f(1e-300, b'f', 60, 0, 0), format!("{:.60}", 1e-300));
    let tiny = f64::from_bits(1);
    assert_eq!(f(tiny, b'f', 1100, 0, 0), format!("{tiny:.1100}"));
    assert_eq!(f(tiny, b'e', 800, 0, 0), c_exp(format!("{tiny:.800e}")));
    assert_eq!(f(f64::MAX, b'f', 3, 0, 0), format!("{:.3}", f64::MAX));
}

#[test]
fn musl_strings() {
    let nan = f64::NAN;
    let cases: &[(f64, u8, i32, usize, u32, &str)] = &[
        (0.5, b'f', 0, 0, 0, "0"),
        (1.5, b'f', 0, 0, 0, "2"),
        (2.5, b'f', 0, 0, 0, "2"),
        (-0.5, b'f', 0, 0, 0, "-0"),
        (123456.0, b'e', 3, 0, 0, "1.235e+05"),
        (100000.0, b'g', -1, 0, 0, "100000"),
        (1e6, b'g', -1, 0, 0, "1e+06"),
        (1e-4, b'g', -1, 0, 0, "0.0001"),
        (1.0, b'g', -1, 0, ALT, "1.00000"),
        (1e-5, b'g', -1, 0, 0, "1e-05"),
        (3.14157, b'f', 2, 0, PLUS, "+3.14"),
        (2.0, b'e', -1, 0, SPACE, " 2.000000e+00"),
        (-1.5, b'f', 2, 10, ZERO, "-000001.50"),
        (3.5, b'e', 1, 10, LEFT, "3.5e+00   "),
        (f64::INFINITY, b'F', -1, 0, 0, "INF"),
        (-nan, b'e', -1, 0, 0, "-nan"),
        (nan, b'G', -1, 0, 0, "NAN"),
        (f64::INFINITY, b'f', -1, 10, ZERO, "       inf"),
        (1.5, b'e', -1, 0, LEFT | ZERO, "1.500000e+00"),
        (0.0, b'g', -1, 0, PLUS, "+0"),
        (2.5, b'e', 0, 0, 0, "2e+00"),
        (2.5, b'e', 0, 0, ALT, "2.e+00"),
        (3.0, b'f', 0, 0, ALT, "3."),
        (0.1, b'g', 20, 0, 0, "0.10000000000000000555"),
        (-0.0, b'g', -1, 0, 0, "-0"),
        (0.1, b'g', 17, 0, 0, "0.10000000000000001"),
        (1e100, b'g', 17, 0, 0, "1e+100"),
        (123.0, b'g', 2, 0, 0, "1.2e+02"),
        (999.9, b'g', 3, 0, 0, "1e+03"),
        (0.00001234, b'G', 3, 0, 0, "1.23E-05"),
        (1.0, b'a', -1, 0, 0, "0x1p+0"),
        (0.1, b'a', -1, 0, 0, "0x1.999999999999ap-4"),
        (4.9e-324, b'a', -1, 0, 0, "0x1p-1074"),
        (0.0, b'a', -1, 0, 0, "0x0p+0"),
        (-2.5, b'a', -1, 0, 0, "-0x1.4p+1"),
        (1.9, b'a', 0, 0, 0, "0x2p+0"),
        (1.97, b'a', 1, 0, 0, "0x2.0p+0"),
        (0.1, b'A', -1, 0, 0, "0X1.999999999999AP-4"),
        (1.0, b'a', 3, 0, 0, "0x1.000p+0"),
        (1.0, b'a', -1, 12, ZERO, "0x0000001p+0"),
        (1.0, b'a', 0, 0, ALT, "0x1.p+0"),
        (0.0, b'e', 2, 0, 0, "0.00e+00"),
        (0.0, b'f', -1, 0, 0, "0.000000"),
        (1e300, b'e', 0, 0, 0, "1e+300"),
    ];
    for &(x, c, p, w, fl, want) in cases {
        assert_eq!(
            f(x, c, p, w, fl),
            want,
            "{x:?} {} p{p} w{w} f{fl}",
            c as char
        );
    }
}

#[test]
fn g_against_e_and_f() {
    let mut r = Rng(5);
    for _ in 0..5000 {
        let x = f64::from_bits(r.next() % 0x7ff0_0000_0000_0000);
        let p = (r.next() % 20) as i32;
        let g = f(x, b'g', p, 0, 0);
        // %g is %e or %f at P significant digits with trailing zeros removed.
        let pp = if p == 0 { 1 } else { p };
        let e = f(x, b'e', pp - 1, 0, 0);
        let xexp: i32 = e.split_once('e').unwrap().1.parse().unwrap();
        let body = if pp > xexp && xexp >= -4 {
            f(x, b'f', pp - 1 - xexp, 0, 0)
        } else {
            e.clone()
        };
        let strip = |s: &str| -> String {
            let (m, ex) = match s.split_once('e') {
                Some((m, ex)) => (m.to_string(), format!("e{ex}")),
                None => (s.to_string(), String::new()),
            };
            let m = if m.contains('.') {
                m.trim_end_matches('0').trim_end_matches('.').to_string()
            } else {
                m
            };
            m + &ex
        };
        assert_eq!(g, strip(&body), "{x:?} %.{p}g");
    }
}

#[test]
fn rounding_modes() {
    let v = Value::from_f64(0.1);
    assert_eq!(fm(v, b'f', 1, 0, 0, Mode::Up), "0.2");
    assert_eq!(fm(v, b'f', 1, 0, 0, Mode::Zero), "0.1");
    let v = Value::from_f64(-0.15);
    assert_eq!(fm(v, b'f', 1, 0, 0, Mode::Down), "-0.2");
    assert_eq!(fm(v, b'f', 1, 0, 0, Mode::Up), "-0.1");
    let v = Value::from_f64(0.5);
    assert_eq!(fm(v, b'f', 0, 0, 0, Mode::Up), "1");
    assert_eq!(fm(Value::from_f64(1e-10), b'f', 2, 0, 0, Mode::Up), "0.01");
    assert_eq!(
        fm(Value::from_f64(9.99), b'e', 1, 0, 0, Mode::Up),
        "1.0e+01"
    );
    assert_eq!(
        fm(Value::from_f64(1.0625), b'a', 1, 0, 0, Mode::Up),
        "0x1.1p+0"
    );
    assert_eq!(
        fm(Value::from_f64(1.0625), b'a', 1, 0, 0, Mode::Nearest),
        "0x1.1p+0"
    );
    assert_eq!(
        fm(Value::from_f64(1.03125), b'a', 1, 0, 0, Mode::Nearest),
        "0x1.0p+0"
    );
}

#[test]
fn long_double() {
    // 1.0L, 0.1L and 1/3 as x87 images; strings from musl.
    let one = Value::from_f80(0x8000_0000_0000_0000, 0x3fff);
    let tenth = Value::from_f80(0xcccc_cccc_cccc_cccd, 0x3ffb);
    assert_eq!(fm(one, b'a', -1, 0, 0, Mode::Nearest), "0x1p+0");
    assert_eq!(
        fm(tenth, b'a', -1, 0, 0, Mode::Nearest),
        "0x1.999999999999999ap-4"
    );
    let third = Value::from_f80(0xaaaa_aaaa_aaaa_aaab, 0x3ffd);
    assert_eq!(
        fm(third, b'a', 10, 0, 0, Mode::Nearest),
        "0x1.5555555555p-2"
    );
    assert!(!fm(tenth, b'.', 0, 0, 0, Mode::Nearest).is_empty());
    assert_eq!(
        fm(tenth, b'e', 25, 0, 0, Mode::Nearest),
        "1.0000000000000000000135525e-01"
    );
    let max = Value::from_f80(u64::MAX, 0x7ffe);
    assert_eq!(
        fm(max, b'e', 20, 0, 0, Mode::Nearest),
        "1.18973149535723176502e+4932"
    );
    let min = Value::from_f80(1, 0);
    assert_eq!(
        fm(min, b'e', 20, 0, 0, Mode::Nearest),
        "3.64519953188247460253e-4951"
    );
    assert_eq!(fm(max, b'f', 0, 0, 0, Mode::Nearest).len(), 4933);
}

/// The `%f` fast path agrees with the big-decimal path in every rounding mode.
#[test]
fn fixed_matches_big() {
    use super::big::LIMBS_F64;
    let mut r = Rng(0x9e37_79b9_7f4a_7c15);
    let modes = [Mode::Nearest, Mode::Up, Mode::Down, Mode::Zero];
    for n in 0..40_000u64 {
        let (mant, exp) = match n % 4 {
            0 => (r.next() >> 11, (r.next() % 72) as i32 - 60),
            1 => (
                r.next() >> (11 + r.next() % 50),
                (r.next() % 72) as i32 - 60,
            ),
            // Exact binary fractions and ties: small mantissas, many fraction bits.
            2 => (r.next() % 4096, -((r.next() % 20) as i32)),
            _ => match Value::from_f64((n as f64) / 8.0 + 0.1 * (n % 7) as f64) {
                Value::Finite { mant, exp, .. } => (mant, exp),
                _ => unreachable!(),
            },
        };
        let neg = r.next() & 1 == 1;
        let spec = Spec {
            conv: if n & 8 == 0 { b'f' } else { b'F' },
            prec: (r.next() % 44) as i32 - 1,
            width: (r.next() % 30) as usize,
            flags: (r.next() & 0x1f) as u32,
        };
        let sign: &[u8] = if neg { b"-" } else { b"" };
        let mode = modes[(r.next() % 4) as usize];
        let mut a = Vec::new();
        let Some(na) = super::fixed::fixed(&mut a, sign, neg, mant, exp, &spec, mode) else {
            assert!(spec.prec > 40 || !(-60..=11).contains(&exp) || mant >> 53 != 0);
            continue;
        };
        let mut b = Vec::new();
        let nb = super::fmt::decimal::<LIMBS_F64, _>(&mut b, sign, neg, mant, exp, &spec, mode);
        assert_eq!(
            (na, String::from_utf8(a).unwrap()),
            (nb, String::from_utf8(b).unwrap()),
            "mant={mant} exp={exp} {spec:?} {mode:?}"
        );
    }
}

/// The `%e`/`%g` fast path agrees with the big-decimal path in every rounding mode.
#[test]
fn sig_matches_big() {
    use super::big::{LIMBS_F64, LIMBS_F80};
    let mut r = Rng(0x2545_f491_4f6c_dd1d);
    let modes = [Mode::Nearest, Mode::Up, Mode::Down, Mode::Zero];
    let convs = [b'e', b'E', b'g', b'G'];
    let mut taken = 0;
    for n in 0..60_000u64 {
        let (mant, exp) = match n % 5 {
            0 => (r.next() >> 11 | 1, (r.next() % 200) as i32 - 130),
            1 => (
                r.next() >> (11 + r.next() % 52) | 1,
                (r.next() % 160) as i32 - 100,
            ),
            2 => (r.next() % 100_000 + 1, -((r.next() % 12) as i32)),
            3 => (r.next() | 1 << 63, (r.next() % 120) as i32 - 100),
            _ => match Value::from_f64(
                1.0 / (n as f64 + 3.0) * [1.0, 1e5, 1e-3, 7.0][n as usize % 4],
            ) {
                Value::Finite { mant, exp, .. } => (mant, exp),
                _ => unreachable!(),
            },
        };
        let neg = r.next() & 1 == 1;
        let spec = Spec {
            conv: convs[(r.next() % 4) as usize],
            prec: (r.next() % 22) as i32 - 1,
            width: (r.next() % 30) as usize,
            flags: (r.next() & 0x1f) as u32,
        };
        let sign: &[u8] = if neg { b"-" } else { b"" };
        let mode = modes[(r.next() % 4) as usize];
        let mut a = Vec::new();
        let Some(na) = super::sig::sig(&mut a, sign, neg, mant, exp, &spec, mode) else {
            continue;
        };
        taken += 1;
        let mut b = Vec::new();
        let nb = if (-1100..=1100).contains(&exp) {
            super::fmt::decimal::<LIMBS_F64, _>(&mut b, sign, neg, mant, exp, &spec, mode)
        } else {
            super::fmt::decimal::<LIMBS_F80, _>(&mut b, sign, neg, mant, exp, &spec, mode)
        };
        assert_eq!(
            (na, String::from_utf8(a).unwrap()),
            (nb, String::from_utf8(b).unwrap()),
            "mant={mant} exp={exp} {spec:?} {mode:?}"
        );
    }
    assert!(taken > 30_000, "{taken}");
}

/// Small values with many digits (1e-7 with `%.17g`): the 192-bit product path of the
/// `%e`/`%g` fast path agrees with the big-decimal path, and is taken.
#[test]
fn sig_wide_matches_big() {
    use super::big::LIMBS_F64;
    let mut r = Rng(0x9e37_79b9_7f4a_7c15);
    let modes = [Mode::Nearest, Mode::Up, Mode::Down, Mode::Zero];
    let mut taken = 0;
    for n in 0..40_000u64 {
        let (mant, exp) = if n % 2 == 0 {
            (r.next() >> 11 | 1 << 52, -((r.next() % 90) as i32) - 60)
        } else {
            match Value::from_f64(1.0 / (n as f64 * 977.0 + 1e6)) {
                Value::Finite { mant, exp, .. } => (mant, exp),
                _ => unreachable!(),
            }
        };
        let spec = Spec {
            conv: [b'e', b'g'][(r.next() % 2) as usize],
            prec: 14 + (r.next() % 5) as i32,
            width: 0,
            flags: 0,
        };
        let mode = modes[(r.next() % 4) as usize];
        let mut a = Vec::new();
        let Some(na) = super::sig::sig(&mut a, b"", false, mant, exp, &spec, mode) else {
            continue;
        };
        taken += 1;
        let mut b = Vec::new();
        let nb = super::fmt::decimal::<LIMBS_F64, _>(&mut b, b"", false, mant, exp, &spec, mode);
        assert_eq!(
            (na, String::from_utf8(a).unwrap()),
            (nb, String::from_utf8(b).unwrap()),
            "mant={mant} exp={exp} {spec:?} {mode:?}"
        );
    }
    assert!(taken > 30_000, "{taken}");
}
