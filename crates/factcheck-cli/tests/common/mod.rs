//! What the CLI tests share: the workspace root and the binary, run from it as users do.
#![allow(dead_code)] // Each test crate uses its own part of this module.

use insta_cmd::get_cargo_bin;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// The seed summary that `factcheck check` tests read.
pub const SUMMARY: &str = "tests/fixtures/check/seed-summary.txt";

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("workspace root")
}

/// The `factcheck` binary, run from the workspace root with no colour settings inherited.
pub fn factcheck() -> Command {
    let mut cmd = Command::new(get_cargo_bin("factcheck"));
    cmd.current_dir(root()).env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE");
    cmd
}

/// `factcheck check` of the seed summary against the seed article, in `format`.
pub fn check_seed_summary(format: &str) -> Command {
    let mut cmd = factcheck();
    cmd.args([
        "check",
        "--color",
        "never",
        "--format",
        format,
        "--as-of",
        "2024-05-21",
        "--source",
        "seeds/ukraine-japan-pact.txt",
        SUMMARY,
    ]);
    cmd
}

/// Runs `cmd` to its end, failing the test if it takes more than `limit`: a hang is a bug.
pub fn run_within(cmd: &mut Command, limit: Duration) -> Output {
    let mut child = cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    // Read both pipes on threads so that a large report cannot fill a pipe and block the child.
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut b = Vec::new();
        stdout.read_to_end(&mut b).map(|_| b)
    });
    let err = std::thread::spawn(move || {
        let mut b = Vec::new();
        stderr.read_to_end(&mut b).map(|_| b)
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            panic!("{cmd:?} did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output { status, stdout: out.join().unwrap().unwrap(), stderr: err.join().unwrap().unwrap() }
}
