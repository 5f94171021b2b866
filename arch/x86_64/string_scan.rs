//! The AVX-512 tier's assembly entries of strlen, strchr and memchr: see
//! `string_entry.rs` for why they are in assembly and how they are exported.

use crate::string::avx2::{STATE, WIDE};

// strlen: on the AVX-512 tier, the aligned 64-byte block holding `s` (it never crosses a
// page), NULs before `s` shifted out; if there is none from `s` to the block's end, the
// kernel goes on from the next block.
core::arch::global_asm!(
    string_entry!("strlen"),
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
    string_entry!("strchr"),
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
    string_entry!("memchr"),
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
