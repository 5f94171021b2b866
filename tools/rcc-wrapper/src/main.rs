//! `rcc-wrapper`: runs the host C compiler (`$RCC_CC`, default `cc`) against rcc's
//! headers, start files and libraries only (the counterpart of musl's `musl-gcc`).

mod args;
mod plan;
mod probe;
mod sysroot;

use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let args: Vec<String> = match std::env::args_os()
        .skip(1)
        .map(|a| a.into_string())
        .collect()
    {
        Ok(a) => a,
        Err(bad) => {
            eprintln!("rcc-wrapper: argument is not UTF-8: {bad:?}");
            return ExitCode::from(2);
        }
    };
    let sysroot = match sysroot::find() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("rcc-wrapper: {e}");
            return ExitCode::from(2);
        }
    };
    let cc = probe::compiler_words(std::env::var("RCC_CC").ok().as_deref());
    let (names, want_libgcc) = plan::wanted(&args);
    let probe = probe::Probe::gather(cc, &names, want_libgcc);
    let plan = plan::plan(&args, &sysroot, &probe);

    if std::env::var_os("RCC_WRAPPER_VERBOSE").is_some_and(|v| v == "1") {
        eprintln!("rcc-wrapper: {}", plan.display());
    }
    run(&plan)
}

#[cfg(unix)]
fn run(plan: &plan::Plan) -> ExitCode {
    use std::os::unix::process::CommandExt;
    let err = Command::new(&plan.program).args(&plan.args).exec();
    eprintln!("rcc-wrapper: cannot run {}: {err}", plan.program);
    ExitCode::from(127)
}

#[cfg(not(unix))]
fn run(plan: &plan::Plan) -> ExitCode {
    match Command::new(&plan.program).args(&plan.args).status() {
        Ok(st) => ExitCode::from(st.code().unwrap_or(1).clamp(0, 255) as u8),
        Err(err) => {
            eprintln!("rcc-wrapper: cannot run {}: {err}", plan.program);
            ExitCode::from(127)
        }
    }
}
