//! Unit tests of the whole allocator on the host (one heap, serialized).
use super::free::release;
use super::malloc::{alloc, alloc_aligned};
use super::realloc::resize;
use super::size_class::{SMALL_MAX, class_of, class_size};
use std::sync::Mutex;

static SERIAL: Mutex<()> = Mutex::new(());

#[test]
fn alloc_free_reuse_and_alignment() {
    let _g = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut v = Vec::new();
    for n in (0..5000).chain([SMALL_MAX, SMALL_MAX + 1, 1 << 20]) {
        let p = alloc(n);
        assert!(!p.is_null());
        assert_eq!(p as usize % 16, 0);
        // SAFETY: p has n bytes.
        unsafe { core::ptr::write_bytes(p, (n & 0xff) as u8, n) };
        v.push((p, n));
    }
    for &(p, n) in &v {
        // SAFETY: as above.
        let s = unsafe { core::slice::from_raw_parts(p, n) };
        assert!(s.iter().all(|&b| b == (n & 0xff) as u8));
    }
    for (p, _) in v {
        release(p);
    }
    let a = alloc(40);
    release(a);
    assert_eq!(alloc(40), a, "a freed block is reused first");
    release(a);
}

#[test]
fn aligned_blocks() {
    let _g = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    for shift in 4..21 {
        let align = 1usize << shift;
        for n in [1, 100, 5000, 200_000] {
            let p = alloc_aligned(align, n);
            assert!(!p.is_null());
            assert_eq!(p as usize % align, 0, "align {align} n {n}");
            release(p);
        }
    }
}

#[test]
fn resize_keeps_contents() {
    let _g = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut p = alloc(1);
    // SAFETY: p has 1 byte.
    unsafe { *p = 7 };
    let mut n = 1;
    for m in [17, 300, 70_000, 300_000, 3_000_000, 100, 5] {
        p = resize(p, m);
        assert!(!p.is_null());
        // SAFETY: p holds min(n, m) bytes written before.
        unsafe {
            assert_eq!(*p, 7);
            if n > 1 && m > 1 {
                assert_eq!(*p.add(n.min(m) - 1), 9);
            }
            core::ptr::write_bytes(p.add(1), 9, m - 1);
        }
        n = m;
        assert!(n <= SMALL_MAX || class_size(class_of(1)) > 0);
    }
    release(p);
}

#[test]
fn huge_requests_fail() {
    assert!(alloc(usize::MAX / 2).is_null());
    assert!(alloc(usize::MAX).is_null());
    assert!(alloc_aligned(4096, usize::MAX - 100).is_null());
}

#[test]
fn medium_blocks_resize_in_place_and_keep_contents() {
    let _g = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut p = alloc(200_000);
    assert!(!p.is_null());
    // SAFETY: p has 200_000 bytes.
    unsafe { core::ptr::write_bytes(p, 0x5a, 200_000) };
    for m in [300_000, 1_500_000, 150_000, 2_500_000, 180_000] {
        p = resize(p, m);
        assert!(!p.is_null());
        // SAFETY: the first 150_000 bytes were written before every resize.
        let s = unsafe { core::slice::from_raw_parts(p, 150_000) };
        assert!(s.iter().all(|&b| b == 0x5a), "m {m}");
    }
    release(p);
    let z = super::malloc::alloc_zeroed(500_000);
    // SAFETY: z has 500_000 bytes.
    let s = unsafe { core::slice::from_raw_parts(z, 500_000) };
    assert!(s.iter().all(|&b| b == 0));
    release(z);
}

#[test]
fn growth_by_small_steps_keeps_contents_and_moves_to_pages() {
    let _g = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut p: *mut u8 = core::ptr::null_mut();
    let mut n = 0;
    while n < 200_000 {
        let m = n + 64;
        p = if p.is_null() { alloc(m) } else { resize(p, m) };
        assert!(!p.is_null());
        // SAFETY: p holds m bytes, the first n written before.
        unsafe {
            if n > 0 {
                assert_eq!(*p.add(n - 1), (n / 64) as u8);
            }
            core::ptr::write_bytes(p.add(n), (m / 64) as u8, 64);
        }
        n = m;
    }
    // Past GROW_TO_MEDIUM the block is whole pages that keep growing where they are.
    let s = super::small::span_of(p as usize).expect("a segment block");
    // SAFETY: span_of returned p's live span.
    assert_eq!(unsafe { (*s).kind }, super::segment::KIND_MEDIUM);
    // SAFETY: every 64-byte step holds its index.
    let v = unsafe { core::slice::from_raw_parts(p, n) };
    for (i, c) in v.chunks(64).enumerate() {
        assert!(c.iter().all(|&b| b == (i + 1) as u8), "step {i}");
    }
    release(p);
}

#[test]
fn freed_medium_blocks_are_reused_in_place() {
    let _g = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    {
        let _l = super::lock::lock();
        // SAFETY: the lock is held.
        unsafe { super::medium::cache_flush() };
    }
    let a = alloc(300_000);
    release(a);
    // The cached block is cut down (and then grown back into the pages after it).
    let b = alloc(100_000);
    assert_eq!(a, b);
    release(b);
    let c = alloc(300_000);
    assert_eq!(a, c);
    release(c);
    // A cached block cannot be freed again.
    let a = a as usize;
    assert!(std::panic::catch_unwind(|| super::small::span_of(a)).is_err());
}
