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
//! Each function is defined as `__rcc_<name>` (hidden), and in the product library
//! (`rcc_export`) also as `<name>`, at the same address (`string_entry!`, arch/x86_64/mod.rs);
//! tests (`string_entry_tests.rs`) call the `__rcc_` names. This file holds memcmp (above
//! 256 bytes in `string_cmp_long.rs`); `string_strcmp.rs` strcmp; `string_scan.rs`
//! strlen, strchr and strrchr; `string_memchr.rs` memchr; `string_copy.rs` strcpy;
//! `string_mem.rs` memcpy, memmove and memset.

use crate::string::avx2::{STATE, WIDE};

// memcmp on the AVX-512 tier, up to 256 bytes: 1 to 32 when neither pointer is within 32
// bytes of its page end (so both 32-byte loads stay in the pages of the first bytes), one
// load each, bytes past `n` dropped with `bzhi` (BMI2 comes with the tier); 33 to 64, a
// head and a tail 32-byte block; 65 to 256, 64-byte blocks at 0, 64 and 128 as far as
// they fit and one ending at `n` (32-byte ones, twice as many, unless both pointers are
// at a line start), their differences or-ed together and tested once. Longer
// inputs go to `__rcc_memcmp_long` (`string_cmp_long.rs`), short ones near page ends to
// the tier's kernel, other tiers to `memcmp`.
core::arch::global_asm!(
    string_entry!("memcmp"),
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
    "ja __rcc_memcmp_long",
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
    // 64-byte blocks when both pointers are at a line start, else 32-byte ones (10).
    "3:",
    "lea r8, [rdx - 64]",
    "mov eax, edi",
    "or eax, esi",
    "test al, 63",
    "jnz 10f",
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
    // 32-byte blocks: at 0, 32, n - 64 and n - 32, then at 64 and 96, then 128 and 160,
    // as far as they fit. No load splits more than one line: at offsets 1 and 3, 256
    // bytes took 3.56 ns against 3.66 with 64-byte blocks (glibc 3.53). (Last, so that
    // the jumps above stay short.)
    "10:",
    "vmovdqu64 ymm16, ymmword ptr [rsi]",
    "vpxorq ymm16, ymm16, ymmword ptr [rdi]",
    "vmovdqu64 ymm17, ymmword ptr [rsi + 32]",
    "vpternlogq ymm16, ymm17, ymmword ptr [rdi + 32], 0xf6",
    "vmovdqu64 ymm18, ymmword ptr [rsi + r8]",
    "vpternlogq ymm16, ymm18, ymmword ptr [rdi + r8], 0xf6",
    "vmovdqu64 ymm19, ymmword ptr [rsi + rdx - 32]",
    "vpternlogq ymm16, ymm19, ymmword ptr [rdi + rdx - 32], 0xf6",
    "cmp rdx, 128",
    "jbe 11f",
    "vmovdqu64 ymm18, ymmword ptr [rsi + 64]",
    "vpternlogq ymm16, ymm18, ymmword ptr [rdi + 64], 0xf6",
    "vmovdqu64 ymm19, ymmword ptr [rsi + 96]",
    "vpternlogq ymm16, ymm19, ymmword ptr [rdi + 96], 0xf6",
    "cmp rdx, 192",
    "jbe 11f",
    "vmovdqu64 ymm18, ymmword ptr [rsi + 128]",
    "vpternlogq ymm16, ymm18, ymmword ptr [rdi + 128], 0xf6",
    "vmovdqu64 ymm19, ymmword ptr [rsi + 160]",
    "vpternlogq ymm16, ymm19, ymmword ptr [rdi + 160], 0xf6",
    "11:",
    "vptestmq k1, ymm16, ymm16",
    "kmovd eax, k1",
    "test eax, eax",
    "jz 6b",
    "jmp 22b",
    ".size __rcc_memcmp, . - __rcc_memcmp",
    state = sym STATE,
    wide = const WIDE,
    wide_kernel = sym crate::string::avx512_cmp::memcmp,
    memcmp = sym crate::string::memcmp::memcmp,
);
