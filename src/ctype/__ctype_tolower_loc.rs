//! `__ctype_tolower_loc` (glibc-compatible ABI, LSB; musl: src/ctype/__ctype_tolower_loc.c).
use crate::abi::types::c_int;
use crate::ctype::__ctype_b_loc::TablePtr;

/// Builds a 384-entry case table for -128..=255 that maps `from` letters by `delta`.
///
/// DIFF(musl): musl's table holds 0 for -128..=-1 and 128..=255; rcc stores the identity
/// (and -1 for EOF) as glibc does, because only glibc-built code reads these tables and its
/// inline `toupper(200)` must return 200, not 0.
pub(crate) const fn case_table(from: u8, delta: i32) -> [c_int; 384] {
    let mut t = [0; 384];
    let mut i = 0;
    while i < 384 {
        let c = i as i32 - 128;
        let c = if c < -1 { c + 256 } else { c };
        t[i] = if c >= from as i32 && c < from as i32 + 26 {
            c + delta
        } else {
            c
        };
        i += 1;
    }
    t
}

static TABLE: [c_int; 384] = case_table(b'A', 32);
static PTR: TablePtr<c_int> = TablePtr(TABLE.as_ptr().wrapping_add(128));

/// `const int32_t **__ctype_tolower_loc(void);`
///
/// The address of a pointer to entry 0 of a lower-casing table valid for -128..=255.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __ctype_tolower_loc() -> *const *const c_int {
    &PTR.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_letters_only() {
        // SAFETY: the pointer addresses TABLE[128]; indices -128..=255 stay inside it.
        let t = unsafe { *__ctype_tolower_loc() };
        for c in -128..256isize {
            // SAFETY: as above.
            let v = unsafe { *t.offset(c) };
            let want = match c {
                65..=90 => c + 32,
                -128..=-2 => c + 256,
                _ => c,
            };
            assert_eq!(v as isize, want, "c={c}");
        }
    }
}
