//! Criterion benches: rcc's formatted-I/O engines called as Rust, side by side with the
//! host glibc's (the same C symbols, linked from libc.so.6). Cases and inputs follow
//! issue 4 and benches/c/stdio.c; the process-level comparison with musl is
//! `cargo xtask bench --filter stdio`.
//!
//! Both columns call the `v` forms (`vsnprintf`, `vsscanf`): `snprintf`/`sscanf` are C
//! shims only in rcc's product build, and stable Rust cannot define a variadic function.
//! The `va_list` is the one a C call `snprintf(buf, n, fmt, ...)` would produce: the
//! arguments sit in a SysV register save area (integers after the named ones, doubles in
//! the xmm slots), rebuilt before every call because both libcs consume it.
//!
//! Only the string cases are here. rcc's `FILE` functions (`fopen`, `fputs`, `fgets`,
//! `getline`, `getc`, ...) allocate through rcc's malloc, which finds its heap through
//! rcc's thread descriptor at `%fs`; in a host process `%fs` is glibc's, so they cannot run
//! here. The file cases are measured by the process-level report only. The string paths
//! touch the thread descriptor once, reading (never writing) `errno` for `%m`.
use core::ffi::{c_char, c_int, c_void};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use rcc::arch::va_list::VaListRaw;
use std::hint::black_box;

mod glibc {
    use core::ffi::{c_char, c_int};
    use rcc::arch::va_list::VaListRaw;
    unsafe extern "C" {
        #[link_name = "vsnprintf"]
        pub fn vsnprintf(s: *mut c_char, n: usize, fmt: *const c_char, ap: *mut VaListRaw)
        -> c_int;
        #[link_name = "vsscanf"]
        pub fn vsscanf(s: *const c_char, fmt: *const c_char, ap: *mut VaListRaw) -> c_int;
    }
}

type Print = unsafe extern "C" fn(*mut c_char, usize, *const c_char, *mut VaListRaw) -> c_int;
type Scan = unsafe extern "C" fn(*const c_char, *const c_char, *mut VaListRaw) -> c_int;

const PRINT: [(&str, Print); 2] = [
    ("rcc", rcc::stdio::vsnprintf::vsnprintf),
    ("glibc", glibc::vsnprintf),
];
const SCAN: [(&str, Scan); 2] = [
    ("rcc", rcc::stdio::vsscanf::vsscanf),
    ("glibc", glibc::vsscanf),
];

/// A SysV x86_64 call's variadic arguments: the register save area (six integer
/// registers, 48 bytes, then eight xmm registers, 16 bytes each) and the stack arguments
/// past them, 8 bytes each.
#[repr(C, align(16))]
struct Frame {
    save: [u64; 22],
    stack: [u64; 8],
    gp: u32,
    fp: u32,
    sp: usize,
}

impl Frame {
    /// A frame whose first `named` integer registers hold the named parameters.
    fn new(named: u32) -> Frame {
        Frame {
            save: [0; 22],
            stack: [0; 8],
            gp: named * 8,
            fp: 48,
            sp: 0,
        }
    }
    fn push_stack(&mut self, v: u64) {
        self.stack[self.sp] = v;
        self.sp += 1;
    }
    fn int(&mut self, v: u64) -> &mut Frame {
        if self.gp < 48 {
            self.save[self.gp as usize / 8] = v;
            self.gp += 8;
        } else {
            self.push_stack(v);
        }
        self
    }
    fn double(&mut self, v: f64) -> &mut Frame {
        if self.fp < 176 {
            self.save[self.fp as usize / 8] = v.to_bits();
            self.fp += 16;
        } else {
            self.push_stack(v.to_bits());
        }
        self
    }
    /// The `va_list` `va_start` would produce for the arguments pushed since `new`.
    fn va_list(&mut self, named: u32) -> VaListRaw {
        VaListRaw {
            gp_offset: named * 8,
            fp_offset: 48,
            overflow_arg_area: self.stack.as_mut_ptr().cast(),
            reg_save_area: self.save.as_mut_ptr().cast(),
        }
    }
}

/// Formats iteration `i`'s arguments with `f` into `out`.
fn print_one(
    f: Print,
    out: &mut [u8; 256],
    fmt: &[u8],
    args: fn(&mut Frame, u64),
    i: u64,
) -> c_int {
    let mut fr = Frame::new(3);
    args(&mut fr, i);
    let mut ap = fr.va_list(3);
    // SAFETY: `out` holds 256 bytes; `fmt` is NUL-terminated and `ap` holds the arguments
    // its conversions name.
    unsafe {
        f(
            out.as_mut_ptr().cast(),
            out.len(),
            fmt.as_ptr().cast(),
            &mut ap,
        )
    }
}

/// One `snprintf` case: `args(frame, i)` pushes the arguments for iteration `i`.
fn print_case(c: &mut Criterion, name: &str, fmt: &'static [u8], args: fn(&mut Frame, u64)) {
    // Not a test, a guard against measuring two different things.
    let mut check = [[0u8; 256]; 2];
    for (k, (_, f)) in PRINT.into_iter().enumerate() {
        print_one(f, &mut check[k], fmt, args, 12345);
    }
    assert_eq!(
        check[0], check[1],
        "snprintf {name}: rcc and glibc disagree"
    );
    let mut g = c.benchmark_group("snprintf");
    let mut out = [0u8; 256];
    for (who, f) in PRINT {
        // Same inputs for both: the sequence restarts for each column.
        let mut i = 0u64;
        g.bench_function(BenchmarkId::new(who, name), |b| {
            b.iter(|| {
                let r = print_one(black_box(f), &mut out, fmt, args, i);
                i = i.wrapping_add(1);
                black_box(&out);
                r
            })
        });
    }
    g.finish();
}

fn snprintf(c: &mut Criterion) {
    print_case(c, "%d", b"%d\0", |f, i| {
        f.int(i.wrapping_mul(2654435761) as u32 as i32 as i64 as u64);
    });
    print_case(c, "%.17g", b"%.17g\0", |f, i| {
        f.double(1.0 / (i + 3) as f64);
    });
    print_case(c, "%f", b"%f\0", |f, i| {
        f.double(i as f64 * 1.25 + 0.1);
    });
    static NAME: &[u8] = b"widget\0";
    print_case(c, "mixed", b"id=%u name=%s x=%08x v=%.3f %c\0", |f, i| {
        f.int(i as u32 as u64)
            .int(NAME.as_ptr() as u64)
            .int((i as u32).wrapping_mul(7) as u64)
            .double(i as f64 / 8.0)
            .int(u64::from(b'z'));
    });
}

/// One `sscanf` case storing into a `T` through the single pointer argument.
fn scan_case<T: Copy + Default + PartialEq + core::fmt::Debug>(
    c: &mut Criterion,
    name: &str,
    input: &'static [u8],
    fmt: &'static [u8],
) {
    let mut g = c.benchmark_group("sscanf");
    let mut got = [T::default(); 2];
    for (k, (who, f)) in SCAN.into_iter().enumerate() {
        g.bench_function(BenchmarkId::new(who, name), |b| {
            b.iter(|| {
                let mut fr = Frame::new(2);
                fr.int(&raw mut got[k] as *mut c_void as u64);
                let mut ap = fr.va_list(2);
                let f = black_box(f);
                // SAFETY: both strings are NUL-terminated; `ap` holds one pointer to a `T`,
                // the type the format's single conversion stores.
                let r = unsafe { f(input.as_ptr().cast(), fmt.as_ptr().cast(), &mut ap) };
                black_box((r, got[k]))
            })
        });
    }
    g.finish();
    assert_eq!(got[0], got[1], "sscanf {name}: rcc and glibc disagree");
}

fn sscanf(c: &mut Criterion) {
    scan_case::<c_int>(c, "%d", b"12345678 tail\0", b"%d\0");
    scan_case::<f64>(c, "%lf", b"3.14159265358979 tail\0", b"%lf\0");
}

criterion_group!(benches, snprintf, sscanf);
criterion_main!(benches);
