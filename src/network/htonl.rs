//! `htonl` (POSIX.1-2017 htonl(); musl: src/network/htonl.c).

/// `uint32_t htonl(uint32_t x);`: converts between host and network (big-endian) byte order.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn htonl(x: u32) -> u32 {
    x.to_be()
}

#[cfg(test)]
mod tests {
    #[test]
    fn swaps_on_little_endian() {
        assert_eq!(
            super::htonl(1).to_ne_bytes()[core::mem::size_of::<u32>() - 1],
            1
        );
    }
}
