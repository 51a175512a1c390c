//! Runs the `factcheck` binary as users do, from the workspace root, and checks its reports
//! and exit codes.

use insta_cmd::assert_cmd_snapshot;
use std::path::PathBuf;

mod common;
use common::{SUMMARY, check_seed_summary, factcheck, root};

#[test]
fn seed_claims_pass_human() {
    assert_cmd_snapshot!(factcheck().args(["verify", "--color", "never"]));
}

#[test]
fn seed_claims_pass_json() {
    assert_cmd_snapshot!(factcheck().args(["verify", "--format", "json", "claims/"]));
}

#[test]
fn failing_claims_exit_1_with_evidence() {
    assert_cmd_snapshot!(factcheck().args(["verify", "--color", "never", "tests/fixtures/failing/wrong-claims.yaml"]));
}

#[test]
fn failing_claims_json() {
    assert_cmd_snapshot!(factcheck().args(["verify", "--format", "json", "tests/fixtures/failing/wrong-claims.yaml"]));
}

#[test]
fn warnings_fail_only_when_denied() {
    let file = "tests/fixtures/failing/warning-only.yaml";
    let allowed = factcheck().args(["verify", "--quiet", "--color", "never", file]).output().unwrap();
    assert_eq!(allowed.status.code(), Some(0), "{}", String::from_utf8_lossy(&allowed.stdout));
    let denied = factcheck().args(["verify", "--quiet", "--deny", "warnings", file]).output().unwrap();
    assert_eq!(denied.status.code(), Some(1));
}

#[test]
fn quiet_leaves_out_passing_claims() {
    let out = factcheck().args(["verify", "--quiet", "--color", "never"]).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(stdout.contains("0 failed"));
}

#[test]
fn tags_select_claims() {
    let out = factcheck().args(["verify", "--tag", "approx", "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = report["claims"].as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["japan-aid-approx"]);
    let none = factcheck().args(["verify", "--tag", "no-such-tag"]).output().unwrap();
    assert_eq!(none.status.code(), Some(2));
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let never = factcheck().args(["verify", "--color", "never"]).output().unwrap();
    assert!(!never.stdout.contains(&0x1b));
    // Not a terminal: `auto` gives no colour.
    let auto = factcheck().args(["verify"]).output().unwrap();
    assert!(!auto.stdout.contains(&0x1b));
    let always = factcheck().args(["verify", "--color", "always"]).output().unwrap();
    assert!(always.stdout.contains(&0x1b));
}

#[test]
fn same_run_gives_identical_output() {
    for format in ["human", "json", "junit", "sarif", "github", "markdown"] {
        let args = [
            "verify",
            "--format",
            format,
            "claims/",
            "tests/fixtures/news/",
            "tests/fixtures/news2/",
            "tests/fixtures/failing/",
        ];
        let first = factcheck().args(args).output().unwrap();
        let second = factcheck().args(args).output().unwrap();
        assert!(!first.stdout.is_empty());
        assert_eq!(first.stdout, second.stdout, "{format} output differs between runs");
    }
}

#[test]
fn missing_path_is_an_error() {
    assert_cmd_snapshot!(factcheck().args(["verify", "no/such/claims.yaml"]));
}

#[test]
fn bad_arguments_exit_2() {
    let out = factcheck().args(["verify", "--format", "xml"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn help_explains_with_an_example() {
    let out = factcheck().args(["verify", "--help"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(help.contains("Example:") && help.contains("Exit codes"), "{help}");
}

/// One snapshot per loader error fixture: the message names file, line and column, shows the
/// line, and the run exits 2 having written nothing to stdout.
#[test]
fn loader_errors() {
    insta::glob!("../../../tests/fixtures/errors", "*.yaml", |path| {
        let rel = path.strip_prefix(root()).unwrap().to_string_lossy().replace('\\', "/");
        let out = factcheck().args(["verify", "--color", "never", &rel]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{rel}");
        assert!(out.stdout.is_empty(), "{rel}: a failed load must not print a report");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(&format!("{rel}:")), "{rel}: the error must name the file:\n{stderr}");
        // Each problem is placed: `FILE:LINE:COLUMN`.
        let placed = stderr.match_indices(&format!("{rel}:")).all(|(at, found)| {
            let rest = &stderr[at + found.len()..];
            let mut parts = rest.splitn(3, ':');
            parts.next().is_some_and(|l| l.parse::<u32>().is_ok())
                && parts.next().is_some_and(|c| c.chars().take_while(char::is_ascii_digit).count() > 0)
        });
        assert!(placed, "{rel}: every error names its line and column:\n{stderr}");
        insta::assert_snapshot!(stderr);
    });
}

/// The generalisation guard: claims with expected verdicts about real news articles.
#[test]
fn news_claims_pass() {
    // The batches that all pass (news4 and news5, written blind later, have their verdicts
    // snapshotted in blind.rs instead).
    for dir in ["tests/fixtures/news", "tests/fixtures/news2", "tests/fixtures/news3"] {
        let out = factcheck().args(["verify", "--format", "json", dir]).output().unwrap();
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a JSON report");
        let failed: Vec<String> = report["claims"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["outcome"] != "pass")
            .map(|c| {
                format!("{} {}: {} (expected {}): {}", c["file"], c["id"], c["verdict"], c["expect"], c["explanation"])
            })
            .collect();
        assert!(failed.is_empty(), "failing news claims:\n{}", failed.join("\n"));
        assert!(report["summary"]["claims"].as_u64().unwrap() >= 30, "{dir}");
        assert_eq!(out.status.code(), Some(0));
    }
}

#[test]
fn extract_seed_human() {
    assert_cmd_snapshot!(factcheck().args(["extract", "--color", "never", "seeds/ukraine-japan-pact.txt"]));
}

#[test]
fn extract_seed_json_with_as_of() {
    assert_cmd_snapshot!(factcheck().args([
        "extract",
        "--format",
        "json",
        "--as-of",
        "2024-05-21",
        "seeds/ukraine-japan-pact.txt"
    ]));
}

#[test]
fn extract_reads_standard_input_and_filters_kinds() {
    let mut child = factcheck()
        .args(["extract", "--format", "json", "--kind", "money", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all("Aid of $5 billion rose 12% on July 9.".as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let listing: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mentions = listing["mentions"].as_array().unwrap();
    assert_eq!(mentions.len(), 1);
    assert_eq!(mentions[0]["value"], "5000000000");
    assert_eq!(mentions[0]["low"], "4500000000");
    assert_eq!(mentions[0]["currency"], "USD");
}

#[test]
fn extract_errors_exit_2() {
    let missing = factcheck().args(["extract", "no/such/file.txt"]).output().unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no/such/file.txt"));
    let latin1 = factcheck().args(["extract", "tests/fixtures/errors/latin1-source.txt"]).output().unwrap();
    assert_eq!(latin1.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&latin1.stderr).contains("offset 3"));
    let bad_date = factcheck().args(["extract", "--as-of", "May 21", "seeds/ukraine-japan-pact.txt"]).output().unwrap();
    assert_eq!(bad_date.status.code(), Some(2));
}

/// `extract --format yaml` writes a claim file that loads and verifies as supported against the
/// text it was read from, for the seed and every news article of the fixtures.
#[test]
fn starter_claims_verify_against_their_text() {
    let mut articles = vec![root().join("seeds/ukraine-japan-pact.txt")];
    for dir in ["tests/fixtures/news/articles", "tests/fixtures/news2/articles", "tests/fixtures/news3/articles"] {
        let mut found: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        found.sort();
        articles.extend(found);
    }
    let scratch = std::env::temp_dir().join(format!("factcheck-starters-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).unwrap();
    for article in articles {
        let name = article.file_name().unwrap().to_owned();
        let out = factcheck().args(["extract", "--format", "yaml"]).arg(&article).output().unwrap();
        assert_eq!(out.status.code(), Some(0));
        std::fs::copy(&article, scratch.join(&name)).unwrap();
        let claims = scratch.join(format!("{}.yaml", name.to_string_lossy()));
        std::fs::write(&claims, &out.stdout).unwrap();
        // Run from the scratch folder: it is the project root there, so the sources are inside.
        let verified =
            factcheck().current_dir(&scratch).args(["verify", "--format", "json"]).arg(&claims).output().unwrap();
        let report: serde_json::Value = serde_json::from_slice(&verified.stdout)
            .unwrap_or_else(|_| panic!("{}: {}", name.to_string_lossy(), String::from_utf8_lossy(&verified.stderr)));
        let summary = &report["summary"];
        assert_eq!(verified.status.code(), Some(0), "{}: {summary}", name.to_string_lossy());
        assert_eq!(summary["supported"], summary["claims"], "{}", name.to_string_lossy());
        assert!(summary["claims"].as_u64().unwrap() > 0);
    }
    std::fs::remove_dir_all(&scratch).unwrap();
}

#[test]
fn check_summary_human() {
    assert_cmd_snapshot!(check_seed_summary("human"));
}

#[test]
fn check_summary_json() {
    assert_cmd_snapshot!(check_seed_summary("json"));
}

#[test]
fn check_gates() {
    let run = |extra: &[&str], text: &str| {
        let mut child = factcheck()
            .args(["check", "--quiet", "--color", "never", "--source", "seeds/ukraine-japan-pact.txt"])
            .args(extra)
            .arg("-")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
        child.wait_with_output().unwrap().status.code()
    };
    let true_text = "Japan's financial aid to Ukraine totals $12.1 billion. The talks went well.";
    assert_eq!(run(&[], true_text), Some(0));
    let unsupported = "The summit will be held in Vilnius.";
    assert_eq!(run(&[], unsupported), Some(1));
    assert_eq!(run(&["--fail-on", "contradicted"], unsupported), Some(0));
    let wrong = "Japan's financial aid to Ukraine totals $15 billion.";
    assert_eq!(run(&["--fail-on", "contradicted"], wrong), Some(1));
    let missing = factcheck().args(["check", "--source", "no/such/article.txt", SUMMARY]).output().unwrap();
    assert_eq!(missing.status.code(), Some(2));
    let no_source = factcheck().args(["check", SUMMARY]).output().unwrap();
    assert_eq!(no_source.status.code(), Some(2));
}

/// A statement gets the same verdict in a claim file as in `factcheck check`.
#[test]
fn statements_in_claim_files_behave_as_in_check() {
    let verdicts = |args: &[&str]| -> Vec<(String, String)> {
        let out = factcheck().args(args).output().unwrap();
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        report["claims"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["outcome"] != "skipped")
            .map(|c| (c["id"].as_str().unwrap().to_string(), c["verdict"].as_str().unwrap().to_string()))
            .collect()
    };
    let checked = verdicts(&[
        "check",
        "--format",
        "json",
        "--as-of",
        "2024-05-21",
        "--source",
        "seeds/ukraine-japan-pact.txt",
        SUMMARY,
    ]);
    let verified = verdicts(&["verify", "--format", "json", "tests/fixtures/check/seed-summary.yaml"]);
    let verified: Vec<(String, String)> =
        verified.into_iter().filter(|(id, _)| checked.iter().any(|(c, _)| c == id)).collect();
    assert_eq!(checked.len(), 7);
    assert_eq!(checked, verified);
}

/// Pass and fail are decided once: the same claims give the same outcomes and the same exit
/// code whether the run is streamed (JSON Lines, human) or rendered whole (JSON, with a file
/// report), with and without `--deny warnings` and `--tag`.
#[test]
fn streamed_and_whole_runs_decide_alike() {
    let outcomes = |stdout: &[u8], lines: bool| -> Vec<(String, String, String)> {
        let claims: Vec<serde_json::Value> = if lines {
            let text = String::from_utf8_lossy(stdout);
            text.lines()
                .map(|l| serde_json::from_str(l).unwrap())
                .filter(|c: &serde_json::Value| c.get("id").is_some())
                .collect()
        } else {
            let report: serde_json::Value = serde_json::from_slice(stdout).unwrap();
            report["claims"].as_array().unwrap().clone()
        };
        claims.iter().map(|c| (c["id"].to_string(), c["verdict"].to_string(), c["outcome"].to_string())).collect()
    };
    let junit = std::env::temp_dir().join(format!("factcheck-both-ways-{}.xml", std::process::id()));
    let junit_arg = format!("junit={}", junit.display());
    for paths in [
        vec!["tests/fixtures/news4", "tests/fixtures/news5"],
        vec!["tests/fixtures/failing/warning-only.yaml"],
        vec!["claims"],
    ] {
        for extra in [vec![], vec!["--deny", "warnings"], vec!["--tag", "money"]] {
            let run = |format: &str, more: &[&str]| {
                factcheck().args(["verify", "--format", format]).args(more).args(&extra).args(&paths).output().unwrap()
            };
            let streamed = run("jsonl", &[]);
            let human = run("human", &[]);
            let whole = run("json", &["--output", &junit_arg]);
            let what = format!("{paths:?} {extra:?}");
            assert_eq!(streamed.status.code(), whole.status.code(), "{what}");
            assert_eq!(human.status.code(), whole.status.code(), "{what}");
            if whole.status.code() != Some(2) {
                assert_eq!(outcomes(&streamed.stdout, true), outcomes(&whole.stdout, false), "{what}");
            }
        }
    }
    let _ = std::fs::remove_file(&junit);
}

/// The claims of a new user about one article: a loss in euros against dollars is not_found and
/// says what the source gives, a figure with no currency compares on the amount and says so, a
/// list of versions is a list of texts; an empty draft for `check` is an error, not a pass.
#[test]
fn a_new_users_claims_get_the_verdicts_a_reader_expects() {
    let out = factcheck().args(["verify", "--format", "json", "tests/fixtures/acme/acme.yaml"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let explanation = |id: &str| {
        report["claims"].as_array().unwrap().iter().find(|c| c["id"] == id).unwrap()["explanation"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let euros = explanation("loss-in-euros");
    assert!(euros.contains("`$340 million`") && euros.contains("in USD, and the claim is in EUR"), "{euros}");
    assert!(explanation("revenue-without-currency").contains("the claim names no currency"));
    let empty = factcheck()
        .args(["check", "--source", "tests/fixtures/acme/acme.txt", "tests/fixtures/acme/empty.txt"])
        .output()
        .unwrap();
    assert_eq!(empty.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&empty.stderr).contains("is empty"));
}
