//! Entry points of the string functions whose short inputs are done here, in assembly,
//! on the AVX-512 tier (`avx2::STATE == WIDE`); everything else jumps to the Rust
//! function. No C counterpart (glibc writes its string functions in assembly).
//!
//! Why assembly: a call of a short memcmp took 5 cycles this way against 9-10 from the
//! Rust kernel, for two reasons the compiler does not let us control. (1) Each entry is
//! aligned to 64 bytes, so its short path lies in one 64-byte line: the same code
//! placed across two lines took 10 cycles per call on Zen 4. (2) It uses only
//! `ymm16`-`ymm31` (EVEX-only registers, which leave the upper halves of `ymm0`-`ymm15`
//! clean), so it needs no `vzeroupper` on return: that instruction cost 4 cycles per
//! call.
//!
//! Each function is defined as `__rcc_<name>` (hidden), and exported as `<name>` in the
//! product library (`rcc_export`); tests call the `__rcc_` names.

use crate::string::avx2::{STATE, WIDE};

// memcmp on the AVX-512 tier, up to 256 bytes: 1 to 32 when neither pointer is within 32
// bytes of its page end (so both 32-byte loads stay in the pages of the first bytes), one
// load each, bytes past `n` dropped with `bzhi` (BMI2 comes with the tier); 33 to 64, a
// head and a tail 32-byte block; 65 to 256, 64-byte blocks at 0, 64 and 128 as far as
// they fit and one ending at `n`, their differences or-ed together and tested once. Other
// sizes go straight to the tier's kernel, other tiers to `memcmp`.
core::arch::global_asm!(
    // Its own section, so that static links keep only the entries they use.
    ".section .text.__rcc_memcmp,\"ax\",@progbits",
    ".p2align 6",
    ".globl __rcc_memcmp",
    ".hidden __rcc_memcmp",
    ".type __rcc_memcmp, @function",
    "__rcc_memcmp:",
    "cmp byte ptr [rip + {state}], {wide}",
    "jne 9f",
    // 1 <= n <= 32 (with n = 0 a pointer may lie outside any mapped page).
    "lea rax, [rdx - 1]",
    "cmp rax, 31",
    "ja 2f",
    "mov eax, edi",
    "or eax, esi",
    // The page offset, in the top 12 bits: above 0xfe0 means within 32 bytes of the end.
    "shl eax, 20",
    "cmp eax, 0xfe000000",
    "ja 8f",
    "vmovdqu64 ymm16, ymmword ptr [rsi]",
    "vpcmpneqb k1, ymm16, ymmword ptr [rdi]",
    "kmovd eax, k1",
    "bzhi eax, eax, edx",
    "jnz 4f",
    "ret",
    // The difference of the bytes at the first set bit of eax (4), or at rcx (5).
    "4:",
    "tzcnt ecx, eax",
    "5:",
    "movzx eax, byte ptr [rdi + rcx]",
    "movzx ecx, byte ptr [rsi + rcx]",
    "sub eax, ecx",
    "ret",
    // (Near, so that the jumps to them are short and the first `ret` stays in the first
    // 64 bytes.)
    "8:",
    "jmp {wide_kernel}",
    "9:",
    "jmp {memcmp}",
    // n = 0 or n > 32.
    "2:",
    "cmp rdx, 256",
    "ja {wide_kernel}",
    "test rdx, rdx",
    "jz 6f",
    "cmp rdx, 64",
    "ja 3f",
    "vmovdqu64 ymm16, ymmword ptr [rsi]",
    "vpcmpneqb k1, ymm16, ymmword ptr [rdi]",
    "kmovd eax, k1",
    "test eax, eax",
    "jnz 4b",
    "vmovdqu64 ymm17, ymmword ptr [rsi + rdx - 32]",
    "vpcmpneqb k1, ymm17, ymmword ptr [rdi + rdx - 32]",
    "kmovd eax, k1",
    "tzcnt ecx, eax",
    "jc 6f",
    "lea rcx, [rcx + rdx - 32]",
    "jmp 5b",
    // 65 to 256 bytes. 0xf6 = A | (B ^ C): each block's differences or-ed into zmm16.
    "3:",
    "lea r8, [rdx - 64]",
    "vmovdqu64 zmm16, zmmword ptr [rsi]",
    "vpxorq zmm16, zmm16, zmmword ptr [rdi]",
    "vmovdqu64 zmm17, zmmword ptr [rsi + r8]",
    "vpternlogq zmm16, zmm17, zmmword ptr [rdi + r8], 0xf6",
    "cmp rdx, 128",
    "jbe 7f",
    "vmovdqu64 zmm18, zmmword ptr [rsi + 64]",
    "vpternlogq zmm16, zmm18, zmmword ptr [rdi + 64], 0xf6",
    "cmp rdx, 192",
    "jbe 7f",
    "vmovdqu64 zmm19, zmmword ptr [rsi + 128]",
    "vpternlogq zmm16, zmm19, zmmword ptr [rdi + 128], 0xf6",
    "7:",
    "vptestmq k1, zmm16, zmm16",
    "kmovd eax, k1",
    "test eax, eax",
    "jnz 22f",
    "6:",
    "xor eax, eax",
    "ret",
    // A block differs: the blocks again in ascending order (those at 0, 64, 128 below
    // n - 64, then the one at n - 64), the first with a difference holds the first.
    "22:",
    "xor ecx, ecx",
    "23:",
    "cmp rcx, r8",
    "jb 24f",
    "mov rcx, r8",
    "24:",
    "vmovdqu64 zmm16, zmmword ptr [rsi + rcx]",
    "vpcmpneqb k1, zmm16, zmmword ptr [rdi + rcx]",
    "kmovq rax, k1",
    "tzcnt rax, rax",
    "jnc 25f",
    // (The block at n - 64 is the last: none found there cannot happen; return 0.)
    "cmp rcx, r8",
    "je 6b",
    "add rcx, 64",
    "jmp 23b",
    "25:",
    "add rcx, rax",
    "jmp 5b",
    ".size __rcc_memcmp, . - __rcc_memcmp",
    state = sym STATE,
    wide = const WIDE,
    wide_kernel = sym crate::string::avx512_cmp::memcmp,
    memcmp = sym crate::string::memcmp::memcmp,
);

// strlen: on the AVX-512 tier, the aligned 64-byte block holding `s` (it never crosses a
// page), NULs before `s` shifted out; if there is none from `s` to the block's end, the
// kernel goes on from the next block.
core::arch::global_asm!(
    // Its own section, so that static links keep only the entries they use.
    ".section .text.__rcc_strlen,\"ax\",@progbits",
    ".p2align 6",
    ".globl __rcc_strlen",
    ".hidden __rcc_strlen",
    ".type __rcc_strlen, @function",
    "__rcc_strlen:",
    "cmp byte ptr [rip + {state}], {wide}",
    "jne 9f",
    "mov rcx, rdi",
    "and rcx, -64",
    "vmovdqa64 zmm16, zmmword ptr [rcx]",
    "vptestnmb k0, zmm16, zmm16",
    "kmovq rax, k0",
    // A 64-bit shift counts modulo 64: by `s`'s offset in the block.
    "shrx rax, rax, rdi",
    // No bit left: CF set.
    "tzcnt rax, rax",
    "jc {next}",
    "ret",
    "9:",
    "jmp {strlen}",
    ".size __rcc_strlen, . - __rcc_strlen",
    state = sym STATE,
    wide = const WIDE,
    next = sym crate::string::avx512_scan::strlen_next,
    strlen = sym crate::string::strlen::strlen,
);

// strchr: as strlen, stopping at `c` or the NUL.
core::arch::global_asm!(
    // Its own section, so that static links keep only the entries they use.
    ".section .text.__rcc_strchr,\"ax\",@progbits",
    ".p2align 6",
    ".globl __rcc_strchr",
    ".hidden __rcc_strchr",
    ".type __rcc_strchr, @function",
    "__rcc_strchr:",
    "cmp byte ptr [rip + {state}], {wide}",
    "jne 9f",
    "vpbroadcastb zmm17, esi",
    "mov rcx, rdi",
    "and rcx, -64",
    "vmovdqa64 zmm16, zmmword ptr [rcx]",
    "vpcmpeqb k1, zmm16, zmm17",
    "vptestnmb k2, zmm16, zmm16",
    "korq k1, k1, k2",
    "kmovq rax, k1",
    "shrx rax, rax, rdi",
    "tzcnt rax, rax",
    "jc 8f",
    "add rax, rdi",
    // `c` itself (also when `c` is NUL), else the terminator came first: null.
    "xor ecx, ecx",
    "cmp byte ptr [rax], sil",
    "cmovne rax, rcx",
    "ret",
    "8:",
    "jmp {next}",
    "9:",
    "jmp {strchr}",
    ".size __rcc_strchr, . - __rcc_strchr",
    state = sym STATE,
    wide = const WIDE,
    next = sym crate::string::avx512_scan::strchr_next,
    strchr = sym crate::string::strchr::strchr,
);

// memchr: 1 to 32 bytes when `s` is not within 32 bytes of its page end (with n = 0 the
// pointer may lie outside any mapped page).
core::arch::global_asm!(
    // Its own section, so that static links keep only the entries they use.
    ".section .text.__rcc_memchr,\"ax\",@progbits",
    ".p2align 6",
    ".globl __rcc_memchr",
    ".hidden __rcc_memchr",
    ".type __rcc_memchr, @function",
    "__rcc_memchr:",
    "cmp byte ptr [rip + {state}], {wide}",
    "jne 9f",
    "lea rax, [rdx - 1]",
    "cmp rax, 31",
    "ja {kernel}",
    "mov eax, edi",
    "shl eax, 20",
    "cmp eax, 0xfe000000",
    "ja 8f",
    "vpbroadcastb ymm17, esi",
    "vpcmpeqb k1, ymm17, ymmword ptr [rdi]",
    "kmovd eax, k1",
    "bzhi eax, eax, edx",
    "jz 7f",
    "tzcnt eax, eax",
    "add rax, rdi",
    "ret",
    "7:",
    "xor eax, eax",
    "ret",
    "8:",
    "jmp {kernel}",
    "9:",
    "jmp {memchr}",
    ".size __rcc_memchr, . - __rcc_memchr",
    state = sym STATE,
    wide = const WIDE,
    kernel = sym crate::string::avx512_memchr::find_byte,
    memchr = sym crate::string::memchr::memchr,
);

// strcmp: the first 32 bytes when neither pointer is within 32 bytes of its page end;
// strings that go on past them continue in `strcmp_past32`.
core::arch::global_asm!(
    // Its own section, so that static links keep only the entries they use.
    ".section .text.__rcc_strcmp,\"ax\",@progbits",
    ".p2align 6",
    ".globl __rcc_strcmp",
    ".hidden __rcc_strcmp",
    ".type __rcc_strcmp, @function",
    "__rcc_strcmp:",
    "cmp byte ptr [rip + {state}], {wide}",
    "jne 9f",
    "mov eax, edi",
    "or eax, esi",
    "shl eax, 20",
    "cmp eax, 0xfe000000",
    "ja 8f",
    "vmovdqu64 ymm16, ymmword ptr [rdi]",
    "vptestmb k2, ymm16, ymm16",
    // Bit set: equal and not NUL.
    "vpcmpeqb k1 {{k2}}, ymm16, ymmword ptr [rsi]",
    "kmovd ecx, k1",
    // All 32 set: zero; else the lowest clear bit becomes the lowest set one.
    "inc ecx",
    "jz 7f",
    "tzcnt ecx, ecx",
    "movzx eax, byte ptr [rdi + rcx]",
    "movzx ecx, byte ptr [rsi + rcx]",
    "sub eax, ecx",
    "ret",
    "7:",
    "jmp {past32}",
    "8:",
    "jmp {kernel}",
    "9:",
    "jmp {strcmp}",
    ".size __rcc_strcmp, . - __rcc_strcmp",
    state = sym STATE,
    wide = const WIDE,
    past32 = sym crate::string::avx512_strcmp::strcmp_past32,
    kernel = sym crate::string::avx512_strcmp::strcmp_c,
    strcmp = sym crate::string::strcmp::strcmp,
);

#[cfg(rcc_export)]
core::arch::global_asm!(
    ".globl memcmp, strlen, strchr, memchr, strcmp",
    ".type memcmp, @function",
    ".type strlen, @function",
    ".type strchr, @function",
    ".type memchr, @function",
    ".type strcmp, @function",
    ".set memcmp, __rcc_memcmp",
    ".set strlen, __rcc_strlen",
    ".set strchr, __rcc_strchr",
    ".set memchr, __rcc_memchr",
    ".set strcmp, __rcc_strcmp",
);

#[cfg(test)]
mod tests {
    use crate::abi::types::{c_int, c_void};
    use crate::string::avx2::each_tier;
    use crate::string::testutil::{Guarded, Rng};
    use core::cmp::Ordering;

    unsafe extern "C" {
        fn __rcc_memcmp(a: *const c_void, b: *const c_void, n: usize) -> c_int;
        fn __rcc_strlen(s: *const u8) -> usize;
        fn __rcc_strchr(s: *const u8, c: c_int) -> *const u8;
        fn __rcc_memchr(s: *const u8, c: c_int, n: usize) -> *const u8;
        fn __rcc_strcmp(a: *const u8, b: *const u8) -> c_int;
    }

    /// Checks the four string entries on the NUL-terminated bytes at `p` (its string
    /// `body`, which has no NUL) against `q` holding the same bytes.
    fn check_str(p: *const u8, q: *const u8, body: &[u8]) {
        let n = body.len();
        // SAFETY (all calls): `p` and `q` are NUL-terminated, `n + 1` bytes readable.
        assert_eq!(unsafe { __rcc_strlen(p) }, n);
        for c in [
            0,
            body.first().map_or(1, |&b| b as c_int),
            0x100 | b'z' as c_int,
            0xff,
        ] {
            let want = if c as u8 == 0 {
                Some(n)
            } else {
                body.iter().position(|&b| b == c as u8)
            };
            let got = unsafe { __rcc_strchr(p, c) };
            assert_eq!(
                got,
                want.map_or(core::ptr::null(), |i| p.wrapping_add(i)),
                "c={c}"
            );
            let got = unsafe { __rcc_memchr(p, c, n) };
            let want = body.iter().position(|&b| b == c as u8);
            assert_eq!(got, want.map_or(core::ptr::null(), |i| p.wrapping_add(i)));
        }
        assert_eq!(unsafe { __rcc_strcmp(p, q) }, 0);
    }

    /// `__rcc_memcmp`'s sign against the slices' order, both ways round.
    fn check_memcmp(x: &[u8], y: &[u8]) {
        let n = x.len();
        // SAFETY: `n` bytes readable in both.
        let r = unsafe { __rcc_memcmp(x.as_ptr().cast(), y.as_ptr().cast(), n) };
        assert_eq!(r.cmp(&0), x.cmp(y), "n={n}");
        // SAFETY: as above.
        let r = unsafe { __rcc_memcmp(y.as_ptr().cast(), x.as_ptr().cast(), n) };
        assert_eq!(r.cmp(&0), y.cmp(x), "n={n}");
    }

    #[test]
    fn memcmp_short_and_long() {
        each_tier(|_| {
            let mut rng = Rng(0x5eed);
            let a: Vec<u8> = (0..700).map(|_| rng.small(4)).collect();
            for n in (0..=300).chain([383, 384, 600]) {
                for off in [0usize, 1, 31, 33, 63] {
                    let x = &a[off..off + n];
                    let mut b = x.to_vec();
                    check_memcmp(x, &b);
                    for pos in [0, n / 2, n.saturating_sub(1)]
                        .into_iter()
                        .filter(|&p| p < n)
                    {
                        for v in [0u8, 0x80, 0xff] {
                            let keep = b[pos];
                            b[pos] = v;
                            check_memcmp(x, &b);
                            b[pos] = keep;
                        }
                    }
                }
            }
        });
    }

    #[test]
    fn memcmp_at_page_ends() {
        each_tier(|_| {
            let (g1, g2) = (Guarded::new(), Guarded::new());
            for n in 0..=40 {
                let x: Vec<u8> = (0..n as u8).collect();
                let mut y = x.clone();
                let (p, q) = (g1.place(&x), g2.place(&y));
                // SAFETY: both end at their last mapped byte.
                let (sx, sy) = unsafe {
                    (
                        core::slice::from_raw_parts(p, n),
                        core::slice::from_raw_parts(q, n),
                    )
                };
                check_memcmp(sx, sy);
                if n > 0 {
                    y[n - 1] = 200;
                    let q = g2.place(&y);
                    // SAFETY: as above.
                    let sy = unsafe { core::slice::from_raw_parts(q, n) };
                    assert_eq!(sx.cmp(sy), Ordering::Less);
                    check_memcmp(sx, sy);
                }
            }
        });
    }

    #[test]
    fn str_entries_everywhere() {
        each_tier(|_| {
            let mut rng = Rng(77);
            let text: Vec<u8> = (0..400).map(|_| b'a' + rng.small(26)).collect();
            let (mut va, mut vb) = (vec![0u8; 600], vec![0u8; 600]);
            for n in (0..=140).chain([200, 255, 256, 300]) {
                for (oa, ob) in [(0usize, 0usize), (1, 3), (31, 5), (63, 64), (17, 17)] {
                    let body = &text[..n];
                    va[oa..oa + n].copy_from_slice(body);
                    va[oa + n] = 0;
                    vb[ob..ob + n].copy_from_slice(body);
                    vb[ob + n] = 0;
                    let (p, q) = (va[oa..].as_ptr(), vb[ob..].as_mut_ptr());
                    check_str(p, q, body);
                    for pos in [0, n / 2, n.saturating_sub(1)]
                        .into_iter()
                        .filter(|&i| i < n)
                    {
                        for v in [0u8, 1, 0xff] {
                            // SAFETY: `pos < n`, inside `vb`'s string.
                            unsafe { *q.add(pos) = v };
                            let want = body[pos] as c_int - v as c_int;
                            // SAFETY: both NUL-terminated.
                            assert_eq!(unsafe { __rcc_strcmp(p, q) }, want, "n={n} pos={pos}");
                            // SAFETY: as above.
                            assert_eq!(unsafe { __rcc_strcmp(q, p) }, -want);
                            // SAFETY: as above.
                            unsafe { *q.add(pos) = body[pos] };
                        }
                    }
                }
            }
        });
    }

    #[test]
    fn str_entries_at_page_ends() {
        each_tier(|_| {
            let (g1, g2) = (Guarded::new(), Guarded::new());
            for n in 0..=100 {
                let mut x: Vec<u8> = (0..n).map(|i| b'A' + (i % 50) as u8).collect();
                x.push(0);
                let p = g1.place(&x);
                for extra in [0usize, 1, 31, 32, 33, 64] {
                    let mut y = x.clone();
                    y.resize(n + 1 + extra, b'#');
                    let q = g2.place(&y);
                    check_str(p, q, &x[..n]);
                    // SAFETY: both NUL-terminated.
                    assert_eq!(unsafe { __rcc_strcmp(q, p) }, 0);
                }
                // memchr of bytes ending at the page end, and of none at all there.
                // SAFETY: `n` bytes before `end()` are mapped.
                let got = unsafe { __rcc_memchr(g1.end().sub(n), b'#' as c_int, n) };
                assert!(got.is_null());
                // SAFETY: no byte is read for n = 0.
                let got = unsafe { __rcc_memchr(g1.end(), 0, 0) };
                assert!(got.is_null());
            }
        });
    }

    #[test]
    fn memcmp_long_aligned_alike() {
        each_tier(|_| {
            let mut rng = Rng(99);
            let (mut va, mut vb) = (vec![0u8; 2400], vec![0u8; 2400]);
            let align = |v: &[u8]| (64 - (v.as_ptr() as usize & 63)) & 63;
            let (sa, sb) = (align(&va), align(&vb));
            for n in (250..=700).step_by(7).chain([1024, 1025, 2047, 2048]) {
                for off in [0usize, 1, 32, 63] {
                    for b in va[sa + off..sa + off + n].iter_mut() {
                        *b = rng.small(255);
                    }
                    vb[sb + off..sb + off + n].copy_from_slice(&va[sa + off..sa + off + n]);
                    let (x, y) = (&va[sa + off..sa + off + n], &mut vb[sb + off..sb + off + n]);
                    check_memcmp(x, y);
                    for pos in [0, 31, 127, 128, 200, n / 2, n - 129, n - 100, n - 1] {
                        let keep = y[pos];
                        y[pos] = keep.wrapping_add(1 + rng.small(200));
                        // SAFETY: `n` bytes readable in both.
                        let r = unsafe { __rcc_memcmp(x.as_ptr().cast(), y.as_ptr().cast(), n) };
                        assert_eq!(r, x[pos] as c_int - y[pos] as c_int, "n={n} pos={pos}");
                        check_memcmp(x, y);
                        y[pos] = keep;
                    }
                }
            }
        });
    }
}
