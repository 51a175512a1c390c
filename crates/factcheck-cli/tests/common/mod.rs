//! What the CLI tests share: the workspace root and the binary, run from it as users do.
#![allow(dead_code)] // Each test crate uses its own part of this module.

use insta_cmd::get_cargo_bin;
use std::path::{Path, PathBuf};
use std::process::Command;

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
