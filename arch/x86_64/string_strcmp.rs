//! The strcmp entry on the AVX-512 tier, in assembly: the first 32 bytes, then strings
//! that start at least 128 bytes before their page ends. Other strings go on in the Rust
//! `strcmp_past32` (or `avx512_strcmp::strcmp` near a page end; the other tiers in
//! `strcmp::strcmp`). No C counterpart. Why assembly, and the `__rcc_` names: see
//! `string_entry.rs`.
//!
//! The long strings are done here too, not in the Rust loops: they must end in
//! `vzeroupper`, and their calls took about 1 ns more than glibc's at every length from
//! 512 bytes (4 KiB: 38.5 ns against 37.4, best of 301 rounds in one process). Strings
//! misaligned to each other at 512 bytes: 9.9-10.0 ns from the Rust kernel, 8.2-8.5
//! here, glibc 7.7-7.8; at 4 KiB 42-45, 44-45 here, glibc 49; `a - b` an odd multiple
//! of 32: 4 KiB 44 from the Rust kernel, 39 here and in glibc. The loops address `b` by
//! its own pointer, not as `a + (b - a)`: with the indexed memory operands they ran 3%
//! slower (16 KiB: 152-155 ns against 147-148).

use crate::string::avx2::{STATE, WIDE};

// The first 32 bytes when neither pointer is within 32 bytes of its page end (one
// 64-byte line up to the first `ret`). Then `rdi` walks `a`, `rsi` walks `b`, in 128-byte
// groups: four 32-byte blocks tested at once (`rcc_cmp_group`: the minimum of `a`'s
// blocks has a zero byte where `a` has a NUL, the differences are or-ed together), and a
// group with a stop (NUL or difference) is resolved from the same registers. First bytes
// 32..128 in a 32-byte and a 64-byte block, then (strings misaligned to each other) the
// group at 128, then groups at `a`'s 128-byte boundaries, from the last one within the
// bytes compared: `a`'s groups never cross a page, `b`'s may: `rcx` counts `b`'s bytes to
// its page end, and before a group that crosses it those bytes are tested alone, in up
// to two blocks of 64 (the string may end there, the next page unmapped).
core::arch::global_asm!(
    // With `alt`, `a`'s and `b`'s blocks are loaded alternately (for the loop past 704
    // KiB below).
    ".macro rcc_cmp_group load, alt=0, dir=f",
    ".if \\alt",
    "\\load ymm16, ymmword ptr [rdi]",
    "vpxorq ymm20, ymm16, ymmword ptr [rsi]",
    "\\load ymm17, ymmword ptr [rdi + 32]",
    "vpxorq ymm21, ymm17, ymmword ptr [rsi + 32]",
    "\\load ymm18, ymmword ptr [rdi + 64]",
    "vpxorq ymm22, ymm18, ymmword ptr [rsi + 64]",
    "\\load ymm19, ymmword ptr [rdi + 96]",
    ".else",
    "\\load ymm16, ymmword ptr [rdi]",
    "\\load ymm17, ymmword ptr [rdi + 32]",
    "\\load ymm18, ymmword ptr [rdi + 64]",
    "\\load ymm19, ymmword ptr [rdi + 96]",
    ".endif",
    "vpminub ymm24, ymm16, ymm17",
    "vpminub ymm25, ymm18, ymm19",
    "vpminub ymm24, ymm24, ymm25",
    "vptestmb k1, ymm24, ymm24",
    ".ifeq \\alt",
    "vpxorq ymm20, ymm16, ymmword ptr [rsi]",
    "vpxorq ymm21, ymm17, ymmword ptr [rsi + 32]",
    "vpxorq ymm22, ymm18, ymmword ptr [rsi + 64]",
    ".endif",
    // 0xde = B | (A ^ C): ymm19 = ymm20 | (a's last block ^ b's); 0xfe = A | B | C.
    "vpternlogq ymm19, ymm20, ymmword ptr [rsi + 96], 0xde",
    "vpternlogq ymm19, ymm21, ymm22, 0xfe",
    // Bit set: no NUL and no difference at that byte of any block.
    "vptestnmb k0 {{k1}}, ymm19, ymm19",
    "kmovd eax, k0",
    "inc eax",
    "jnz 11\\dir",
    ".endm",
    // `b`'s page ends within the group at rdi (or at rsi, rcx = -128): its 64 bytes up to
    // that end, alone (those before rsi were compared already), after the 64 at rsi when
    // those end before them; no stop: the string goes on into the next page, and rcx
    // counts to that page's end. (Without the test at rsi, a stop in the bytes before the
    // last 64 was missed and a NUL after it reported: strings misaligned to each other,
    // `b`'s page ending 65 to 127 bytes into a group.)
    ".macro rcc_cmp_page_end dir=f",
    "cmp rcx, -128",
    "je 27f",
    // More than 64 bytes of `b` left in its page: first the 64 at rsi, which the bytes up
    // to the page end below do not start at (a stop among them comes first).
    "cmp rcx, -64",
    "jle 28f",
    "vmovdqu64 zmm16, zmmword ptr [rdi]",
    "vptestmb k2, zmm16, zmm16",
    "vpcmpeqb k1 {{k2}}, zmm16, zmmword ptr [rsi]",
    "kortestq k1, k1",
    "jnc 29\\dir",
    "28:",
    "vmovdqu64 zmm16, zmmword ptr [rdi + rcx + 64]",
    "vptestmb k2, zmm16, zmm16",
    "vpcmpeqb k1 {{k2}}, zmm16, zmmword ptr [rsi + rcx + 64]",
    "kortestq k1, k1",
    "jnc 24\\dir",
    "27:",
    "add rcx, 4096",
    ".endm",
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
    // Past 32 bytes (eax still holds the or of the page offsets, shifted): 128 bytes
    // from both page ends?
    "1:",
    "cmp eax, 0xf8000000",
    "ja 10b",
    "mov r8d, eax",
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
    "mov ecx, edi",
    "xor ecx, esi",
    "test cl, 63",
    "jnz 20f",
    // All of a..a+128 compared: on from a's last 128-byte boundary up to a + 128.
    "sub rsi, rdi",
    "add rdi, 128",
    "and rdi, -128",
    "add rsi, rdi",
    "mov ecx, esi",
    "neg ecx",
    "and ecx, 4095",
    // (The loop's test comes first on entry too, so that the first group is reached
    // without a jump.)
    "3:",
    "sub rcx, 128",
    "jb 4f",
    ".p2align 4",
    "2:",
    "rcc_cmp_group vmovdqa64",
    "sub rdi, -128",
    "sub rsi, -128",
    "sub rcx, 128",
    "jae 2b",
    "4:",
    "rcc_cmp_page_end",
    "jmp 2b",
    // Misaligned to each other: the group at 128, unaligned, when both have 256 bytes
    // left in their pages; then on from a's last 128-byte boundary within the bytes
    // compared, in the loop above when `a - b` is an odd multiple of 32 (`b`'s 32-byte
    // blocks aligned too), else with `b`'s aligned 64-byte blocks (rdx walks them, zmm31
    // holds the one at rdx) shifted into line (zmm30: the byte indexes r..r+63 into a
    // pair of blocks, r = `b`'s offset in its block). No load splits a cache line; `b`'s
    // blocks lie within the 64-byte blocks that hold bytes of the group, so the same page
    // test serves.
    "20:",
    "cmp r8d, 0xf0000000",
    "ja 21f",
    "sub rdi, -128",
    "sub rsi, -128",
    "rcc_cmp_group vmovdqu64",
    "21:",
    "sub rsi, rdi",
    "sub rdi, -128",
    "and rdi, -128",
    "add rsi, rdi",
    "mov ecx, esi",
    "neg ecx",
    "and ecx, 4095",
    "mov eax, esi",
    "and eax, 63",
    "cmp eax, 32",
    "je 3b",
    "mov r9d, 176",
    "vpbroadcastb zmm30, eax",
    "vpaddb zmm30, zmm30, zmmword ptr [rip + {iota}]",
    "mov rdx, rsi",
    "and rdx, -64",
    "vmovdqa64 zmm31, zmmword ptr [rdx]",
    "sub rcx, 128",
    "jb 23f",
    ".p2align 4",
    "22:",
    "vmovdqa64 zmm17, zmmword ptr [rdx + 64]",
    "vmovdqa64 zmm18, zmmword ptr [rdx + 128]",
    "vmovdqa64 zmm20, zmmword ptr [rdi]",
    "vmovdqa64 zmm21, zmmword ptr [rdi + 64]",
    // zmm31: `b`'s 64 bytes at rsi; zmm17: at rsi + 64.
    "vpermt2b zmm31, zmm30, zmm17",
    "vpermt2b zmm17, zmm30, zmm18",
    "vpminub zmm22, zmm20, zmm21",
    "vptestmb k1, zmm22, zmm22",
    "vpxorq zmm23, zmm20, zmm31",
    // 0xde = B | (A ^ C): zmm21 = zmm23 | (a's second block ^ b's).
    "vpternlogq zmm21, zmm23, zmm17, 0xde",
    "vptestnmb k0 {{k1}}, zmm21, zmm21",
    "kmovq rax, k0",
    "inc rax",
    "jnz 25f",
    "vmovdqa64 zmm31, zmm18",
    "sub rdi, -128",
    "sub rsi, -128",
    "sub rdx, -128",
    "sub rcx, 128",
    "jae 22b",
    "23:",
    "rcc_cmp_page_end",
    "dec r9d",
    "jnz 22b",
    "jmp 52f",
    // The group holds a stop: in its first block (a's bytes zmm20, differences zmm23),
    // else at the first set bit of rax (the group's mask plus one) in the second.
    "25:",
    "vptestmb k1, zmm20, zmm20",
    "vptestnmb k0 {{k1}}, zmm23, zmm23",
    "kmovq rcx, k0",
    "inc rcx",
    "jz 26f",
    "tzcnt rax, rcx",
    "jmp 14f",
    "26:",
    "tzcnt rax, rax",
    "add rax, 64",
    "jmp 14f",
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
    // or at the first clear bit of k1 in the 64 bytes at rdi + 64 (7), at rdi + rcx + 64
    // (24: those up to `b`'s page end) or at rdi (29).
    "6:",
    "tzcnt eax, eax",
    "add eax, 32",
    "jmp 14f",
    "29:",
    "mov rcx, -64",
    "jmp 24f",
    "7:",
    "xor ecx, ecx",
    "24:",
    "kmovq rax, k1",
    "not rax",
    "tzcnt rax, rax",
    "lea rax, [rax + rcx + 64]",
    // The difference of the bytes rax on from rdi and rsi.
    "14:",
    "movzx ecx, byte ptr [rsi + rax]",
    "movzx eax, byte ptr [rdi + rax]",
    "sub eax, ecx",
    "ret",
    // Past 176 of `b`'s page ends (704 KiB or more), groups of plain loads, `a`'s and
    // `b`'s alternately: 1 MiB at offsets 3 and 1 0.98-0.99x glibc in the shifted loop,
    // 1.00x here (this one at 4 KiB: 0.98x, against 1.08x). Placed last, so that the
    // code above keeps its place (256 bytes alike took 0.2 ns longer with it earlier).
    ".p2align 4",
    "52:",
    "rcc_cmp_group vmovdqa64, 1, b",
    "sub rdi, -128",
    "sub rsi, -128",
    "sub rcx, 128",
    "jae 52b",
    "rcc_cmp_page_end b",
    "jmp 52b",
    ".size __rcc_strcmp, . - __rcc_strcmp",
    ".purgem rcc_cmp_group",
    ".purgem rcc_cmp_page_end",
    state = sym STATE,
    wide = const WIDE,
    kernel = sym crate::string::avx512_strcmp::strcmp,
    strcmp = sym crate::string::strcmp::strcmp,
    past32 = sym crate::string::avx512_strcmp::strcmp_past32,
    iota = sym crate::string::avx512_shift::IOTA,
);
