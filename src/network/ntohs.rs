//! `ntohs` (POSIX.1-2017 ntohs(); musl: src/network/ntohs.c).

/// `uint16_t ntohs(uint16_t x);`: converts between host and network (big-endian) byte order.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn ntohs(x: u16) -> u16 {
    u16::from_be(x)
}

#[cfg(test)]
mod tests {
    #[test]
    fn swaps_on_little_endian() {
        assert_eq!(
            super::ntohs(1).to_ne_bytes()[core::mem::size_of::<u16>() - 1],
            1
        );
    }
}
