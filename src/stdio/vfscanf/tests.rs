//! scanf engine tests: return counts and stored values checked against musl's behaviour.
use super::engine::scanf_core;
use super::source::StrSource;
use crate::stdio::vfprintf::args::list::{A, ListSource};

fn run(input: &core::ffi::CStr, f: &str, ptrs: &[u64]) -> i32 {
    let a: Vec<A> = ptrs.iter().map(|&p| A::I(p)).collect();
    let mut src = ListSource(&a, 0, 0, 0);
    scanf_core(
        &mut StrSource {
            p: input.as_ptr().cast(),
            i: 0,
        },
        f.as_bytes(),
        &mut src,
    )
}

fn p<T>(x: &mut T) -> u64 {
    x as *mut T as u64
}

#[test]
fn integers_and_counts() {
    let (mut x, mut y, mut n) = (-1i32, -1i32, -1i32);
    assert_eq!(run(c"12 abc", "%d %n", &[p(&mut x), p(&mut n)]), 1);
    assert_eq!((x, n), (12, 3));
    assert_eq!(run(c"", "%d", &[p(&mut x)]), -1);
    assert_eq!(run(c"   ", "%d", &[p(&mut x)]), -1);
    assert_eq!(run(c"x", "%d", &[p(&mut x)]), 0);
    assert_eq!(run(c"-", "%d", &[p(&mut x)]), 0);
    assert_eq!(run(c"0x", "%x", &[p(&mut x)]), 0);
    assert_eq!(run(c"12345", "%3d%d", &[p(&mut x), p(&mut y)]), 2);
    assert_eq!((x, y), (123, 45));
    assert_eq!(
        run(
            c"0777 0x1F 12",
            "%i %i %i",
            &[p(&mut x), p(&mut y), p(&mut n)]
        ),
        3
    );
    assert_eq!((x, y, n), (511, 31, 12));
    assert_eq!(run(c"1 2", "%2$d %1$d", &[p(&mut x), p(&mut y)]), 2);
    assert_eq!((x, y), (2, 1));
    assert_eq!(run(c"a", "a%d", &[p(&mut x)]), -1);
    assert_eq!(run(c"1 % 2", "%d %% %d", &[p(&mut x), p(&mut y)]), 2);
    assert_eq!(run(c"7 8", "%*d %d", &[p(&mut x)]), 1);
    assert_eq!(x, 8);
    let mut h = 0i8;
    let mut l = 0i64;
    assert_eq!(
        run(
            c"300 -9223372036854775808",
            "%hhd %lld",
            &[p(&mut h), p(&mut l)]
        ),
        2
    );
    assert_eq!((h, l), (44, i64::MIN));
}

#[test]
fn strings_and_sets() {
    let mut a = [0u8; 16];
    let mut n = 0i32;
    assert_eq!(run(c"]abc]", "%[]a]%n", &[p(&mut a), p(&mut n)]), 1);
    assert_eq!((&a[..3], n), (&b"]a\0"[..], 2));
    assert_eq!(run(c"  hello world", "%5s", &[p(&mut a)]), 1);
    assert_eq!(&a[..6], b"hello\0");
    assert_eq!(run(c"ab", "%3c", &[p(&mut a)]), 0);
    assert_eq!(run(c"xyz", "%[^y]", &[p(&mut a)]), 1);
    assert_eq!(&a[..2], b"x\0");
    let mut m: *mut u8 = core::ptr::null_mut();
    assert_eq!(run(c"dynamic!", "%ms", &[p(&mut m)]), 1);
    // SAFETY: the engine stored a NUL-terminated malloc'd string.
    unsafe {
        assert_eq!(core::ffi::CStr::from_ptr(m.cast()).to_bytes(), b"dynamic!");
        crate::malloc::libc::free(m.cast());
    }
}

#[test]
fn floats() {
    let (mut f, mut d, mut n) = (0f32, 0f64, 0i32);
    assert_eq!(run(c"0.1 1e-300", "%f %lf", &[p(&mut f), p(&mut d)]), 2);
    assert_eq!((f, d), (0.1f32, 1e-300));
    assert_eq!(run(c"1e+x", "%f", &[p(&mut f)]), 0);
    assert_eq!(run(c"infx", "%f%n", &[p(&mut f), p(&mut n)]), 1);
    assert_eq!((f, n), (f32::INFINITY, 3));
    assert_eq!(run(c"infinx", "%f", &[p(&mut f)]), 0);
    assert_eq!(run(c"0x1.8 .5", "%lf %n", &[p(&mut d), p(&mut n)]), 1);
    assert_eq!((d, n), (1.5, 6));
    assert_eq!(run(c"0.000123e3", "%lf", &[p(&mut d)]), 1);
    assert_eq!(d, 0.123);
    let long = format!("{}e-1000\0", "1".repeat(1500));
    let c = core::ffi::CStr::from_bytes_with_nul(long.as_bytes()).unwrap();
    assert_eq!(run(c, "%lf", &[p(&mut d)]), 1);
    assert_eq!(
        d,
        format!("{}e-1000", "1".repeat(1500))
            .parse::<f64>()
            .unwrap()
    );
    assert_eq!(run(c"-0.0", "%lf", &[p(&mut d)]), 1);
    assert!(d == 0.0 && d.is_sign_negative());
}
