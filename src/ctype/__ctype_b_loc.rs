//! `__ctype_b_loc` and the character class table behind every `is*` function
//! (glibc-compatible ABI, LSB; musl: src/ctype/__ctype_b_loc.c).
use crate::abi::types::{c_int, c_ushort};

// Class bits in glibc's little-endian layout (bit `i` of the class enum, bytes swapped):
// code built against glibc's <ctype.h> tests these exact masks.
pub(crate) const UPPER: u16 = 0x0100;
pub(crate) const LOWER: u16 = 0x0200;
pub(crate) const ALPHA: u16 = 0x0400;
pub(crate) const DIGIT: u16 = 0x0800;
pub(crate) const XDIGIT: u16 = 0x1000;
pub(crate) const SPACE: u16 = 0x2000;
pub(crate) const PRINT: u16 = 0x4000;
pub(crate) const GRAPH: u16 = 0x8000;
pub(crate) const BLANK: u16 = 0x0001;
pub(crate) const CNTRL: u16 = 0x0002;
pub(crate) const PUNCT: u16 = 0x0004;
pub(crate) const ALNUM: u16 = 0x0008;

/// The classes of byte `c` in the C locale (nothing above 0x7f).
const fn classes(c: u8) -> u16 {
    let mut m = 0;
    if c.is_ascii_uppercase() {
        m |= UPPER | ALPHA | ALNUM;
    }
    if c.is_ascii_lowercase() {
        m |= LOWER | ALPHA | ALNUM;
    }
    if c.is_ascii_digit() {
        m |= DIGIT | ALNUM;
    }
    if c.is_ascii_hexdigit() {
        m |= XDIGIT;
    }
    if c == b' ' || (c >= b'\t' && c <= b'\r') {
        m |= SPACE;
    }
    if c == b' ' || c == b'\t' {
        m |= BLANK;
    }
    if c < 0x20 || c == 0x7f {
        m |= CNTRL;
    }
    if c >= 0x20 && c < 0x7f {
        m |= PRINT;
    }
    if c > 0x20 && c < 0x7f {
        m |= GRAPH;
        if !c.is_ascii_alphanumeric() {
            m |= PUNCT;
        }
    }
    m
}

/// Classes of -128..=255 (index `c + 128`); negative values and bytes ≥ 0x80 have none.
pub(crate) static TABLE: [u16; 384] = {
    let mut t = [0u16; 384];
    let mut i = 0;
    while i < 128 {
        t[128 + i] = classes(i as u8);
        i += 1;
    }
    t
};

/// True when `c` (an `unsigned char` value or `EOF`) has any class in `bits`. Values outside
/// -128..=255 have no class (C leaves them undefined; rcc answers false, never faults).
#[inline(always)]
pub(crate) fn has(c: c_int, bits: u16) -> bool {
    match TABLE.get((c as isize + 128) as usize) {
        Some(m) => m & bits != 0,
        None => false,
    }
}

/// A pointer that may live in a `static` (it points at immutable static data).
#[repr(transparent)]
pub(crate) struct TablePtr<T>(pub(crate) *const T);
// SAFETY: the pointee is an immutable static table, safe to share between threads.
unsafe impl<T> Sync for TablePtr<T> {}

static PTR: TablePtr<c_ushort> = TablePtr(TABLE.as_ptr().wrapping_add(128));

/// `const unsigned short **__ctype_b_loc(void);`
///
/// The address of a pointer to entry 0 of a table valid for indices -128..=255, as glibc's
/// `<ctype.h>` macros expect.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __ctype_b_loc() -> *const *const c_ushort {
    &PTR.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_entries() {
        // SAFETY: the pointer addresses TABLE[128]; indices -128..=255 stay inside it.
        let t = unsafe { *__ctype_b_loc() };
        // SAFETY: as above.
        let at = |i: isize| unsafe { *t.offset(i) };
        assert_eq!(at(b'G' as isize), 0xc508);
        assert_eq!(at(b'a' as isize), 0xd608);
        assert_eq!(at(b' ' as isize), 0x6001);
        assert_eq!(at(b'\t' as isize), 0x2003);
        assert_eq!(at(b'5' as isize), 0xd808);
        assert_eq!(at(b'!' as isize), 0xc004);
        assert_eq!(at(0), 0x0002);
        assert_eq!(at(-1), 0);
        assert_eq!(at(200), 0);
        assert!(!has(-129, u16::MAX) && !has(256, u16::MAX) && !has(c_int::MIN, u16::MAX));
    }
}
