//! Processes: fork, exec, spawn, wait (musl: src/process/).
#[allow(non_snake_case)]
pub mod _Fork;
pub mod execv;
pub mod execve;
pub mod execvp;
pub mod fexecve;
pub mod fork;
pub mod fork_locks;
pub mod posix_spawn;
pub mod posix_spawn_file_actions;
pub mod posix_spawnattr;
pub mod system;
pub mod vfork;
pub mod wait4;
pub mod waitid;
pub mod waitpid;
