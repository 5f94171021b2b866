//! `localeconv` (C17 7.11.2.1; musl: src/locale/localeconv.c).
use crate::abi::limits::CHAR_MAX;
use crate::abi::locale::lconv;
use crate::abi::types::c_char;

/// A `struct lconv` in a static: its pointers only ever point at string literals.
#[repr(transparent)]
struct Conv(lconv);
// SAFETY: the value is never written (callers must not modify it, C17 7.11.2.1p8) and
// points only at immutable literals.
unsafe impl Sync for Conv {}

const NONE: c_char = CHAR_MAX as c_char;
const EMPTY: *mut c_char = c"".as_ptr().cast_mut();

/// The C locale's values: "." as decimal point, everything else empty or `CHAR_MAX`.
static POSIX_LCONV: Conv = Conv(lconv {
    decimal_point: c".".as_ptr().cast_mut(),
    thousands_sep: EMPTY,
    grouping: EMPTY,
    int_curr_symbol: EMPTY,
    currency_symbol: EMPTY,
    mon_decimal_point: EMPTY,
    mon_thousands_sep: EMPTY,
    mon_grouping: EMPTY,
    positive_sign: EMPTY,
    negative_sign: EMPTY,
    int_frac_digits: NONE,
    frac_digits: NONE,
    p_cs_precedes: NONE,
    p_sep_by_space: NONE,
    n_cs_precedes: NONE,
    n_sep_by_space: NONE,
    p_sign_posn: NONE,
    n_sign_posn: NONE,
    int_p_cs_precedes: NONE,
    int_p_sep_by_space: NONE,
    int_n_cs_precedes: NONE,
    int_n_sep_by_space: NONE,
    int_p_sign_posn: NONE,
    int_n_sign_posn: NONE,
});

/// `struct lconv *localeconv(void);`
///
/// Every locale rcc knows formats numbers and money as the C locale, so this is always the
/// C locale's `lconv`. The caller must not modify it.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn localeconv() -> *mut lconv {
    (&raw const POSIX_LCONV.0).cast_mut()
}
