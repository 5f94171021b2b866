//! `ntohl` (POSIX.1-2017 ntohl(); musl: src/network/ntohl.c).

/// `uint32_t ntohl(uint32_t x);`: converts between host and network (big-endian) byte order.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn ntohl(x: u32) -> u32 {
    u32::from_be(x)
}

#[cfg(test)]
mod tests {
    #[test]
    fn swaps_on_little_endian() {
        assert_eq!(
            super::ntohl(1).to_ne_bytes()[core::mem::size_of::<u32>() - 1],
            1
        );
    }
}
