//! C variadic entry points (src/shim/*.c) call these Rust functions.
