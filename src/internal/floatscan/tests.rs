//! floatscan tests: against Rust's own correctly rounded `str::parse`, the pow5 table
//! against exact arithmetic, and hand-picked boundary cases.
use super::pow5::{POW5, POW5_MIN_Q};
use super::round::{Bits, F32, F64, F80, Format, Mode};
use super::scan::scan;

fn sc(s: &str, f: Format, mode: Mode) -> (Bits, usize) {
    let mut v = s.as_bytes().to_vec();
    v.push(0);
    // SAFETY: NUL-terminated.
    let r = unsafe { scan(v.as_ptr(), f, mode) };
    (r.bits, r.len)
}
fn d(s: &str) -> f64 {
    sc(s, F64, Mode::Nearest).0.to_f64()
}
fn fl(s: &str) -> f32 {
    sc(s, F32, Mode::Nearest).0.to_f32()
}
fn check(s: &str) {
    let want: f64 = s.parse().unwrap();
    assert_eq!(d(s).to_bits(), want.to_bits(), "f64 {s}");
    let want: f32 = s.parse().unwrap();
    assert_eq!(fl(s).to_bits(), want.to_bits(), "f32 {s}");
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
fn pow5_table_is_exact() {
    // Small exact big integers: little-endian u32 limbs.
    fn mul_small(a: &mut Vec<u32>, m: u32) {
        let mut c = 0u64;
        for x in a.iter_mut() {
            let t = *x as u64 * m as u64 + c;
            *x = t as u32;
            c = t >> 32;
        }
        if c > 0 {
            a.push(c as u32);
        }
    }
    fn bits(a: &[u32]) -> usize {
        let top = *a.last().unwrap();
        (a.len() - 1) * 32 + 32 - top.leading_zeros() as usize
    }
    fn top128(a: &[u32], shift: usize) -> u128 {
        // floor(a / 2^shift) for a result below 2^128
        let mut r = 0u128;
        for i in 0..128 {
            let b = shift + i;
            if b / 32 < a.len() && a[b / 32] >> (b % 32) & 1 == 1 {
                r |= 1 << i;
            }
        }
        r
    }
    let mut p = vec![1u32];
    for q in 0..=308 {
        let n = bits(&p);
        let want = if n >= 128 {
            top128(&p, n - 128)
        } else {
            top128(&p, 0) << (128 - n)
        };
        let (h, l) = POW5[(q - POW5_MIN_Q) as usize];
        assert_eq!((h as u128) << 64 | l as u128, want, "5^{q}");
        mul_small(&mut p, 5);
    }
    // Negative q: floor(2^b / 5^n) + 1 with b = z + 127 (n <= 27) or 2z + 128, cut to
    // 128 bits (z = bit length of 5^n). Nested floor division by 5 is exact.
    let mut p = vec![1u32];
    for n in 1..=342i32 {
        mul_small(&mut p, 5);
        let z = bits(&p);
        let b = if n <= 27 { z + 127 } else { 2 * z + 128 };
        let mut x = vec![0u32; b / 32 + 1];
        x[b / 32] = 1 << (b % 32);
        for _ in 0..n {
            let mut r = 0u64;
            for limb in x.iter_mut().rev() {
                let t = r << 32 | *limb as u64;
                *limb = (t / 5) as u32;
                r = t % 5;
            }
        }
        // + 1
        for limb in x.iter_mut() {
            let (v, c) = limb.overflowing_add(1);
            *limb = v;
            if !c {
                break;
            }
        }
        while x.last() == Some(&0) {
            x.pop();
        }
        let nb = bits(&x);
        let want = if nb > 128 {
            top128(&x, nb - 128)
        } else {
            top128(&x, 0)
        };
        let (h, l) = POW5[(-n - POW5_MIN_Q) as usize];
        assert_eq!((h as u128) << 64 | l as u128, want, "5^-{n}");
    }
}

#[test]
fn simple_and_syntax() {
    for s in [
        "0",
        "1",
        "1.5",
        "-2.25",
        "1e10",
        "1e-10",
        "123456789012345678",
        "0.1",
        "3.14159",
        "1e22",
        "1e23",
        "9007199254740993",
        "1.7976931348623157e308",
        "2.2250738585072014e-308",
        "4.9e-324",
        "2.4703282292062327e-324",
        "2.4703282292062328e-324",
        "1e-400",
        "1e400",
        "2.2250738585072011e-308",
        "0.000000000000000000000000000001",
        "7.038531e-26",
        "1.00000000000000011102230246251565404236316680908203125",
        "1.00000000000000011102230246251565404236316680908203126",
        "1.17549435e-38",
        "3.4028235e38",
        "3.4028236e38",
        "1.4e-45",
        "7e-46",
        "8.9e-46",
    ] {
        check(s);
    }
    assert_eq!(sc("1e", F64, Mode::Nearest).1, 1);
    assert_eq!(sc("1e+", F64, Mode::Nearest).1, 1);
    assert_eq!(sc("0x", F64, Mode::Nearest).1, 1);
    assert_eq!(sc("0x.p1", F64, Mode::Nearest).1, 1);
    assert_eq!(sc("infin", F64, Mode::Nearest).1, 3);
    assert_eq!(sc("INFINITYx", F64, Mode::Nearest).1, 8);
    assert_eq!(sc("nan(", F64, Mode::Nearest).1, 3);
    assert_eq!(sc("nAn(a_9)", F64, Mode::Nearest).1, 8);
    assert_eq!(sc("  +.5e-3x", F64, Mode::Nearest).1, 8);
    assert_eq!(sc(".", F64, Mode::Nearest).1, 0);
    assert_eq!(sc("  -", F64, Mode::Nearest).1, 0);
    assert_eq!(d("0x1.8p3"), 12.0);
    assert_eq!(d("0X.8P1"), 1.0);
    assert_eq!(d("0x1p-1074").to_bits(), 1);
    assert_eq!(d("0x1p-1075").to_bits(), 0);
    assert_eq!(d("0x1.8p-1074").to_bits(), 2);
    assert_eq!(d("0x1.000000000000000000001p0"), 1.0);
    assert_eq!(d("0x1.00000000000008p0").to_bits(), 0x3ff0000000000000);
    assert_eq!(
        d("0x1.000000000000080000000000000000001p0").to_bits(),
        0x3ff0000000000001
    );
    assert_eq!(d("0x1.fffffffffffff8p1023"), f64::INFINITY);
    assert!(d("-nan").is_nan() && d("-nan").is_sign_negative());
    assert_eq!(d("-0").to_bits(), 0x8000_0000_0000_0000);
    assert_eq!(d("0e99999999999").to_bits(), 0);
    assert_eq!(d("1e99999999999"), f64::INFINITY);
    assert_eq!(d("-1e-99999999999").to_bits(), 0x8000_0000_0000_0000);
    // errno rules
    assert!(sc("1e-400", F64, Mode::Nearest).0.range);
    assert!(sc("1e400", F64, Mode::Nearest).0.range);
    assert!(sc("1e-320", F64, Mode::Nearest).0.range);
    assert!(!sc("2.2250738585072013e-308", F64, Mode::Nearest).0.range);
    assert!(sc("2.2250738585072011e-308", F64, Mode::Nearest).0.range);
    assert!(!sc("0x1p-1074", F64, Mode::Nearest).0.range);
    assert!(sc("0x1p-1075", F64, Mode::Nearest).0.range);
    assert!(!sc("0.0e-999", F64, Mode::Nearest).0.range);
}

#[test]
fn random_bit_patterns() {
    let mut r = Rng(0x1234_5678_9abc_def1);
    for i in 0..40_000 {
        let x = f64::from_bits(r.next() & !(1 << 63));
        if !x.is_finite() {
            continue;
        }
        let p = [16usize, 17, 25, 40][i % 4];
        check(&format!("{x:.p$e}"));
        check(&format!("{x:e}"));
        let y = f32::from_bits(r.next() as u32 & 0x7fff_ffff);
        if y.is_finite() {
            check(&format!("{y:.8e}"));
            check(&format!("{y:e}"));
        }
    }
}

#[test]
fn halfway_cases() {
    let mut r = Rng(99);
    for _ in 0..5_000 {
        let x = f64::from_bits(r.next() % 0x7fe0_0000_0000_0000);
        let next = f64::from_bits(x.to_bits() + 1);
        // The exact midpoint of x and next, printed exactly, then nudged.
        let mid = exact_mid(x, next);
        check(&mid);
        check(&format!("{mid}1"));
        let mut below = mid.clone();
        // replace the last '5' digit by '4999'
        if let Some(pos) = below.rfind('5') {
            below.replace_range(pos..pos + 1, "4999");
            check(&below);
        }
    }
}

/// The exact decimal expansion of (a + b) / 2 via u128 big arithmetic on strings.
fn exact_mid(a: f64, b: f64) -> String {
    // (a+b)/2 = (ma*2^ea + mb*2^eb)/2, same exponent for neighbours: (ma+mb) * 2^(e-1)
    let (ma, e) = decompose(a);
    let (mb, eb) = decompose(b);
    let (m, e) = if e == eb {
        ((ma + mb) as u128, e - 1)
    } else {
        ((ma * 2 + mb) as u128, eb - 2)
    };
    exact(m, e)
}
fn decompose(x: f64) -> (u64, i32) {
    let b = x.to_bits();
    let ex = (b >> 52) as i32;
    let fr = b & ((1 << 52) - 1);
    if ex == 0 {
        (fr, -1074)
    } else {
        (fr | 1 << 52, ex - 1075)
    }
}
/// Exact decimal string of m * 2^e, as "D.DDDDe±X".
fn exact(m: u128, e: i32) -> String {
    // digits of m * 5^-e (e<0) or m * 2^e as a decimal big number (base 10 Vec<u8> LE)
    let mut digits: Vec<u8> = m.to_string().bytes().rev().map(|c| c - b'0').collect();
    let mul = |d: &mut Vec<u8>, k: u8| {
        let mut c = 0u32;
        for x in d.iter_mut() {
            let t = *x as u32 * k as u32 + c;
            *x = (t % 10) as u8;
            c = t / 10;
        }
        while c > 0 {
            d.push((c % 10) as u8);
            c /= 10;
        }
    };
    // value = N * 10^scale
    let scale = if e < 0 {
        for _ in 0..-e {
            mul(&mut digits, 5);
        }
        e as i64
    } else {
        for _ in 0..e {
            mul(&mut digits, 2);
        }
        0
    };
    let s: String = digits.iter().rev().map(|&c| (c + b'0') as char).collect();
    let exp10 = s.len() as i64 - 1 + scale;
    let s = s.trim_end_matches('0');
    format!(
        "{}.{}e{}",
        &s[..1],
        if s.len() > 1 { &s[1..] } else { "0" },
        exp10
    )
}

#[test]
fn long_inputs() {
    let mut r = Rng(7);
    for _ in 0..300 {
        let n = 20 + (r.next() % 800) as usize;
        let mut s = String::new();
        s.push(char::from(b'1' + (r.next() % 9) as u8));
        s.push('.');
        for _ in 0..n {
            s.push(char::from(b'0' + (r.next() % 10) as u8));
        }
        let e = (r.next() % 640) as i64 - 330;
        check(&format!("{s}e{e}"));
    }
    // 800 digits on either side of a halfway point.
    let mid = exact_mid(1.0, f64::from_bits(1.0f64.to_bits() + 1));
    check(&format!("{mid}{}", "0".repeat(800)));
    check(&format!("{mid}{}1", "0".repeat(800)));
    let tiny = exact_mid(0.0, f64::from_bits(1));
    check(&tiny);
    check(&format!("{tiny}{}1", "0".repeat(900)));
}

#[test]
fn rounding_modes() {
    let b = |s: &str, m: Mode| sc(s, F64, m).0.to_f64();
    assert_eq!(b("0.1", Mode::Zero).to_bits(), 0x3fb9999999999999);
    assert_eq!(b("0.1", Mode::Up).to_bits(), 0x3fb999999999999a);
    assert_eq!(b("-0.1", Mode::Down).to_bits(), 0xbfb999999999999a);
    assert_eq!(b("-0.1", Mode::Up).to_bits(), 0xbfb9999999999999);
    assert_eq!(b("1e999", Mode::Zero), f64::MAX);
    assert_eq!(b("-1e999", Mode::Up), -f64::MAX);
    assert_eq!(b("1e999", Mode::Up), f64::INFINITY);
    assert_eq!(b("1e-400", Mode::Up).to_bits(), 1);
    assert_eq!(b("-1e-400", Mode::Up).to_bits(), 0x8000_0000_0000_0000);
    assert_eq!(b("1e-400", Mode::Down).to_bits(), 0);
    assert_eq!(b("0.5", Mode::Zero), 0.5);
    let f = |s: &str, m: Mode| sc(s, F32, m).0.to_f32().to_bits();
    assert_eq!(f("0.1", Mode::Up), 0x3dcccccd);
    assert_eq!(f("0.1", Mode::Zero), 0x3dcccccc);
    // Directed modes agree with nearest's neighbours on random inputs.
    let mut r = Rng(3);
    for _ in 0..3000 {
        let x = f64::from_bits(r.next() % 0x7fe0_0000_0000_0000);
        let s = format!("{x:.20e}");
        let n = b(&s, Mode::Nearest);
        let (lo, hi) = (b(&s, Mode::Down), b(&s, Mode::Up));
        assert_eq!(b(&s, Mode::Zero), lo);
        assert!(lo == n || hi == n, "{s}");
        assert!(hi.to_bits() - lo.to_bits() <= 1, "{s}");
    }
}

fn ld(s: &str, m: Mode) -> [u8; 16] {
    sc(s, F80, m).0.to_f80()
}
fn ld_hex(s: &str) -> String {
    let b = ld(s, Mode::Nearest);
    let mut m = [0u8; 8];
    m.copy_from_slice(&b[..8]);
    format!("{:02x}{:02x}:{:016x}", b[9], b[8], u64::from_le_bytes(m))
}

#[test]
fn long_double() {
    // Values from glibc and musl (they agree).
    assert_eq!(ld_hex("4.9e-324"), "3bcc:fde4b4fb194fced9");
    assert_eq!(ld_hex("2.4703282292062327e-324"), "3bcb:ffffffffffffff64");
    assert_eq!(ld_hex("2.2250738585072011e-308"), "3c00:fffffffffffff6d5");
    assert_eq!(ld_hex("1.8e308"), "43ff:802a0c91080ae601");
    assert_eq!(ld_hex("1.7976931348623159e308"), "43fe:ffffffffffffffb1");
    assert_eq!(ld_hex("  +.5e-3x"), "3ff4:83126e978d4fdf3b");
    assert_eq!(ld_hex("1e-400"), "3ace:95fe7e07c91efafa");
    assert_eq!(
        ld_hex("1.00000000000000011102230246251565404236316680908203125"),
        "3fff:8000000000000400"
    );
    assert_eq!(ld_hex("0x1.8p3"), "4002:c000000000000000");
    assert_eq!(ld_hex("-inf"), "ffff:8000000000000000");
    assert_eq!(ld_hex("1"), "3fff:8000000000000000");
    assert_eq!(ld_hex("1e4932"), "7ffe:d72cb2a95c7ef6cd");
    assert_eq!(ld_hex("1e5000"), "7fff:8000000000000000");
    assert_eq!(ld_hex("0x1p-16445"), "0000:0000000000000001");
    assert_eq!(ld_hex("0x1p-16446"), "0000:0000000000000000");
    assert_eq!(ld_hex("0x1.8p-16445"), "0000:0000000000000002");
    assert_eq!(
        ld_hex("3.6451995318824746025e-4951"),
        "0000:0000000000000001"
    );
    assert_eq!(
        ld_hex("123456789012345678901234567890"),
        "405f:c77487fb61b9f077"
    );
    let up = ld("0.1", Mode::Up);
    assert_eq!(up[0], 0xcd);
}
