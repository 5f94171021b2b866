//! `<search.h>`: linear search and doubly linked queues (POSIX; musl: src/search/).
pub mod insque;
pub mod lsearch;
