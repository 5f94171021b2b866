//! `strverscmp` (GNU extension; musl: src/string/strverscmp.c).
use crate::abi::types::{c_char, c_int};

/// Whether `b` is an ASCII decimal digit.
#[inline(always)]
fn digit(b: u8) -> bool {
    b.is_ascii_digit()
}

/// `int strverscmp(const char *s1, const char *s2);`
///
/// Compares like `strcmp`, except that runs of digits compare as version numbers: a run
/// that does not start with `0` is an integer (the longer run is greater), and a run of
/// leading zeros is a fraction (digits there sort before anything else). The result's
/// magnitude follows musl.
///
/// # Safety
/// Both are NUL-terminated strings.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strverscmp(s1: *const c_char, s2: *const c_char) -> c_int {
    let (a, b) = (s1.cast::<u8>(), s2.cast::<u8>());
    // SAFETY: every index read is at most one past the common prefix, or inside a digit
    // run that was just seen in that string, so no read passes a terminator.
    unsafe {
        // Over the common prefix: where its trailing digit run starts, and whether that
        // run holds only zeros so far.
        let (mut i, mut run, mut zeros) = (0usize, 0usize, true);
        loop {
            let c = *a.add(i);
            if c != *b.add(i) {
                break;
            }
            if c == 0 {
                return 0;
            }
            if !digit(c) {
                run = i + 1;
                zeros = true;
            } else if c != b'0' {
                zeros = false;
            }
            i += 1;
        }
        let (x, y) = (*a.add(i), *b.add(i));
        if *a.add(run) != b'0' && *b.add(run) != b'0' {
            // Integers: the one with more digits from here on is greater.
            let mut j = i;
            while digit(*a.add(j)) {
                if !digit(*b.add(j)) {
                    return 1;
                }
                j += 1;
            }
            if digit(*b.add(j)) {
                return -1;
            }
        } else if zeros && run < i && (digit(x) || digit(y)) {
            // After leading zeros, digits order before every other byte.
            return x.wrapping_sub(b'0') as c_int - y.wrapping_sub(b'0') as c_int;
        }
        x as c_int - y as c_int
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sign(a: &core::ffi::CStr, b: &core::ffi::CStr) -> c_int {
        // SAFETY: C string literals.
        unsafe { strverscmp(a.as_ptr(), b.as_ptr()) }.signum()
    }

    #[test]
    fn glibc_manual_examples() {
        assert_eq!(sign(c"no digit", c"no digit"), 0);
        assert_eq!(sign(c"item#99", c"item#100"), -1);
        assert_eq!(sign(c"alpha1", c"alpha001"), 1);
        assert_eq!(sign(c"part1_f012", c"part1_f01"), 1);
        assert_eq!(sign(c"foo.009", c"foo.0"), -1);
        assert_eq!(sign(c"a01", c"a1"), -1);
        assert_eq!(sign(c"1.10", c"1.9"), 1);
        assert_eq!(sign(c"000", c"00"), -1);
        assert_eq!(sign(c"abc", c"abd"), -1);
    }
}
