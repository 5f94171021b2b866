//! `htons` (POSIX.1-2017 htons(); musl: src/network/htons.c).

/// `uint16_t htons(uint16_t x);`: converts between host and network (big-endian) byte order.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn htons(x: u16) -> u16 {
    x.to_be()
}

#[cfg(test)]
mod tests {
    #[test]
    fn swaps_on_little_endian() {
        assert_eq!(
            super::htons(1).to_ne_bytes()[core::mem::size_of::<u16>() - 1],
            1
        );
    }
}
