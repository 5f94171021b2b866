//! printf engine tests: hand-checked strings (verified against musl and glibc) and Rust's
//! own integer formatting.
use super::args::list::{A, ListSource};
use super::engine::printf_core;

fn fmt(f: &str, a: &[A]) -> Result<String, i32> {
    let mut o = Vec::new();
    let mut src = ListSource(a, 0, 0, 0);
    let n = printf_core(&mut o, f.as_bytes(), &mut src, 0)?;
    assert_eq!(n, o.len(), "{f}");
    Ok(String::from_utf8(o).unwrap())
}

fn ok(f: &str, a: &[A]) -> String {
    fmt(f, a).unwrap()
}

use A::{F, I};

#[test]
fn integers() {
    assert_eq!(
        ok("%d|%i|%u", &[I(-5i64 as u64), I(7), I(-1i64 as u64)]),
        "-5|7|4294967295"
    );
    assert_eq!(ok("%d", &[I(i32::MIN as u64)]), "-2147483648");
    assert_eq!(ok("%lld", &[I(i64::MIN as u64)]), "-9223372036854775808");
    assert_eq!(
        ok("%hhd %hd %hhu", &[I(300), I(70000), I(-1i64 as u64)]),
        "44 4464 255"
    );
    assert_eq!(
        ok(
            "%.0d|%+.0d|%5.0d|%#o|%#x|%#.0o",
            &[I(0), I(0), I(0), I(0), I(0), I(0)]
        ),
        "|+|     |0|0|0"
    );
    assert_eq!(
        ok("%#o|%#x|%#X|%#.3o", &[I(8), I(255), I(255), I(8)]),
        "010|0xff|0XFF|010"
    );
    assert_eq!(
        ok(
            "[%05d][%-5d][%+05d][% 05d][%#05x][%05.3d]",
            &[I(3), I(3), I(3), I(3), I(0x1f), I(7)]
        ),
        "[00003][3    ][+0003][ 0003][0x01f][  007]"
    );
    assert_eq!(
        ok(
            "%*d|%-*d|%.*d|",
            &[
                I(-5i64 as u64),
                I(1),
                I(-5i64 as u64),
                I(2),
                I(-3i64 as u64),
                I(3)
            ]
        ),
        "1    |2    |3|"
    );
    assert_eq!(
        ok("%p %p %.20p", &[I(0), I(0x1234), I(0x1234)]),
        "0 0x1234 0x00000000000000001234"
    );
    let mut x = 1u64;
    for k in 0..500u64 {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(k);
        let s = x as i64;
        assert_eq!(
            ok("%lld %llu %llx %llo %llX", &[I(x), I(x), I(x), I(x), I(x)]),
            format!("{s} {x} {x:x} {x:o} {x:X}")
        );
        assert_eq!(ok("%d", &[I(x)]), format!("{}", x as i32));
        assert_eq!(
            ok("%12.8d|%-12x|%012u", &[I(x), I(x), I(x)]),
            format!(
                "{:>12}|{:<12x}|{:012}",
                if (x as i32) < 0 {
                    format!("-{:08}", (x as i32).unsigned_abs())
                } else {
                    format!("{:08}", x as i32)
                },
                x as u32,
                x as u32
            )
        );
    }
}

#[test]
fn text() {
    let s = c"hello";
    let p = s.as_ptr() as u64;
    assert_eq!(
        ok(
            "[%s][%.2s][%7s][%-7s][%05s]",
            &[I(p), I(p), I(p), I(p), I(p)]
        ),
        "[hello][he][  hello][hello  ][hello]"
    );
    assert_eq!(
        ok(
            "[%c][%-3c][%3c]",
            &[I(b'a' as u64), I(b'b' as u64), I(b'c' as u64)]
        ),
        "[a][b  ][  c]"
    );
    assert_eq!(ok("%s", &[I(0)]), "(null)");
    assert_eq!(ok("%%|100%%", &[]), "%|100%");
    let w: [u32; 3] = [b'a' as u32, b'b' as u32, 0];
    assert_eq!(
        ok(
            "[%ls][%5ls][%.1ls][%lc]",
            &[
                I(w.as_ptr() as u64),
                I(w.as_ptr() as u64),
                I(w.as_ptr() as u64),
                I(0x41)
            ]
        ),
        "[ab][   ab][a][A]"
    );
    assert_eq!(fmt("%lc", &[I(0xe9)]), Err(crate::abi::errno::EILSEQ));
}

#[test]
fn errors_and_n() {
    use crate::abi::errno::{EINVAL, EOVERFLOW};
    assert_eq!(fmt("%y", &[]), Err(EINVAL));
    assert_eq!(fmt("abc%", &[]), Err(EINVAL));
    assert_eq!(fmt("%Ld", &[I(1)]), Err(EINVAL));
    assert_eq!(fmt("%1$d %d", &[I(1), I(2)]), Err(EINVAL));
    assert_eq!(fmt("%2147483647d%d", &[I(1), I(2)]), Err(EOVERFLOW));
    assert_eq!(fmt("%2147483648d", &[I(1)]), Err(EOVERFLOW));
    let mut n: i32 = -1;
    let mut h: i8 = -1;
    let mut l: i64 = -1;
    assert_eq!(
        ok(
            "ab%ncd%hhnx%ln",
            &[
                I(&raw mut n as u64),
                I(&raw mut h as u64),
                I(&raw mut l as u64)
            ]
        ),
        "abcdx"
    );
    assert_eq!((n, h, l), (2, 4, 5));
}

#[test]
fn positional() {
    assert_eq!(ok("%2$d %1$d", &[I(1), I(2)]), "2 1");
    assert_eq!(
        ok("ab%1$*2$d|%1$-*2$d|%3$.*2$f", &[I(1), I(5), F(2.5)]),
        "ab    1|1    |2.50000"
    );
    assert_eq!(
        ok(
            "%3$s %1$d %2$.1f",
            &[I(7), F(0.25), I(c"x".as_ptr() as u64)]
        ),
        "x 7 0.2"
    );
}

#[test]
fn floats() {
    assert_eq!(
        ok("%f %e %g %a", &[F(1.5), F(1.5), F(1.5), F(1.0)]),
        "1.500000 1.500000e+00 1.5 0x1p+0"
    );
    assert_eq!(
        ok(
            "%.17g|%+.3e|%#.0f|%G",
            &[F(0.1), F(12345.678), F(3.0), F(1e-10)]
        ),
        "0.10000000000000001|+1.235e+04|3.|1E-10"
    );
    assert_eq!(
        ok(
            "%a|%a|%a|%A",
            &[F(0.1), F(-0.0), F(4.9e-324), F(f64::INFINITY)]
        ),
        "0x1.999999999999ap-4|-0x0p+0|0x1p-1074|INF"
    );
    assert_eq!(
        ok("%08.2f|%-8.2f|% f", &[F(-3.14659), F(2.5), F(1.0)]),
        "-0003.15|2.50    | 1.000000"
    );
    assert_eq!(
        ok("%Lf|%La", &[A::L(1 << 63, 0x4000), A::L(1 << 63, 0x3fff)]),
        "2.000000|0x1p+0"
    );
    let s = ok("%.60f", &[F(1e-300)]);
    assert_eq!(s, format!("0.{}", "0".repeat(60)));
}
