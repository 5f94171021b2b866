//! Integer digits for `%d %i %u %o %x %X %p`: right-aligned into a small stack buffer,
//! decimal two digits at a time (musl: src/stdio/vfprintf.c fmt_u/fmt_o/fmt_x).

/// Room for the longest 64-bit integer in any base (22 octal digits).
pub const DIGITS_MAX: usize = 24;

static PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
2021222324252627282930313233343536373839\
4041424344454647484950515253545556575859\
6061626364656667686970717273747576777879\
8081828384858687888990919293949596979899";

/// Writes `x` in decimal at the end of `buf`; returns the index of the first digit.
/// Zero gives no digits (the caller's precision rule supplies the "0").
#[inline]
pub fn decimal(mut x: u64, buf: &mut [u8; DIGITS_MAX]) -> usize {
    let mut i = DIGITS_MAX;
    while x >= 100 {
        let r = (x % 100) as usize * 2;
        x /= 100;
        i -= 2;
        if let (Some(d), Some(s)) = (buf.get_mut(i..i + 2), PAIRS.get(r..r + 2)) {
            d.copy_from_slice(s);
        }
    }
    if x >= 10 {
        let r = x as usize * 2;
        i -= 2;
        if let (Some(d), Some(s)) = (buf.get_mut(i..i + 2), PAIRS.get(r..r + 2)) {
            d.copy_from_slice(s);
        }
    } else if x > 0 {
        i -= 1;
        if let Some(d) = buf.get_mut(i) {
            *d = b'0' + x as u8;
        }
    }
    i
}

/// Writes `x` in base 8 or 16 (`shift` 3 or 4) at the end of `buf`; zero gives no digits.
#[inline]
pub fn power_of_two(mut x: u64, shift: u32, upper: bool, buf: &mut [u8; DIGITS_MAX]) -> usize {
    let set: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let mask = (1u64 << shift) - 1;
    let mut i = DIGITS_MAX;
    while x != 0 {
        i -= 1;
        if let Some(d) = buf.get_mut(i) {
            *d = set[(x & mask) as usize];
        }
        x >>= shift;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(x: u64) -> String {
        let mut b = [0; DIGITS_MAX];
        let i = decimal(x, &mut b);
        String::from_utf8(b[i..].to_vec()).unwrap()
    }

    #[test]
    fn decimal_matches_rust() {
        assert_eq!(dec(0), "");
        let mut x = 1u64;
        for k in 0..2000u64 {
            assert_eq!(dec(x), x.to_string());
            assert_eq!(dec(k), if k == 0 { String::new() } else { k.to_string() });
            x = x.wrapping_mul(6364136223846793005).wrapping_add(k);
        }
        assert_eq!(dec(u64::MAX), u64::MAX.to_string());
    }

    #[test]
    fn octal_hex_match_rust() {
        let mut b = [0; DIGITS_MAX];
        for &x in &[1u64, 7, 8, 255, 0xdead_beef, u64::MAX] {
            let i = power_of_two(x, 3, false, &mut b);
            assert_eq!(&b[i..], format!("{x:o}").as_bytes());
            let i = power_of_two(x, 4, true, &mut b);
            assert_eq!(&b[i..], format!("{x:X}").as_bytes());
        }
    }
}
