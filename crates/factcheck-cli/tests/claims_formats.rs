//! Every report format, rendered for the seed claims in `claims/`: one snapshot per format,
//! with the exit code, so that a change in any format shows in review.

use insta_cmd::{assert_cmd_snapshot, get_cargo_bin};
use std::path::Path;
use std::process::Command;

fn verify(format: &str) -> Command {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut cmd = Command::new(get_cargo_bin("factcheck"));
    cmd.current_dir(root).env_remove("NO_COLOR").args(["verify", "--color", "never", "--format", format, "claims/"]);
    cmd
}

#[test]
fn claims_junit() {
    assert_cmd_snapshot!(verify("junit"));
}

#[test]
fn claims_sarif() {
    assert_cmd_snapshot!(verify("sarif"));
}

#[test]
fn claims_github() {
    assert_cmd_snapshot!(verify("github"));
}

#[test]
fn claims_markdown() {
    assert_cmd_snapshot!(verify("markdown"));
}

#[test]
fn claims_jsonl() {
    assert_cmd_snapshot!(verify("jsonl"));
}
