//! The AVX-512 tier's assembly entries of strlen, strchr and strrchr (memchr's is in
//! `string_memchr.rs`): see `string_entry.rs` for why they are in assembly and how they
//! are exported.

use crate::string::avx2::{STATE, WIDE};

/// The assembler lines that load the 64 bytes at `rdi` into zmm16 when they lie in its
/// page; else they go on at label `7` (the aligned block holding `rdi`, which never
/// crosses a page, and a shift).
macro_rules! load_first_64 {
    () => {
        concat!(
            "mov eax, edi\n",
            "and eax, 4095\n",
            "cmp eax, 4096 - 64\n",
            "ja 7f\n",
            "vmovdqu64 zmm16, zmmword ptr [rdi]\n",
        )
    };
}

// strlen: on the AVX-512 tier, the 64 bytes at `s` (unaligned) when they lie in its page,
// else the aligned block holding `s`, NULs before `s` shifted out. (Strings of 8-16 bytes
// across a 64-byte boundary took two aligned blocks: 0.74-0.77x glibc, 1.07x this way;
// 256 bytes at offset 1 one cycle slower, 3.79 ns against 3.63.) If there is no NUL
// there: the next four aligned blocks one at a time, then aligned 256-byte groups (each
// within a page), all into zmm16-21. (Reaching the groups' alignment by a block and a
// pair, as before, left 100 bytes at 192 past a 256-byte boundary to a group: 4.8 ns
// against 2.7 this way, glibc 2.5. A fourth single block: 256 bytes at offset 1 3.79 ->
// 2.95 ns, glibc 3.65; 4 KiB 1-2% slower.)
// (Against the Rust loop, which must end in `vzeroupper`: 99 bytes at offset 0 took
// 1.6 ns against 2.4, glibc 2.4; 4 KiB 19.3 against 19.5, glibc 23.0; masks are tested
// through a general register, as `kortestq` in the loop made it slower.)
core::arch::global_asm!(
    string_entry!("strlen"),
    "cmp byte ptr [rip + {state}], {wide}",
    "jne 9f",
    load_first_64!(),
    "vptestnmb k0, zmm16, zmm16",
    "kmovq rax, k0",
    // No bit: CF set.
    "tzcnt rax, rax",
    "jc 1f",
    "ret",
    "9:",
    "jmp {strlen}",
    // Within 64 bytes of the page end: the aligned block holding `s`.
    "7:",
    "mov rcx, rdi",
    "and rcx, -64",
    "vmovdqa64 zmm16, zmmword ptr [rcx]",
    "vptestnmb k0, zmm16, zmm16",
    "kmovq rax, k0",
    // A 64-bit shift counts modulo 64: by `s`'s offset in the block.
    "shrx rax, rax, rdi",
    "tzcnt rax, rax",
    "jc 1f",
    "ret",
    // The NUL is at rax in the block at rcx + 64, 128, 192 or 256 (here, so that the
    // jumps below are short).
    "71:",
    "lea rax, [rcx + rax + 64]",
    "sub rax, rdi",
    "ret",
    "72:",
    "lea rax, [rcx + rax + 128]",
    "sub rax, rdi",
    "ret",
    "73:",
    "lea rax, [rcx + rax + 192]",
    "sub rax, rdi",
    "ret",
    "74:",
    "lea rax, [rcx + rax + 256]",
    "sub rax, rdi",
    "ret",
    // The four aligned blocks after the one holding `s`, one at a time (the first may
    // start before s + 64: those bytes hold no NUL), so a short string ends in one of
    // them.
    "1:",
    "mov rcx, rdi",
    "and rcx, -64",
    "vmovdqa64 zmm16, zmmword ptr [rcx + 64]",
    "vptestnmb k0, zmm16, zmm16",
    "kmovq rax, k0",
    "tzcnt rax, rax",
    "jnc 71b",
    "vmovdqa64 zmm16, zmmword ptr [rcx + 128]",
    "vptestnmb k0, zmm16, zmm16",
    "kmovq rax, k0",
    "tzcnt rax, rax",
    "jnc 72b",
    "vmovdqa64 zmm16, zmmword ptr [rcx + 192]",
    "vptestnmb k0, zmm16, zmm16",
    "kmovq rax, k0",
    "tzcnt rax, rax",
    "jnc 73b",
    "vmovdqa64 zmm16, zmmword ptr [rcx + 256]",
    "vptestnmb k0, zmm16, zmm16",
    "kmovq rax, k0",
    "tzcnt rax, rax",
    "jnc 74b",
    // Then 256-byte groups from the last 256-byte boundary up to rcx + 320 (up to 192
    // bytes tested again).
    "add rcx, 64",
    "and rcx, -256",
    ".p2align 6",
    "4:",
    "add rcx, 256",
    "vmovdqa64 zmm16, zmmword ptr [rcx]",
    "vmovdqa64 zmm17, zmmword ptr [rcx + 64]",
    "vmovdqa64 zmm18, zmmword ptr [rcx + 128]",
    "vmovdqa64 zmm19, zmmword ptr [rcx + 192]",
    "vpminub zmm20, zmm16, zmm17",
    "vpminub zmm21, zmm18, zmm19",
    "vpminub zmm21, zmm20, zmm21",
    "vptestnmb k0, zmm21, zmm21",
    "kmovq rax, k0",
    "test rax, rax",
    "jz 4b",
    // The group at rcx holds the NUL: in its first pair (zmm20 is their minimum), or in
    // zmm18 or zmm19.
    "vptestnmb k0, zmm20, zmm20",
    "kortestq k0, k0",
    "jnz 6f",
    "add rcx, 128",
    "vptestnmb k0, zmm18, zmm18",
    "kmovq rax, k0",
    "test rax, rax",
    "jnz 5f",
    "add rcx, 64",
    "vptestnmb k0, zmm19, zmm19",
    "kmovq rax, k0",
    "jmp 5f",
    // The pair zmm16, zmm17 at rcx holds the NUL.
    "6:",
    "vptestnmb k0, zmm16, zmm16",
    "kmovq rax, k0",
    "test rax, rax",
    "jnz 5f",
    "add rcx, 64",
    "vptestnmb k0, zmm17, zmm17",
    "kmovq rax, k0",
    // The NUL is at the first set bit of rax, from rcx.
    "5:",
    "tzcnt rax, rax",
    "add rax, rcx",
    "sub rax, rdi",
    "ret",
    ".size __rcc_strlen, . - __rcc_strlen",
    state = sym STATE,
    wide = const WIDE,
    strlen = sym crate::string::strlen::strlen,
);

// strchr: as strlen, stopping at `c` or the NUL, for the 64 bytes at `s`, the next
// aligned block and two pairs of blocks after it; the kernel (`strchr_next`) goes on from
// there. (100 bytes: 3.8 ns from the kernel after the first block, glibc 3.3. The first
// 64 bytes unaligned: strings of 8-40 bytes across a 64-byte boundary 0.95-1.16x glibc ->
// 1.38-1.50x; 256 bytes one cycle slower, 1.20-1.28x.)
core::arch::global_asm!(
    // A NUL or `c` in the pair of blocks at rcx: to 6f, with zmm16 and zmm18 holding
    // min(x, x ^ c) of each.
    ".macro rcc_chr_pair",
    "vmovdqa64 zmm16, zmmword ptr [rcx]",
    "vmovdqa64 zmm18, zmmword ptr [rcx + 64]",
    "vpxorq zmm19, zmm16, zmm17",
    "vpxorq zmm20, zmm18, zmm17",
    "vpminub zmm16, zmm16, zmm19",
    "vpminub zmm18, zmm18, zmm20",
    "vpminub zmm19, zmm16, zmm18",
    "vptestnmb k0, zmm19, zmm19",
    "kmovq rax, k0",
    "test rax, rax",
    "jnz 6f",
    ".endm",
    string_entry!("strchr"),
    "cmp byte ptr [rip + {state}], {wide}",
    "jne 9f",
    "vpbroadcastb zmm17, esi",
    // The 64 bytes at `s` when they lie in its page, else (7) its aligned block, the bits
    // before `s` shifted out.
    load_first_64!(),
    "vpcmpeqb k1, zmm16, zmm17",
    "vptestnmb k2, zmm16, zmm16",
    "korq k1, k1, k2",
    "kmovq rax, k1",
    "4:",
    "tzcnt rax, rax",
    "jc 1f",
    "add rax, rdi",
    // `c` itself (also when `c` is NUL), else the terminator came first: null.
    "xor ecx, ecx",
    "cmp byte ptr [rax], sil",
    "cmovne rax, rcx",
    "ret",
    "9:",
    "jmp {strchr}",
    "7:",
    "mov rcx, rdi",
    "and rcx, -64",
    "vmovdqa64 zmm16, zmmword ptr [rcx]",
    "vpcmpeqb k1, zmm16, zmm17",
    "vptestnmb k2, zmm16, zmm16",
    "korq k1, k1, k2",
    "kmovq rax, k1",
    "shrx rax, rax, rdi",
    "jmp 4b",
    // None there: the next aligned block alone (it may start before s + 64: those bytes
    // hold neither; a short string that crosses into it ends there), then the next two
    // pairs of blocks (a zero byte in min(x, x ^ c) is a NUL or `c`), then the kernel
    // from the block after them. (Strings of 8-40 bytes crossing into the next block:
    // 0.76-0.91x glibc with a pair first, 0.98-1.16x with the block alone.)
    "1:",
    "mov rcx, rdi",
    "and rcx, -64",
    "vmovdqa64 zmm16, zmmword ptr [rcx + 64]",
    "vpxorq zmm19, zmm16, zmm17",
    "vpminub zmm16, zmm16, zmm19",
    "vptestnmb k0, zmm16, zmm16",
    "kmovq rax, k0",
    "add rcx, 64",
    "test rax, rax",
    "jnz 5f",
    "add rcx, 64",
    // (Unless those 256 bytes would cross a page: the string may end before it.)
    "mov eax, ecx",
    "and eax, 4095",
    "cmp eax, 4096 - 256",
    "ja 3f",
    "rcc_chr_pair",
    "add rcx, 128",
    "rcc_chr_pair",
    "add rcx, 128",
    "3:",
    "lea rdi, [rcx - 64]",
    "jmp {next}",
    // The pair at rcx (zmm16, zmm18) holds the stop.
    "6:",
    "vptestnmb k0, zmm16, zmm16",
    "kmovq rax, k0",
    "test rax, rax",
    "jnz 5f",
    "add rcx, 64",
    "vptestnmb k0, zmm18, zmm18",
    "kmovq rax, k0",
    // The stop is at the first set bit of rax from rcx: `c` there, or null.
    "5:",
    "tzcnt rax, rax",
    "add rax, rcx",
    "xor ecx, ecx",
    "cmp byte ptr [rax], sil",
    "cmovne rax, rcx",
    "ret",
    ".size __rcc_strchr, . - __rcc_strchr",
    ".purgem rcc_chr_pair",
    state = sym STATE,
    wide = const WIDE,
    next = sym crate::string::avx512_scan::strchr_next,
    strchr = sym crate::string::strchr::strchr,
);

// strrchr: for `c` other than NUL, the 64 bytes from `s` (or near its page end the aligned
// block holding `s`) when the string ends in them: the last match before the terminator,
// else null; then the next aligned block likewise; longer strings go on in
// `strrchr_next` from the block after, `c` = NUL in the Rust function.
core::arch::global_asm!(
    string_entry!("strrchr"),
    "cmp byte ptr [rip + {state}], {wide}",
    "jne 9f",
    "test sil, sil",
    "jz 9f",
    "vpbroadcastb zmm17, esi",
    // The 64 bytes at `s` when they lie in its page, else (7) its aligned block, the
    // bits before `s` shifted out: bit i of rax (NULs) and rdx (matches) is s + i.
    load_first_64!(),
    "vptestnmb k0, zmm16, zmm16",
    "vpcmpeqb k1, zmm16, zmm17",
    "kmovq rax, k0",
    "kmovq rdx, k1",
    "4:",
    "test rax, rax",
    "jz 6f",
    // The bits up to the first NUL; `c` is not NUL, so no match lies on it.
    "blsmsk rax, rax",
    "and rdx, rax",
    "jz 8f",
    "lzcnt rdx, rdx",
    "lea rax, [rdi + 63]",
    "sub rax, rdx",
    "ret",
    "8:",
    "xor eax, eax",
    "ret",
    "9:",
    "jmp {strrchr}",
    "7:",
    "mov rcx, rdi",
    "and rcx, -64",
    "vmovdqa64 zmm16, zmmword ptr [rcx]",
    "vptestnmb k0, zmm16, zmm16",
    "vpcmpeqb k1, zmm16, zmm17",
    "kmovq rax, k0",
    "kmovq rdx, k1",
    "shrx rax, rax, rdi",
    "shrx rdx, rdx, rdi",
    "jmp 4b",
    // No NUL: the last match so far (or null) into rdx; then the next block, as the
    // first (a NUL there: its last match before the NUL, else rdx); then on from the
    // block after it in the kernel. (64-128 bytes: 0.69-0.92x glibc straight from the
    // kernel, 0.87-1.33x this way. Two blocks here: 128 bytes at offset 1 went from
    // 0.85x glibc to 1.0x, but 256 bytes unaligned from 1.03x to 0.96x.)
    "6:",
    // (The next aligned block may start before s + 64: bytes compared twice give the
    // same matches.)
    "mov rcx, rdi",
    "and rcx, -64",
    "test rdx, rdx",
    "jz 11f",
    "lzcnt rdx, rdx",
    "neg rdx",
    "lea rdx, [rdi + rdx + 63]",
    "11:",
    "vmovdqa64 zmm16, zmmword ptr [rcx + 64]",
    "vptestnmb k0, zmm16, zmm16",
    "vpcmpeqb k1, zmm16, zmm17",
    "kmovq rax, k0",
    "kmovq r8, k1",
    "test rax, rax",
    "jz 12f",
    "blsmsk rax, rax",
    "and r8, rax",
    "jz 13f",
    "lzcnt r8, r8",
    "lea rax, [rcx + 127]",
    "sub rax, r8",
    "ret",
    "13:",
    "mov rax, rdx",
    "ret",
    "12:",
    "test r8, r8",
    "jz 14f",
    "lzcnt r8, r8",
    "lea rdx, [rcx + 127]",
    "sub rdx, r8",
    "14:",
    "lea rdi, [rcx + 64]",
    "jmp {next}",
    ".size __rcc_strrchr, . - __rcc_strrchr",
    state = sym STATE,
    wide = const WIDE,
    strrchr = sym crate::string::strrchr::strrchr,
    next = sym crate::string::avx512_scan::strrchr_next,
);
