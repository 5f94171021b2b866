//! The entries of memcpy, memmove and memset, in assembly: up to 32 bytes with general
//! and SSE registers (every tier), 33 to 512 on the AVX-512 tier with `ymm16`-`ymm31` or
//! `zmm16`-`zmm23`; longer inputs, and the other tiers above 32 bytes, jump to the Rust
//! functions. See `string_entry.rs` for why assembly and how the C names are defined.
//!
//! memcpy and memmove load every byte before storing any up to 512 bytes, so both are
//! right for overlapping ranges there; memmove keeps to 32-byte stores, as 64-byte ones
//! that split cache lines forward badly to loads of the same bytes soon after (the
//! benchmark's `memmove(d + 64, d, n)` took 6 ns instead of 2.5 at 128 bytes).
//!
//! No masked stores (`vmovdqu8 [rdi]{k1}`), though one would copy any size to 64 bytes
//! without a test: a load of bytes that one had just written waited for it (a 16-byte
//! copy followed by a read of its first 8 bytes took 5.7 ns against 2.5).

use crate::string::avx2::{STATE, WIDE};

/// The assembler lines that copy `16 <= rdx <= 32` bytes from `rsi` to `rdi` (both loads
/// first) and return (`rax` already holds the result).
macro_rules! copy_16_to_32 {
    () => {
        concat!(
            "movups xmm0, xmmword ptr [rsi]\n",
            "movups xmm1, xmmword ptr [rsi + rdx - 16]\n",
            "movups xmmword ptr [rdi], xmm0\n",
            "movups xmmword ptr [rdi + rdx - 16], xmm1\n",
            "ret\n",
        )
    };
}

/// The assembler lines that copy `rdx < 16` bytes from `rsi` to `rdi` (all loads first)
/// and return. Each size test jumps away when true, so that 0 to 3 bytes take no jump.
macro_rules! copy_under_16 {
    () => {
        concat!(
            "cmp edx, 8\n",
            "jae 11f\n",
            "cmp edx, 4\n",
            "jae 12f\n",
            // 0 to 3: the last byte, and the first two when there are two.
            "test edx, edx\n",
            "jz 6f\n",
            "movzx r8d, byte ptr [rsi + rdx - 1]\n",
            "cmp edx, 2\n",
            "jb 5f\n",
            "movzx ecx, word ptr [rsi]\n",
            "mov word ptr [rdi], cx\n",
            "5:\n",
            "mov byte ptr [rdi + rdx - 1], r8b\n",
            "6:\n",
            "ret\n",
            "11:\n",
            "mov rcx, qword ptr [rsi]\n",
            "mov rsi, qword ptr [rsi + rdx - 8]\n",
            "mov qword ptr [rdi], rcx\n",
            "mov qword ptr [rdi + rdx - 8], rsi\n",
            "ret\n",
            "12:\n",
            "mov ecx, dword ptr [rsi]\n",
            "mov esi, dword ptr [rsi + rdx - 4]\n",
            "mov dword ptr [rdi], ecx\n",
            "mov dword ptr [rdi + rdx - 4], esi\n",
            "ret\n",
        )
    };
}

/// The assembler lines that copy `32 < rdx <= 64` bytes from `rsi` to `rdi` in two
/// 32-byte blocks (both loads first) and return.
macro_rules! copy_upto_64 {
    () => {
        concat!(
            "vmovdqu64 ymm16, ymmword ptr [rsi]\n",
            "vmovdqu64 ymm17, ymmword ptr [rsi + rdx - 32]\n",
            "vmovdqu64 ymmword ptr [rdi], ymm16\n",
            "vmovdqu64 ymmword ptr [rdi + rdx - 32], ymm17\n",
            "ret\n",
        )
    };
}

/// The assembler lines that copy `128 < rdx <= 256` bytes from `rsi` to `rdi` in eight
/// 32-byte blocks (all loads first) and return; `ymm16` already holds the first 32.
macro_rules! copy_upto_256_by_32 {
    () => {
        concat!(
            "vmovdqu64 ymm17, ymmword ptr [rsi + 32]\n",
            "vmovdqu64 ymm18, ymmword ptr [rsi + 64]\n",
            "vmovdqu64 ymm19, ymmword ptr [rsi + 96]\n",
            "vmovdqu64 ymm20, ymmword ptr [rsi + rdx - 128]\n",
            "vmovdqu64 ymm21, ymmword ptr [rsi + rdx - 96]\n",
            "vmovdqu64 ymm22, ymmword ptr [rsi + rdx - 64]\n",
            "vmovdqu64 ymm23, ymmword ptr [rsi + rdx - 32]\n",
            "vmovdqu64 ymmword ptr [rdi], ymm16\n",
            "vmovdqu64 ymmword ptr [rdi + 32], ymm17\n",
            "vmovdqu64 ymmword ptr [rdi + 64], ymm18\n",
            "vmovdqu64 ymmword ptr [rdi + 96], ymm19\n",
            "vmovdqu64 ymmword ptr [rdi + rdx - 128], ymm20\n",
            "vmovdqu64 ymmword ptr [rdi + rdx - 96], ymm21\n",
            "vmovdqu64 ymmword ptr [rdi + rdx - 64], ymm22\n",
            "vmovdqu64 ymmword ptr [rdi + rdx - 32], ymm23\n",
            "ret\n",
        )
    };
}

// memcpy: 33 to 64 bytes in two 32-byte blocks, to 128 in two 64-byte blocks, to 256 in
// four (head and tail overlapping). The order of the tests and of the code is measured:
// above 32 bytes the tests fall through to the 33-128 code, and only 129-256 jump once
// (256 bytes took 11 cycles per call this way, 12 with 16-32 in between); below 16
// bytes one jump and then tests that jump when true (1 byte took 4.3 ns with a ladder
// of jumps, 2.7 this way).
core::arch::global_asm!(
    string_entry!("memcpy"),
    "mov rax, rdi",
    "cmp rdx, 16",
    "jb 21f",
    "cmp rdx, 32",
    "jbe 20f",
    "cmp byte ptr [rip + {state}], {wide}",
    "jne 9f",
    "cmp rdx, 128",
    "ja 8f",
    "cmp rdx, 64",
    "ja 7f",
    copy_upto_64!(),
    "7:",
    "vmovdqu64 zmm16, zmmword ptr [rsi]",
    "vmovdqu64 zmm17, zmmword ptr [rsi + rdx - 64]",
    "vmovdqu64 zmmword ptr [rdi], zmm16",
    "vmovdqu64 zmmword ptr [rdi + rdx - 64], zmm17",
    "ret",
    "8:",
    "cmp rdx, 256",
    "ja 30f",
    "vmovdqu64 zmm16, zmmword ptr [rsi]",
    // Both pointers at a line start: 64-byte blocks; else 32-byte ones (fewer split
    // lines: 256 bytes at offsets 1 and 3 took 3.7 ns against 3.9).
    "mov ecx, edi",
    "or ecx, esi",
    "test cl, 63",
    "jnz 6f",
    "vmovdqu64 zmm17, zmmword ptr [rsi + 64]",
    "vmovdqu64 zmm18, zmmword ptr [rsi + rdx - 128]",
    "vmovdqu64 zmm19, zmmword ptr [rsi + rdx - 64]",
    "vmovdqu64 zmmword ptr [rdi], zmm16",
    "vmovdqu64 zmmword ptr [rdi + 64], zmm17",
    "vmovdqu64 zmmword ptr [rdi + rdx - 128], zmm18",
    "vmovdqu64 zmmword ptr [rdi + rdx - 64], zmm19",
    "ret",
    "6:",
    copy_upto_256_by_32!(),
    "20:",
    copy_16_to_32!(),
    "21:",
    copy_under_16!(),
    "9:",
    "jmp {memcpy}",
    // 257 to 512: eight 64-byte blocks, head and tail (512 bytes: 0.68-0.93x glibc from
    // the Rust function, 0.99-1.04x this way).
    "30:",
    "cmp rdx, 512",
    "ja 9b",
    "vmovdqu64 zmm16, zmmword ptr [rsi]",
    "vmovdqu64 zmm17, zmmword ptr [rsi + 64]",
    "vmovdqu64 zmm18, zmmword ptr [rsi + 128]",
    "vmovdqu64 zmm19, zmmword ptr [rsi + 192]",
    "vmovdqu64 zmm20, zmmword ptr [rsi + rdx - 256]",
    "vmovdqu64 zmm21, zmmword ptr [rsi + rdx - 192]",
    "vmovdqu64 zmm22, zmmword ptr [rsi + rdx - 128]",
    "vmovdqu64 zmm23, zmmword ptr [rsi + rdx - 64]",
    "vmovdqu64 zmmword ptr [rdi], zmm16",
    "vmovdqu64 zmmword ptr [rdi + 64], zmm17",
    "vmovdqu64 zmmword ptr [rdi + 128], zmm18",
    "vmovdqu64 zmmword ptr [rdi + 192], zmm19",
    "vmovdqu64 zmmword ptr [rdi + rdx - 256], zmm20",
    "vmovdqu64 zmmword ptr [rdi + rdx - 192], zmm21",
    "vmovdqu64 zmmword ptr [rdi + rdx - 128], zmm22",
    "vmovdqu64 zmmword ptr [rdi + rdx - 64], zmm23",
    "ret",
    ".size __rcc_memcpy, . - __rcc_memcpy",
    state = sym STATE,
    wide = const WIDE,
    memcpy = sym crate::string::memcpy::memcpy,
);

// memmove: as memcpy, with 32-byte blocks only (two, four or eight).
core::arch::global_asm!(
    string_entry!("memmove"),
    "mov rax, rdi",
    "cmp rdx, 16",
    "jb 21f",
    "cmp rdx, 32",
    "jbe 20f",
    "cmp byte ptr [rip + {state}], {wide}",
    "jne 9f",
    "cmp rdx, 128",
    "ja 8f",
    "cmp rdx, 64",
    "ja 7f",
    copy_upto_64!(),
    "7:",
    "vmovdqu64 ymm16, ymmword ptr [rsi]",
    "vmovdqu64 ymm17, ymmword ptr [rsi + 32]",
    "vmovdqu64 ymm18, ymmword ptr [rsi + rdx - 64]",
    "vmovdqu64 ymm19, ymmword ptr [rsi + rdx - 32]",
    "vmovdqu64 ymmword ptr [rdi], ymm16",
    "vmovdqu64 ymmword ptr [rdi + 32], ymm17",
    "vmovdqu64 ymmword ptr [rdi + rdx - 64], ymm18",
    "vmovdqu64 ymmword ptr [rdi + rdx - 32], ymm19",
    "ret",
    "8:",
    "cmp rdx, 256",
    "ja 30f",
    "vmovdqu64 ymm16, ymmword ptr [rsi]",
    copy_upto_256_by_32!(),
    "20:",
    copy_16_to_32!(),
    "21:",
    copy_under_16!(),
    "9:",
    "jmp {memmove}",
    // 257 to 512: sixteen 32-byte blocks, head and tail, in ymm16-ymm31 (512 bytes
    // aligned: 0.59-0.91x glibc from the Rust function, 0.99-1.03x this way).
    "30:",
    "cmp rdx, 512",
    "ja 9b",
    "vmovdqu64 ymm16, ymmword ptr [rsi]",
    "vmovdqu64 ymm17, ymmword ptr [rsi + 32]",
    "vmovdqu64 ymm18, ymmword ptr [rsi + 64]",
    "vmovdqu64 ymm19, ymmword ptr [rsi + 96]",
    "vmovdqu64 ymm20, ymmword ptr [rsi + 128]",
    "vmovdqu64 ymm21, ymmword ptr [rsi + 160]",
    "vmovdqu64 ymm22, ymmword ptr [rsi + 192]",
    "vmovdqu64 ymm23, ymmword ptr [rsi + 224]",
    "vmovdqu64 ymm24, ymmword ptr [rsi + rdx - 256]",
    "vmovdqu64 ymm25, ymmword ptr [rsi + rdx - 224]",
    "vmovdqu64 ymm26, ymmword ptr [rsi + rdx - 192]",
    "vmovdqu64 ymm27, ymmword ptr [rsi + rdx - 160]",
    "vmovdqu64 ymm28, ymmword ptr [rsi + rdx - 128]",
    "vmovdqu64 ymm29, ymmword ptr [rsi + rdx - 96]",
    "vmovdqu64 ymm30, ymmword ptr [rsi + rdx - 64]",
    "vmovdqu64 ymm31, ymmword ptr [rsi + rdx - 32]",
    "vmovdqu64 ymmword ptr [rdi], ymm16",
    "vmovdqu64 ymmword ptr [rdi + 32], ymm17",
    "vmovdqu64 ymmword ptr [rdi + 64], ymm18",
    "vmovdqu64 ymmword ptr [rdi + 96], ymm19",
    "vmovdqu64 ymmword ptr [rdi + 128], ymm20",
    "vmovdqu64 ymmword ptr [rdi + 160], ymm21",
    "vmovdqu64 ymmword ptr [rdi + 192], ymm22",
    "vmovdqu64 ymmword ptr [rdi + 224], ymm23",
    "vmovdqu64 ymmword ptr [rdi + rdx - 256], ymm24",
    "vmovdqu64 ymmword ptr [rdi + rdx - 224], ymm25",
    "vmovdqu64 ymmword ptr [rdi + rdx - 192], ymm26",
    "vmovdqu64 ymmword ptr [rdi + rdx - 160], ymm27",
    "vmovdqu64 ymmword ptr [rdi + rdx - 128], ymm28",
    "vmovdqu64 ymmword ptr [rdi + rdx - 96], ymm29",
    "vmovdqu64 ymmword ptr [rdi + rdx - 64], ymm30",
    "vmovdqu64 ymmword ptr [rdi + rdx - 32], ymm31",
    "ret",
    ".size __rcc_memmove, . - __rcc_memmove",
    state = sym STATE,
    wide = const WIDE,
    memmove = sym crate::string::memmove::memmove,
);

// memset: up to 32 bytes from `c` repeated in a general register; 33 to 64 in two
// 32-byte stores, to 128 in two 64-byte ones, to 256 in four, to 512 in eight
// (ascending: stores that split cache lines went faster filling the lines in order).
core::arch::global_asm!(
    string_entry!("memset"),
    "mov rax, rdi",
    "cmp rdx, 32",
    "ja 3f",
    "movzx ecx, sil",
    "mov r8, 0x0101010101010101",
    "imul rcx, r8",
    "cmp edx, 16",
    "jb 1f",
    "movq xmm0, rcx",
    "punpcklqdq xmm0, xmm0",
    "movups xmmword ptr [rdi], xmm0",
    "movups xmmword ptr [rdi + rdx - 16], xmm0",
    "ret",
    "1:",
    "cmp edx, 8",
    "jb 2f",
    "mov qword ptr [rdi], rcx",
    "mov qword ptr [rdi + rdx - 8], rcx",
    "ret",
    "2:",
    "cmp edx, 4",
    "jb 4f",
    "mov dword ptr [rdi], ecx",
    "mov dword ptr [rdi + rdx - 4], ecx",
    "ret",
    // 0 to 3: the first two bytes when there are two, and the last.
    "4:",
    "test edx, edx",
    "jz 6f",
    "cmp edx, 2",
    "jb 5f",
    "mov word ptr [rdi], cx",
    "5:",
    "mov byte ptr [rdi + rdx - 1], cl",
    "6:",
    "ret",
    "3:",
    "cmp byte ptr [rip + {state}], {wide}",
    "jne 9f",
    "vpbroadcastb zmm16, esi",
    "cmp rdx, 128",
    "ja 8f",
    "cmp rdx, 64",
    "ja 7f",
    "vmovdqu64 ymmword ptr [rdi], ymm16",
    "vmovdqu64 ymmword ptr [rdi + rdx - 32], ymm16",
    "ret",
    "7:",
    "vmovdqu64 zmmword ptr [rdi], zmm16",
    "vmovdqu64 zmmword ptr [rdi + rdx - 64], zmm16",
    "ret",
    "8:",
    "cmp rdx, 256",
    "ja 10f",
    "vmovdqu64 zmmword ptr [rdi], zmm16",
    "vmovdqu64 zmmword ptr [rdi + 64], zmm16",
    "vmovdqu64 zmmword ptr [rdi + rdx - 128], zmm16",
    "vmovdqu64 zmmword ptr [rdi + rdx - 64], zmm16",
    "ret",
    "9:",
    "jmp {memset}",
    // 257 to 512: eight (512 bytes: 0.86x glibc from the Rust function, 1.00x this way).
    // After the jump above, which the tier test reaches with a 2-byte jump: a 6-byte
    // one moved the 256-byte path by 4 bytes and made it 1 cycle slower.
    "10:",
    "cmp rdx, 512",
    "ja 9b",
    "vmovdqu64 zmmword ptr [rdi], zmm16",
    "vmovdqu64 zmmword ptr [rdi + 64], zmm16",
    "vmovdqu64 zmmword ptr [rdi + 128], zmm16",
    "vmovdqu64 zmmword ptr [rdi + 192], zmm16",
    "vmovdqu64 zmmword ptr [rdi + rdx - 256], zmm16",
    "vmovdqu64 zmmword ptr [rdi + rdx - 192], zmm16",
    "vmovdqu64 zmmword ptr [rdi + rdx - 128], zmm16",
    "vmovdqu64 zmmword ptr [rdi + rdx - 64], zmm16",
    "ret",
    ".size __rcc_memset, . - __rcc_memset",
    state = sym STATE,
    wide = const WIDE,
    memset = sym crate::string::memset::memset,
);
