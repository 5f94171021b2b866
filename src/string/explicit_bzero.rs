//! `explicit_bzero` (BSD, POSIX.1-2024; musl: src/string/explicit_bzero.c).
use crate::abi::types::{c_void, size_t};
use crate::string::memset::fill;

/// `void explicit_bzero(void *s, size_t n);`
///
/// Zeroes `n` bytes like `bzero`, but the stores are never removed as dead: an empty
/// `asm` block that receives the pointer and may read memory follows them.
///
/// # Safety
/// `s` writable for `n` bytes.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn explicit_bzero(s: *mut c_void, n: size_t) {
    // SAFETY: forwarded caller contract.
    unsafe { fill(s.cast(), 0, n) };
    // SAFETY: the asm block has no instructions; it only tells the compiler that the
    // memory behind `s` may be read here, so the zeroing above must really happen.
    unsafe { core::arch::asm!("/* {0} */", in(reg) s, options(nostack, preserves_flags)) };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zeroes() {
        let mut buf = [0x5au8; 40];
        // SAFETY: 30 bytes from offset 5 are inside the buffer.
        unsafe { explicit_bzero(buf.as_mut_ptr().add(5).cast(), 30) };
        assert!(buf[5..35].iter().all(|&b| b == 0));
        assert!(buf[..5].iter().chain(&buf[35..]).all(|&b| b == 0x5a));
    }
}
