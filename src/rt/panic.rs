//! The panic handler of the product build: one line on stderr, then `abort()`.
//! A panic is a broken internal invariant; exported code never panics on user input.

#[cfg(rcc_export)]
#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    let _ = crate::sys::fs::write_all(2, b"rcc: internal error at ");
    if let Some(loc) = info.location() {
        let _ = crate::sys::fs::write_all(2, loc.file().as_bytes());
        let mut digits = [0u8; 10];
        let mut n = loc.line();
        let mut i = digits.len();
        loop {
            i -= 1;
            digits[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 || i == 0 {
                break;
            }
        }
        let _ = crate::sys::fs::write_all(2, b":");
        let _ = crate::sys::fs::write_all(2, &digits[i..]);
    }
    let _ = crate::sys::fs::write_all(2, b"\n");
    crate::exit::abort::abort_now()
}

/// Unwinding never happens (`panic = "abort"`), but the precompiled `core` still names a
/// personality routine in its unwind tables; this satisfies the reference.
#[cfg(rcc_export)]
#[unsafe(no_mangle)]
pub extern "C" fn rust_eh_personality() {
    crate::exit::abort::abort_now()
}
