//! Unit tests for the sort engine: many input shapes and element sizes against a
//! reference, comparison counts on adversarial inputs, and broken comparators.
use super::*;
use crate::abi::types::{c_int, c_void};
use core::cell::Cell;

std::thread_local!(static CALLS: Cell<u64> = const { Cell::new(0) });

fn calls() -> u64 {
    CALLS.with(|c| c.get())
}

/// Compares the first 4 bytes of each element as a u32 (elements may be unaligned).
unsafe extern "C" fn cmp_key(a: *const c_void, b: *const c_void) -> c_int {
    CALLS.with(|c| c.set(c.get() + 1));
    // SAFETY: every test element starts with a 4-byte key.
    let (x, y) = unsafe {
        (
            a.cast::<u32>().read_unaligned(),
            b.cast::<u32>().read_unaligned(),
        )
    };
    (x > y) as c_int - (x < y) as c_int
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as u32
    }
}

fn shapes(n: usize, seed: u64) -> Vec<(&'static str, Vec<u32>)> {
    let mut r = Rng(seed);
    let n32 = n as u32;
    vec![
        ("random", (0..n).map(|_| r.next()).collect()),
        ("sorted", (0..n32).collect()),
        ("reversed", (0..n32).rev().collect()),
        ("equal", vec![7; n]),
        ("organ", (0..n32).map(|i| i.min(n32 - i)).collect()),
        ("dups", (0..n).map(|_| r.next() % 4).collect()),
        ("sawtooth", (0..n32).map(|i| i % 37).collect()),
        (
            "nearly",
            (0..n32)
                .map(|i| {
                    if i % 100 == 0 {
                        r.next() % n32.max(1)
                    } else {
                        i
                    }
                })
                .collect(),
        ),
    ]
}

/// Sorts `keys` as elements of `size` bytes (key first, then a tag) and checks the
/// result is the sorted permutation of the input. Returns the comparison count.
fn check(keys: &[u32], size: usize, name: &str) -> u64 {
    let n = keys.len();
    let mut buf = vec![0u8; n * size + 1];
    // Offset by one byte so that no element is aligned.
    let base = buf[1..].as_mut_ptr();
    for (i, k) in keys.iter().enumerate() {
        // SAFETY: each element has room for its 4-byte key and the tag bytes.
        unsafe {
            let e = base.add(i * size);
            e.cast::<u32>().write_unaligned(*k);
            for t in 4..size {
                *e.add(t) = (i * 31 + t) as u8 ^ (*k as u8);
            }
        }
    }
    let before: Vec<Vec<u8>> = (0..n)
        .map(|i| buf[1 + i * size..1 + (i + 1) * size].to_vec())
        .collect();
    let start = calls();
    let cmp = Cmp::Plain(cmp_key);
    // SAFETY: `base` holds n elements of `size` bytes.
    unsafe {
        match size {
            4 => sort(base, n, Word::<u32>::new(), cmp),
            8 => sort(base, n, Word::<u64>::new(), cmp),
            16 => sort(base, n, Word::<[u64; 2]>::new(), cmp),
            _ => sort(base, n, Bytes(size), cmp),
        }
    }
    let used = calls() - start;
    let mut after: Vec<Vec<u8>> = (0..n)
        .map(|i| buf[1 + i * size..1 + (i + 1) * size].to_vec())
        .collect();
    let key = |e: &Vec<u8>| u32::from_le_bytes([e[0], e[1], e[2], e[3]]);
    assert!(
        after.windows(2).all(|w| key(&w[0]) <= key(&w[1])),
        "{name} n={n} size={size}: not sorted"
    );
    let mut b = before;
    b.sort();
    after.sort();
    assert!(b == after, "{name} n={n} size={size}: not a permutation");
    used
}

#[test]
fn shapes_sizes_and_lengths() {
    for size in [4, 8, 16, 5, 12, 24, 100] {
        for n in (0..70).chain([127, 128, 129, 200, 255, 256, 257, 1000, 4099]) {
            for (name, keys) in shapes(n, n as u64 + size as u64) {
                check(&keys, size, name);
            }
        }
    }
}

#[test]
fn large_inputs_take_n_log_n_comparisons() {
    let n = 100_000;
    let bound = (n as f64 * (n as f64).log2() * 2.0) as u64;
    for (name, keys) in shapes(n, 1) {
        let c = check(&keys, 4, name);
        eprintln!(
            "{name}: {c} comparisons ({:.2} n log2 n)",
            c as f64 / (n as f64 * (n as f64).log2())
        );
        assert!(c <= bound, "{name}: {c} comparisons > {bound}");
    }
}

/// McIlroy's adversary ("A Killer Adversary for Quicksort", 1999): values are decided
/// lazily so as to make a quicksort pick bad pivots. The sort must stay O(n log n).
struct Adversary {
    val: Vec<u32>,
    gas: u32,
    nsolid: u32,
    candidate: usize,
    calls: u64,
}

unsafe extern "C" fn cmp_adversary(a: *const c_void, b: *const c_void, arg: *mut c_void) -> c_int {
    // SAFETY: `arg` is the test's Adversary and the elements are u32 indices into it.
    let s = unsafe { &mut *arg.cast::<Adversary>() };
    let (x, y) = unsafe { (*a.cast::<u32>() as usize, *b.cast::<u32>() as usize) };
    s.calls += 1;
    let gas = s.gas;
    if s.val[x] == gas && s.val[y] == gas {
        if x == s.candidate {
            s.val[x] = s.nsolid;
        } else {
            s.val[y] = s.nsolid;
        }
        s.nsolid += 1;
    }
    if s.val[x] == gas {
        s.candidate = x;
    } else if s.val[y] == gas {
        s.candidate = y;
    }
    (s.val[x] as i64 - s.val[y] as i64).signum() as c_int
}

#[test]
fn adversary_stays_n_log_n() {
    for n in [1000usize, 30_000, 200_000] {
        let mut s = Adversary {
            val: vec![n as u32; n],
            gas: n as u32,
            nsolid: 0,
            candidate: 0,
            calls: 0,
        };
        let mut ptr: Vec<u32> = (0..n as u32).collect();
        let arg = (&raw mut s).cast::<c_void>();
        // SAFETY: n u32 elements; the comparator's state outlives the sort.
        unsafe {
            sort(
                ptr.as_mut_ptr().cast(),
                n,
                Word::<u32>::new(),
                Cmp::WithArg(cmp_adversary, arg),
            )
        };
        let bound = (n as f64 * (n as f64).log2() * 3.0) as u64;
        assert!(s.calls <= bound, "n={n}: {} comparisons > {bound}", s.calls);
        assert!(
            ptr.windows(2)
                .all(|w| s.val[w[0] as usize] <= s.val[w[1] as usize])
        );
    }
}

unsafe extern "C" fn cmp_random(_: *const c_void, _: *const c_void, arg: *mut c_void) -> c_int {
    // SAFETY: `arg` is the test's Rng.
    let r = unsafe { &mut *arg.cast::<Rng>() };
    (r.next() % 3) as c_int - 1
}

#[test]
fn broken_comparator_stays_inside_the_array() {
    for n in [0usize, 1, 5, 19, 20, 21, 130, 1000, 50_000] {
        for size in [4, 8, 16, 7] {
            // Guard bytes either side; a write outside the array would change them.
            let mut buf = vec![0xa5u8; n * size + 64];
            for (i, b) in buf[32..32 + n * size].iter_mut().enumerate() {
                *b = (i / size) as u8;
            }
            let mut before = buf[32..32 + n * size].to_vec();
            let mut r = Rng(n as u64);
            let arg = (&raw mut r).cast::<c_void>();
            let base = buf[32..].as_mut_ptr();
            let cmp = Cmp::WithArg(cmp_random, arg);
            // SAFETY: n elements of `size` bytes at `base`.
            unsafe {
                match size {
                    4 => sort(base, n, Word::<u32>::new(), cmp),
                    8 => sort(base, n, Word::<u64>::new(), cmp),
                    16 => sort(base, n, Word::<[u64; 2]>::new(), cmp),
                    _ => sort(base, n, Bytes(size), cmp),
                }
            }
            assert!(
                buf[..32]
                    .iter()
                    .chain(&buf[32 + n * size..])
                    .all(|&b| b == 0xa5)
            );
            let mut after = buf[32..32 + n * size].to_vec();
            before.sort();
            after.sort();
            assert_eq!(before, after);
        }
    }
}
