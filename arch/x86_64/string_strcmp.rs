//! The strcmp entry on the AVX-512 tier, in assembly: the first 32 bytes, then strings
//! that lie alike in 64-byte blocks (`a - b` a multiple of 64) and start at least 128
//! bytes before their page ends. Other strings go on in the Rust `strcmp_past32` (or
//! `avx512_strcmp::strcmp` near a page end; the other tiers in `strcmp::strcmp`). No C
//! counterpart. Why assembly, and the `__rcc_` names: see `string_entry.rs`.
//!
//! The long strings are done here too, not in the Rust loop: it must end in
//! `vzeroupper` and its calls took about 1 ns more than glibc's at every length from
//! 512 bytes (4 KiB: 38.5 ns against 37.4, best of 301 rounds in one process). The loop
//! addresses `b` by its own pointer, not as `a + (b - a)`: with the indexed memory
//! operands it ran 3% slower (16 KiB: 152-155 ns against 147-148).

use crate::string::avx2::{STATE, WIDE};

// The first 32 bytes when neither pointer is within 32 bytes of its page end (one
// 64-byte line up to the first `ret`). Then `rdi` walks `a`, `rsi` walks `b`: bytes
// 32..128 in a 32-byte and a 64-byte block, then 128-byte groups at `a`'s 128-byte
// boundaries, from the last one up to `a + 128`. A group's four 32-byte blocks are
// tested at once: the minimum of `a`'s blocks has a zero byte where `a` has a NUL, the
// differences are or-ed together; a group with a stop (NUL or difference) is resolved
// from the same registers. `a`'s groups never cross a page; `b`'s cross one in their
// middle when `a - b` is an odd multiple of 64: `ecx` counts `b`'s bytes to its page
// end, and before a group that crosses, `b`'s 64 bytes up to the page end are tested
// alone (the string may end there, with the next page unmapped).
core::arch::global_asm!(
    string_entry!("strcmp"),
    "cmp byte ptr [rip + {state}], {wide}",
    "jne 9f",
    "mov eax, edi",
    "or eax, esi",
    // The page offset, in the top 12 bits: above 0xfe0 means within 32 bytes of the end.
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
    "jz 1f",
    "tzcnt ecx, ecx",
    "movzx eax, byte ptr [rdi + rcx]",
    "movzx ecx, byte ptr [rsi + rcx]",
    "sub eax, ecx",
    "ret",
    "8:",
    "jmp {kernel}",
    "9:",
    "jmp {strcmp}",
    "10:",
    "jmp {past32}",
    // Past 32 bytes: alike, and 128 bytes from both page ends (eax still holds the or
    // of the page offsets, shifted)?
    "1:",
    "cmp eax, 0xf8000000",
    "ja 10b",
    "mov ecx, edi",
    "xor ecx, esi",
    "test cl, 63",
    "jnz 10b",
    "vmovdqu64 ymm16, ymmword ptr [rdi + 32]",
    "vptestmb k2, ymm16, ymm16",
    "vpcmpeqb k1 {{k2}}, ymm16, ymmword ptr [rsi + 32]",
    "kmovd eax, k1",
    "inc eax",
    "jnz 6f",
    "vmovdqu64 zmm16, zmmword ptr [rdi + 64]",
    "vptestmb k2, zmm16, zmm16",
    "vpcmpeqb k1 {{k2}}, zmm16, zmmword ptr [rsi + 64]",
    "kortestq k1, k1",
    "jnc 7f",
    // All of a..a+128 compared: on from a's last 128-byte boundary up to a + 128.
    "sub rsi, rdi",
    "add rdi, 128",
    "and rdi, -128",
    "add rsi, rdi",
    "mov ecx, esi",
    "neg ecx",
    "and ecx, 4095",
    "jmp 3f",
    ".p2align 4",
    "2:",
    "vmovdqa64 ymm16, ymmword ptr [rdi]",
    "vmovdqa64 ymm17, ymmword ptr [rdi + 32]",
    "vmovdqa64 ymm18, ymmword ptr [rdi + 64]",
    "vmovdqa64 ymm19, ymmword ptr [rdi + 96]",
    "vpminub ymm24, ymm16, ymm17",
    "vpminub ymm25, ymm18, ymm19",
    "vpminub ymm24, ymm24, ymm25",
    "vptestmb k1, ymm24, ymm24",
    "vpxorq ymm20, ymm16, ymmword ptr [rsi]",
    "vpxorq ymm21, ymm17, ymmword ptr [rsi + 32]",
    "vpxorq ymm22, ymm18, ymmword ptr [rsi + 64]",
    // 0xde = B | (A ^ C): ymm19 = ymm20 | (a's last block ^ b's); 0xfe = A | B | C.
    "vpternlogq ymm19, ymm20, ymmword ptr [rsi + 96], 0xde",
    "vpternlogq ymm19, ymm21, ymm22, 0xfe",
    // Bit set: no NUL and no difference at that byte of any block.
    "vptestnmb k0 {{k1}}, ymm19, ymm19",
    "kmovd eax, k0",
    "inc eax",
    "jnz 11f",
    "sub rdi, -128",
    "sub rsi, -128",
    "3:",
    "sub ecx, 128",
    "jae 2b",
    // Fewer than 128 bytes left in `b`'s page: 0 (`b` at a page start) or 64.
    "cmp ecx, -128",
    "jne 4f",
    "mov ecx, 4096",
    "jmp 3b",
    "4:",
    "vmovdqu64 zmm16, zmmword ptr [rdi]",
    "vptestmb k2, zmm16, zmm16",
    "vpcmpeqb k1 {{k2}}, zmm16, zmmword ptr [rsi]",
    "kortestq k1, k1",
    "jnc 5f",
    // (The group at rdi now crosses `b`'s page end; 4096 - 64 bytes are left after it.)
    "mov ecx, 4096 - 64",
    "jmp 2b",
    // The group at rdi holds a stop: each of its first three blocks from the registers
    // (a's bytes and the differences); if none has one, it is in the last block, where
    // eax (the group's mask plus one) has its first set bit.
    "11:",
    "vptestmb k1, ymm16, ymm16",
    "vptestnmb k0 {{k1}}, ymm20, ymm20",
    "kmovd ecx, k0",
    "inc ecx",
    "jnz 13f",
    "vptestmb k1, ymm17, ymm17",
    "vptestnmb k0 {{k1}}, ymm21, ymm21",
    "kmovd ecx, k0",
    "inc ecx",
    "jnz 12f",
    "vptestmb k1, ymm18, ymm18",
    "vptestnmb k0 {{k1}}, ymm22, ymm22",
    "kmovd ecx, k0",
    "inc ecx",
    "shl rax, 32",
    "or rax, rcx",
    "tzcnt rax, rax",
    "add eax, 64",
    "jmp 14f",
    "12:",
    "tzcnt eax, ecx",
    "add eax, 32",
    "jmp 14f",
    "13:",
    "tzcnt eax, ecx",
    "jmp 14f",
    // The stop is at the first set bit of eax, the 32-byte block's mask plus one (6),
    // or at the first clear bit of k1 in the 64 bytes at rdi + 64 (7) or rdi (5).
    "6:",
    "tzcnt eax, eax",
    "add eax, 32",
    "jmp 14f",
    "7:",
    "kmovq rax, k1",
    "not rax",
    "tzcnt rax, rax",
    "add eax, 64",
    "jmp 14f",
    "5:",
    "kmovq rax, k1",
    "not rax",
    "tzcnt rax, rax",
    // The difference of the bytes rax on from rdi and rsi.
    "14:",
    "movzx ecx, byte ptr [rsi + rax]",
    "movzx eax, byte ptr [rdi + rax]",
    "sub eax, ecx",
    "ret",
    ".size __rcc_strcmp, . - __rcc_strcmp",
    state = sym STATE,
    wide = const WIDE,
    kernel = sym crate::string::avx512_strcmp::strcmp,
    strcmp = sym crate::string::strcmp::strcmp,
    past32 = sym crate::string::avx512_strcmp::strcmp_past32,
);
