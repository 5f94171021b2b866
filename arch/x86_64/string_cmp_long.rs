//! memcmp above 256 bytes on the AVX-512 tier, in assembly (`__rcc_memcmp_long`, which
//! the memcmp entry in `string_entry.rs` jumps to). No C counterpart.
//!
//! Why assembly: the Rust loop (`avx2_mem::compare_long`) uses `ymm0`-`ymm15` and must
//! end in `vzeroupper`, and it took 1-1.5 ns more per call than glibc at every size
//! (320 bytes: 5.1 ns against 3.7; 4 KiB: 37.4 against 36.6, best of 41 rounds in one
//! process). This loop uses `ymm16`-`ymm19` only and takes 3.4 and 36.6.

// Groups of four 32-byte blocks: `rdi` walks `a`, `rsi` holds `b - a`. A group's
// differences are or-ed into ymm19 (0xde = B | (A ^ C) with the memory operand as C;
// 0xfe = A | B | C) and tested with one branch. The first group is at `a`; then groups
// at `a`'s 32-byte boundaries (only `b`'s loads can split cache lines), from the one in
// 97..=128 bytes on; the 1..=128 bytes left after the loop take one block, two, or a
// group ending at `n`. Pointers misaligned to each other from 1536 bytes up to 704 KiB
// go to `memcmp_shifted` (quicker there: 2 KiB at offsets 3 and 1, 23.0 ns against
// 24.6; 16 KiB 1.19x glibc against 1.00x; 640 KiB 1.02-1.05x against 0.99-1.03x),
// unless `a - b` is a multiple of 32: then no load here splits a line (2 KiB at offsets
// 1000 and 1032: 19.1 ns, against 22.1 in `memcmp_shifted`; glibc 19.1). From 704 KiB
// on (both strings past the 1 MiB L2 of Zen 4) this loop is quicker: 1 MiB 0.98x glibc
// shifted, 1.00x here. A group loads `b` and `a` alternately: with `b`'s four blocks
// loaded first, 1 MiB at offsets 3 and 1 took 6% longer (0.94x glibc).
core::arch::global_asm!(
    ".macro rcc_cmp_group",
    "vmovdqu64 ymm16, ymmword ptr [rsi + rdi]",
    "vpxorq ymm16, ymm16, ymmword ptr [rdi]",
    "vmovdqu64 ymm17, ymmword ptr [rsi + rdi + 32]",
    "vpxorq ymm17, ymm17, ymmword ptr [rdi + 32]",
    "vmovdqu64 ymm18, ymmword ptr [rsi + rdi + 64]",
    "vpxorq ymm18, ymm18, ymmword ptr [rdi + 64]",
    "vmovdqu64 ymm19, ymmword ptr [rsi + rdi + 96]",
    "vpternlogq ymm19, ymm16, ymmword ptr [rdi + 96], 0xde",
    "vpternlogq ymm19, ymm17, ymm18, 0xfe",
    "vptestmb k1, ymm19, ymm19",
    "kmovd eax, k1",
    "test eax, eax",
    ".endm",
    string_part!("memcmp_long"),
    "mov eax, edi",
    "xor eax, esi",
    "test al, 31",
    "jz 1f",
    "cmp rdx, 1536",
    "jb 1f",
    "cmp rdx, 720896",
    "jb {shifted}",
    "1:",
    "sub rsi, rdi",
    "rcc_cmp_group",
    "jnz 8f",
    // rdx: `a`'s last group, at n - 128; rdi: the first boundary after a + 96.
    "lea rdx, [rdi + rdx - 128]",
    "sub rdi, -128",
    "and rdi, -32",
    // (n > 256, so rdi < rdx: the loop runs at least once.)
    ".p2align 4",
    "2:",
    "rcc_cmp_group",
    "jnz 8f",
    "sub rdi, -128",
    "cmp rdi, rdx",
    "jb 2b",
    // rcx = rdi - rdx = 128 - the bytes left (1..=128).
    "mov rcx, rdi",
    "sub rcx, rdx",
    "cmp ecx, 64",
    "jae 5f",
    "mov rdi, rdx",
    "rcc_cmp_group",
    "jnz 8f",
    "ret",
    // At most 64 left: the two blocks ending at n, or only the last.
    "5:",
    "lea rdi, [rdx + 64]",
    "cmp ecx, 96",
    "jae 6f",
    "vmovdqu64 ymm16, ymmword ptr [rsi + rdi]",
    "vmovdqu64 ymm17, ymmword ptr [rsi + rdi + 32]",
    "vpxorq ymm16, ymm16, ymmword ptr [rdi]",
    "vpternlogq ymm17, ymm16, ymmword ptr [rdi + 32], 0xde",
    "vptestmb k1, ymm17, ymm17",
    "kmovd eax, k1",
    "test eax, eax",
    "jnz 8f",
    "ret",
    "6:",
    "add rdi, 32",
    "vmovdqu64 ymm16, ymmword ptr [rsi + rdi]",
    "vpcmpneqb k1, ymm16, ymmword ptr [rdi]",
    "kmovd eax, k1",
    "tzcnt eax, eax",
    "jnc 10f",
    "xor eax, eax",
    "ret",
    // The 128 bytes at rdi hold a difference: its first 64, then the next 64.
    "8:",
    "vmovdqu64 zmm16, zmmword ptr [rsi + rdi]",
    "vpcmpneqb k1, zmm16, zmmword ptr [rdi]",
    "kmovq rax, k1",
    "test rax, rax",
    "jnz 9f",
    "add rdi, 64",
    "vmovdqu64 zmm16, zmmword ptr [rsi + rdi]",
    "vpcmpneqb k1, zmm16, zmmword ptr [rdi]",
    "kmovq rax, k1",
    "9:",
    "tzcnt rax, rax",
    // The difference of the bytes at rdi + rax in `a` and in `b`.
    "10:",
    "add rdi, rax",
    "movzx eax, byte ptr [rdi]",
    "movzx ecx, byte ptr [rsi + rdi]",
    "sub eax, ecx",
    "ret",
    ".size __rcc_memcmp_long, . - __rcc_memcmp_long",
    ".purgem rcc_cmp_group",
    shifted = sym crate::string::avx512_shift::memcmp_shifted,
);
