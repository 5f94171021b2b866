//! `<stdio.h>` streams (C17 7.21; musl: src/stdio/).
pub mod __overflow;
pub mod __stdio_exit;
pub mod __stdio_read;
pub mod __stdio_seek;
pub mod __stdio_write;
pub mod __toread;
pub mod __towrite;
pub mod __uflow;
pub mod file;
pub mod fwrite;
pub mod getc;
pub mod ofl;
pub mod putc;
pub mod stderr;
pub mod stdin;
pub mod stdout;
pub mod ungetc;
