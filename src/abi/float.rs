//! `<float.h>` characteristics of float, double and the x87 80-bit long double
//! (C11 5.2.4.2.2; musl: include/float.h, arch/x86_64/bits/float.h).
use super::types::c_int;

abi_consts! { CONSTS, "float.h";
    pub const FLT_RADIX: c_int = 2;
    pub const FLT_EVAL_METHOD: c_int = 0;
    pub const DECIMAL_DIG: c_int = 21;
    pub const FLT_MANT_DIG: c_int = 24;
    pub const FLT_MIN_EXP: c_int = -125;
    pub const FLT_MAX_EXP: c_int = 128;
    pub const FLT_HAS_SUBNORM: c_int = 1;
    pub const FLT_DIG: c_int = 6;
    pub const FLT_DECIMAL_DIG: c_int = 9;
    pub const FLT_MIN_10_EXP: c_int = -37;
    pub const FLT_MAX_10_EXP: c_int = 38;
    pub const DBL_MANT_DIG: c_int = 53;
    pub const DBL_MIN_EXP: c_int = -1021;
    pub const DBL_MAX_EXP: c_int = 1024;
    pub const DBL_HAS_SUBNORM: c_int = 1;
    pub const DBL_DIG: c_int = 15;
    pub const DBL_DECIMAL_DIG: c_int = 17;
    pub const DBL_MIN_10_EXP: c_int = -307;
    pub const DBL_MAX_10_EXP: c_int = 308;
    pub const LDBL_MANT_DIG: c_int = 64;
    pub const LDBL_MIN_EXP: c_int = -16381;
    pub const LDBL_MAX_EXP: c_int = 16384;
    pub const LDBL_HAS_SUBNORM: c_int = 1;
    pub const LDBL_DIG: c_int = 18;
    pub const LDBL_DECIMAL_DIG: c_int = 21;
    pub const LDBL_MIN_10_EXP: c_int = -4931;
    pub const LDBL_MAX_10_EXP: c_int = 4932;
}

abi_floats! { FLOATS, "float.h";
    pub const FLT_TRUE_MIN: F32 = f32::from_bits(1);
    pub const FLT_MIN: F32 = f32::MIN_POSITIVE;
    pub const FLT_MAX: F32 = f32::MAX;
    pub const FLT_EPSILON: F32 = f32::EPSILON;
    pub const DBL_TRUE_MIN: F64 = f64::from_bits(1);
    pub const DBL_MIN: F64 = f64::MIN_POSITIVE;
    pub const DBL_MAX: F64 = f64::MAX;
    pub const DBL_EPSILON: F64 = f64::EPSILON;
    pub const LDBL_TRUE_MIN: Long = "0x1p-16445L";
    pub const LDBL_MIN: Long = "0x1p-16382L";
    pub const LDBL_MAX: Long = "0x1.fffffffffffffffep+16383L";
    pub const LDBL_EPSILON: Long = "0x1p-63L";
}
