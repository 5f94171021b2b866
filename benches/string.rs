//! Criterion benches: rcc's string functions called as Rust, side by side with the host
//! glibc's (the same C symbols, linked from libc.so.6). Sizes and alignments follow
//! issue 3; the process-level comparison with musl is `cargo xtask bench`.
use core::ffi::{c_char, c_int, c_void};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

mod glibc {
    use core::ffi::{c_char, c_int, c_void};
    unsafe extern "C" {
        #[link_name = "memcpy"]
        pub fn memcpy(d: *mut c_void, s: *const c_void, n: usize) -> *mut c_void;
        #[link_name = "strlen"]
        pub fn strlen(s: *const c_char) -> usize;
        #[link_name = "memchr"]
        pub fn memchr(s: *const c_void, c: c_int, n: usize) -> *mut c_void;
        #[link_name = "strcmp"]
        pub fn strcmp(a: *const c_char, b: *const c_char) -> c_int;
    }
}

const SIZES: [(usize, &str); 4] = [(16, "16"), (256, "256"), (4096, "4K"), (1 << 20, "1M")];

/// Two buffers holding a string of length n - 1 ('a's and a NUL) each: aligned at a 64-byte
/// boundary, or (unaligned) 1 and 3 bytes past one, as in benches/c/string.c.
struct Bufs {
    s: Vec<u8>,
    d: Vec<u8>,
    s_off: usize,
    d_off: usize,
}

impl Bufs {
    fn new(n: usize, unaligned: bool) -> Bufs {
        let make = |skew: usize| {
            let mut v = vec![b'a'; n + 128];
            // Vec<u8> promises no alignment: find the 64-byte boundary ourselves.
            let off = v.as_ptr().align_offset(64) + if unaligned { skew } else { 0 };
            v[off + n - 1] = 0;
            (v, off)
        };
        let ((s, s_off), (d, d_off)) = (make(1), make(3));
        Bufs { s, d, s_off, d_off }
    }
    fn s(&self) -> *const u8 {
        // SAFETY: s_off + n <= len by construction.
        unsafe { self.s.as_ptr().add(self.s_off) }
    }
    fn d(&mut self) -> *mut u8 {
        // SAFETY: d_off + n <= len by construction.
        unsafe { self.d.as_mut_ptr().add(self.d_off) }
    }
}

type Copy = unsafe extern "C" fn(*mut c_void, *const c_void, usize) -> *mut c_void;
type Len = unsafe extern "C" fn(*const c_char) -> usize;
type Chr = unsafe extern "C" fn(*const c_void, c_int, usize) -> *mut c_void;
type Cmp = unsafe extern "C" fn(*const c_char, *const c_char) -> c_int;

fn group<F>(c: &mut Criterion, name: &str, mut run: F)
where
    F: FnMut(&mut Bufs, usize, bool) -> usize,
{
    let mut g = c.benchmark_group(name);
    for (n, label) in SIZES {
        g.throughput(Throughput::Bytes(n as u64));
        for unaligned in [false, true] {
            let mut bufs = Bufs::new(n, unaligned);
            let align = if unaligned { "u" } else { "a" };
            for (who, impl_no) in [("rcc", 0usize), ("glibc", 1)] {
                let id = BenchmarkId::new(who, format!("{label}/{align}"));
                g.bench_function(id, |b| {
                    b.iter(|| black_box(run(&mut bufs, n, impl_no == 0)))
                });
            }
        }
    }
    g.finish();
}

fn memcpy(c: &mut Criterion) {
    let f: [Copy; 2] = [rcc::string::memcpy::memcpy, glibc::memcpy];
    group(c, "memcpy", |b, n, rcc| {
        let f = black_box(f[!rcc as usize]);
        let (d, s) = (b.d(), b.s());
        // SAFETY: both buffers hold n bytes past their offsets and do not overlap.
        unsafe { f(d.cast(), s.cast(), n) as usize }
    });
}

fn strlen(c: &mut Criterion) {
    let f: [Len; 2] = [rcc::string::strlen::strlen, glibc::strlen];
    group(c, "strlen", |b, _, rcc| {
        let f = black_box(f[!rcc as usize]);
        // SAFETY: s holds a NUL-terminated string.
        unsafe { f(b.s().cast()) }
    });
}

fn memchr(c: &mut Criterion) {
    let f: [Chr; 2] = [rcc::string::memchr::memchr, glibc::memchr];
    group(c, "memchr", |b, n, rcc| {
        let f = black_box(f[!rcc as usize]);
        // SAFETY: s holds n readable bytes; 'b' does not occur, so all n are scanned.
        unsafe { f(b.s().cast(), c_int::from(b'b'), n) as usize }
    });
}

fn strcmp(c: &mut Criterion) {
    let f: [Cmp; 2] = [rcc::string::strcmp::strcmp, glibc::strcmp];
    group(c, "strcmp", |b, _, rcc| {
        let f = black_box(f[!rcc as usize]);
        let (d, s) = (b.d().cast_const(), b.s());
        // SAFETY: both are equal NUL-terminated strings, so the whole length is compared.
        unsafe { f(d.cast(), s.cast()) as usize }
    });
}

criterion_group!(benches, memcpy, strlen, memchr, strcmp);
criterion_main!(benches);
