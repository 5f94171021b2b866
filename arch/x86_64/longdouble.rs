//! Returning `long double` (x87 80-bit, returned in `st(0)` by the SysV ABI), which Rust
//! cannot express: a naked trampoline calls a Rust body that writes the 10-byte value to a
//! stack slot, then loads it with `fld tbyte` (musl: the C compiler does this).

/// Defines the C entry point `$name(rdi, rsi, ...)` returning `long double`: it calls
/// `$body(rdi, rsi, out)` (an `extern "C"` fn taking a `*mut [u8; 16]` third) and returns
/// the 80-bit value `$body` stored at `out`. A third C argument, if any, is not passed on.
macro_rules! long_double_entry {
    ($(#[$meta:meta])* $name:ident => $body:path) => {
        $(#[$meta])*
        #[unsafe(naked)]
        #[cfg_attr(rcc_export, unsafe(no_mangle))]
        pub unsafe extern "C" fn $name() {
            // On entry %rsp is 8 mod 16; 24 more bytes realign it for the call and leave
            // a 16-byte slot at (%rsp).
            core::arch::naked_asm!(
                "sub rsp, 24",
                "mov rdx, rsp",
                "call {body}",
                "fld tbyte ptr [rsp]",
                "add rsp, 24",
                "ret",
                body = sym $body,
            )
        }
    };
}
pub(crate) use long_double_entry;
