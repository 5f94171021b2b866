//! `__ctype_toupper_loc` (glibc-compatible ABI, LSB; musl: src/ctype/__ctype_toupper_loc.c).
use crate::abi::types::c_int;
use crate::ctype::__ctype_b_loc::TablePtr;
use crate::ctype::__ctype_tolower_loc::case_table;

// DIFF(musl): identity outside the letters, as glibc; see `case_table`.
static TABLE: [c_int; 384] = case_table(b'a', -32);
static PTR: TablePtr<c_int> = TablePtr(TABLE.as_ptr().wrapping_add(128));

/// `const int32_t **__ctype_toupper_loc(void);`
///
/// The address of a pointer to entry 0 of an upper-casing table valid for -128..=255.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __ctype_toupper_loc() -> *const *const c_int {
    &PTR.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_letters_only() {
        // SAFETY: the pointer addresses TABLE[128]; indices -128..=255 stay inside it.
        let t = unsafe { *__ctype_toupper_loc() };
        // SAFETY: as above, for each index.
        let at = |i: isize| unsafe { *t.offset(i) };
        assert_eq!((at(b'a' as isize), at(b'z' as isize)), (65, 90));
        assert_eq!(
            (at(b'A' as isize), at(-1), at(-128), at(255)),
            (65, -1, 128, 255)
        );
    }
}
