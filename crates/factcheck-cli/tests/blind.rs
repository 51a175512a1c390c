//! Claims written blind (by writers who did not read the engine) about articles the engine was
//! never tuned on: tests/fixtures/news4, news5, news6, bbc1, news7, bbc2, news8, bbc3, news9,
//! bbc4, news10, bbc5, news11, bbc6, bbc7, bbc8, bbc9, bbc10, bbc11, bbc12, bbc13, bbc14, bbc15, bbc16, bbc17 and bbc18. Some of them fail
//! today; the snapshot keeps every claim's verdict, so that a change in the engine shows here
//! as fixed or broken claims, line by line, rather than as a count.

mod common;

use common::factcheck;

#[test]
fn blind_batches_verdicts() {
    let output = factcheck()
        .args([
            "verify",
            "--format",
            "json",
            "tests/fixtures/news4",
            "tests/fixtures/news5",
            "tests/fixtures/news6",
            "tests/fixtures/bbc1",
            "tests/fixtures/news7",
            "tests/fixtures/bbc2",
            "tests/fixtures/news8",
            "tests/fixtures/bbc3",
            "tests/fixtures/news9",
            "tests/fixtures/bbc4",
            "tests/fixtures/news10",
            "tests/fixtures/bbc5",
            "tests/fixtures/news11",
            "tests/fixtures/bbc6",
            "tests/fixtures/bbc7",
            "tests/fixtures/bbc8",
            "tests/fixtures/bbc9",
            "tests/fixtures/bbc10",
            "tests/fixtures/bbc11",
            "tests/fixtures/bbc12",
            "tests/fixtures/bbc13",
            "tests/fixtures/bbc14",
            "tests/fixtures/bbc15",
            "tests/fixtures/bbc16",
            "tests/fixtures/bbc17",
            "tests/fixtures/bbc18",
        ])
        .output()
        .expect("factcheck runs");
    // Exit 1 while some claims fail (which is what this test records), never 2: every file loads.
    assert!(matches!(output.status.code(), Some(0 | 1)), "{}", String::from_utf8_lossy(&output.stderr));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("a JSON report");
    let claims = report["claims"].as_array().expect("claims");
    let text = |v: &serde_json::Value| v.as_str().unwrap_or("-").to_string();
    let mut lines: Vec<String> = claims
        .iter()
        .map(|c| {
            format!(
                "{:<4} {:<12} expected {:<12} {}#{}",
                text(&c["outcome"]),
                text(&c["verdict"]),
                text(&c["expect"]),
                text(&c["file"]),
                text(&c["id"])
            )
        })
        .collect();
    let passed = claims.iter().filter(|c| c["outcome"] == "pass").count();
    lines.push(format!("{passed} of {} claims pass", claims.len()));
    insta::assert_snapshot!(lines.join("\n"));
}
