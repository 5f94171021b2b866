//! `memrchr` (GNU extension; musl: src/string/memrchr.c).
use crate::abi::types::{c_int, c_void, size_t};
use crate::string::simd::{self, W};

/// `void *memrchr(const void *s, int c, size_t n);`
///
/// # Safety
/// `s` readable for `n` bytes.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn memrchr(s: *const c_void, c: c_int, n: size_t) -> *mut c_void {
    if n == 0 {
        return core::ptr::null_mut();
    }
    let s = s.cast::<u8>();
    let v = simd::splat(c as u8);
    let last = s.wrapping_add(n - 1);
    let k = last as usize & (W - 1);
    let mut a = last.wrapping_sub(k);
    // SAFETY: aligned loads of the blocks holding `s..s+n`, from the last one down to the
    // one holding `s`; aligned loads never leave the page of the in-range bytes they hold.
    unsafe {
        // Only bytes at or before `last` count.
        let mut m = simd::mask(simd::eq(simd::load(a), v)) & ((2u32 << k) - 1);
        loop {
            if (a as usize) <= s as usize {
                m &= !0u32 << (s as usize - a as usize);
                return if m != 0 {
                    a.add(31 - m.leading_zeros() as usize).cast_mut().cast()
                } else {
                    core::ptr::null_mut()
                };
            }
            if m != 0 {
                return a.add(31 - m.leading_zeros() as usize).cast_mut().cast();
            }
            a = a.sub(W);
            m = simd::mask(simd::eq(simd::load(a), v));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::string::testutil::Guarded;

    #[test]
    fn against_reference() {
        for n in 0..=300 {
            for off in 0..16 {
                let mut v = vec![3u8; off + n + 20];
                for pos in [None, Some(0), Some(n / 3), Some(n.wrapping_sub(1))] {
                    v.fill(3);
                    v[..off].fill(9);
                    v[off + n..].fill(9);
                    if let Some(p) = pos.filter(|&p| p < n) {
                        v[off + p] = 9;
                    }
                    let want = v[off..off + n].iter().rposition(|&b| b == 9);
                    let p = v.as_ptr().wrapping_add(off);
                    // SAFETY: n bytes from `off` are inside `v`.
                    let r = unsafe { memrchr(p.cast(), 9, n) };
                    let got = (!r.is_null()).then(|| r as usize - p as usize);
                    assert_eq!(got, want, "n={n} off={off} pos={pos:?}");
                }
            }
        }
    }

    #[test]
    fn at_page_edges() {
        let g = Guarded::new();
        for n in 0..=64 {
            let p = g.place(&vec![1u8; n]);
            // SAFETY: n readable bytes end at the guard page.
            assert!(unsafe { memrchr(p.cast(), 0, n) }.is_null());
        }
    }
}
