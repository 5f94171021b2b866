//! Running a child process with a timeout, its output captured in files.

use crate::matrix::Ended;
use std::fs::File;
use std::io;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::Path;
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// Where a child reads and writes. `stdout` and `stderr` may name the same file.
pub struct Io<'a> {
    /// File to use as stdin; `None` means /dev/null.
    pub stdin: Option<&'a Path>,
    pub stdout: &'a Path,
    pub stderr: &'a Path,
}

unsafe extern "C" {
    /// POSIX `kill(2)` from the host libc: with a negative pid, a whole process group.
    fn kill(pid: i32, sig: i32) -> i32;
}

/// Ends every process left in the child's process group (a test's own children that it
/// did not reap, or that hung), so that nothing outlives its run.
fn kill_group(pgid: u32) {
    const SIGKILL: i32 = 9;
    // SAFETY: a plain system call; the group is the child's own (it leads it), and an
    // empty or vanished group only makes kill fail with ESRCH.
    unsafe { kill(-(pgid as i32), SIGKILL) };
}

/// Spawns `cmd` in a process group of its own, waits up to `timeout`, and kills it when
/// the time is up; whatever it leaves in its group is killed when it ends.
pub fn run(mut cmd: Command, io: &Io<'_>, timeout: Duration) -> io::Result<Ended> {
    let stdin = match io.stdin {
        Some(path) => Stdio::from(File::open(path)?),
        None => Stdio::null(),
    };
    let out = File::create(io.stdout)?;
    // One file for both streams shares one offset, so the two never overwrite each other.
    let err = if io.stderr == io.stdout {
        out.try_clone()?
    } else {
        File::create(io.stderr)?
    };
    cmd.stdin(stdin).stdout(out).stderr(err).process_group(0);
    let mut child = cmd.spawn()?;
    let pgid = child.id();
    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        if let Some(status) = child.try_wait()? {
            kill_group(pgid);
            return Ok(match (status.code(), status.signal()) {
                (Some(code), _) => Ended::Exited(code),
                (None, Some(sig)) => Ended::Signaled(sig),
                (None, None) => Ended::Exited(-1),
            });
        }
        if start.elapsed() >= timeout {
            // The child may have exited just now; a failed kill is then harmless.
            let _ = child.kill();
            child.wait()?;
            kill_group(pgid);
            return Ok(Ended::TimedOut);
        }
        thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("rcc-run-test-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn kills_what_the_child_leaves_behind() {
        let dir = scratch("group");
        let (out, pidfile) = (dir.join("out"), dir.join("pid"));
        let io = Io {
            stdin: None,
            stdout: &out,
            stderr: &out,
        };
        let mut cmd = Command::new("/bin/sh");
        cmd.arg("-c").arg(format!(
            "sleep 30 & echo $! > {}; exit 0",
            pidfile.display()
        ));
        assert_eq!(
            run(cmd, &io, Duration::from_secs(10)).unwrap(),
            Ended::Exited(0)
        );
        let pid = std::fs::read_to_string(&pidfile).unwrap();
        let stat = format!("/proc/{}/stat", pid.trim());
        // Killed: gone, or a zombie until its new parent reaps it.
        let mut alive = true;
        for _ in 0..200 {
            alive = std::fs::read_to_string(&stat)
                .map(|s| {
                    !s.rsplit(')')
                        .next()
                        .unwrap_or("")
                        .trim_start()
                        .starts_with('Z')
                })
                .unwrap_or(false);
            if !alive {
                break;
            }
            thread::sleep(Duration::from_millis(10));
        }
        assert!(!alive, "the background sleep outlived its test");
    }

    #[test]
    fn captures_exit_output_and_signal() {
        let dir = scratch("basic");
        let (out, err, inp) = (dir.join("out"), dir.join("err"), dir.join("in"));
        std::fs::write(&inp, "fed").unwrap();
        let io = Io {
            stdin: Some(&inp),
            stdout: &out,
            stderr: &err,
        };
        let mut cmd = Command::new("/bin/sh");
        cmd.args(["-c", "cat; echo oops >&2; exit 3"]);
        assert_eq!(
            run(cmd, &io, Duration::from_secs(10)).unwrap(),
            Ended::Exited(3)
        );
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "fed");
        assert_eq!(std::fs::read_to_string(&err).unwrap(), "oops\n");

        let mut cmd = Command::new("/bin/sh");
        cmd.args(["-c", "kill -SEGV $$"]);
        assert_eq!(
            run(cmd, &io, Duration::from_secs(10)).unwrap(),
            Ended::Signaled(11)
        );

        let mut cmd = Command::new("/bin/sh");
        cmd.args(["-c", "exec sleep 5"]);
        let start = Instant::now();
        assert_eq!(
            run(cmd, &io, Duration::from_millis(100)).unwrap(),
            Ended::TimedOut
        );
        assert!(start.elapsed() < Duration::from_secs(4));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
