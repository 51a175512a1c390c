//! A pass is earned: where a passing claim was found is shown in the human report (its line, and
//! with `--verbose` the whole evidence block) and kept in the report snapshot, so that an edit
//! that moves a claim's support shows in review. JUnit test cases name the claim's file and line;
//! SARIF rules link to their documentation.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

mod common;
use common::{SUMMARY, factcheck, root};

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A new empty project (it holds a factcheck.toml, so it is its own root) for `name`.
fn project(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factcheck-evidence-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("claims")).unwrap();
    fs::write(dir.join("factcheck.toml"), "").unwrap();
    dir.canonicalize().unwrap()
}

fn run(dir: &Path, args: &[&str]) -> Output {
    factcheck().current_dir(dir).args(args).output().unwrap()
}

/// Three claims, each found on a line of its own in `s.txt`.
const CLAIMS: &str = "source: ../s.txt\nclaims:\n  - id: aid\n    claim: Japan aid = $12.1B\n  - id: bridge\n    \
                      claim: bridge opening year = 1932\n  - id: ships\n    claim: harbour ships = 40,000\n";
const SOURCE: &str = "Japan's aid to Ukraine totals $12.1 billion.\nThe bridge opened in 1932.\nThe harbour handles \
                      40,000 ships a year.\n";

/// The changed lines of the snapshot diff that `verify --snapshot` shows on standard error.
fn changed_rows(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| (l.starts_with('-') && !l.starts_with("---")) || (l.starts_with('+') && !l.starts_with("+++")))
        .collect()
}

#[test]
fn pass_lines_say_where_the_claim_was_found() {
    let out = factcheck().args(["verify", "--color", "never", "claims/"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let line = |id: &str| stdout.lines().find(|l| l.contains(&format!(" {id}: "))).unwrap().to_string();
    assert_eq!(
        line("japan-aid-total"),
        "pass supported claims/ukraine-japan-pact.yaml:11 japan-aid-total: Japan aid = $12.1B  \
         seeds/ukraine-japan-pact.txt:11:56 \"$12.1 billion\""
    );
    // A claim that passes because the source contradicts it names the figure that does.
    assert!(line("nato-summit-wrong-date").ends_with("  seeds/ukraine-japan-pact.txt:7:176 \"July 9\""));
    // A statement's match is its whole sentence: shortened.
    let statement = line("russia-excluded");
    assert!(statement.ends_with(" \"While Russia’s exclusion from the inaugural peace summit rem…\""), "{statement}");
    // A claim found nowhere has no place to name.
    assert!(line("japan-troops").ends_with("japan-troops: Japan troops deployed = 500"));
}

#[test]
fn verbose_shows_the_evidence_of_passing_claims() {
    let args = ["verify", "--color", "never", "claims/ukraine-japan-pact.yaml"];
    let plain = text(&factcheck().args(args).output().unwrap().stdout);
    for verbose in ["--verbose", "-v"] {
        let out = factcheck().args(args).arg(verbose).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let stdout = text(&out.stdout);
        // Every pass line is still there, in order, each followed by its block.
        let passes: Vec<&str> = stdout.lines().filter(|l| l.starts_with("pass ")).collect();
        assert_eq!(passes, plain.lines().filter(|l| l.starts_with("pass ")).collect::<Vec<_>>());
        let block: Vec<&str> = stdout
            .lines()
            .skip_while(|l| !l.contains(" japan-aid-total: "))
            .skip(1)
            .take_while(|l| !l.is_empty())
            .collect();
        assert_eq!(block[0], "  --> claims/ukraine-japan-pact.yaml:11:12", "{stdout}");
        assert!(block.iter().any(|l| l.contains("^^^ claim: USD 12,100,000,000")), "{stdout}");
        assert!(block.iter().any(|l| l.trim_start() == "::: seeds/ukraine-japan-pact.txt:11:56"), "{stdout}");
        assert!(block.iter().any(|l| l.contains("------------- source: USD 12,100,000,000")), "{stdout}");
        assert!(block.iter().any(|l| l.contains("= note: the source gives `$12.1 billion`")), "{stdout}");
    }
    // `check` takes it too, for its passing sentences.
    let check = |extra: &[&str]| {
        let out = factcheck()
            .args(["check", "--color", "never", "--source", "seeds/ukraine-japan-pact.txt", SUMMARY])
            .args(extra)
            .output()
            .unwrap();
        text(&out.stdout)
    };
    let after_first = |report: &str| -> Vec<String> {
        let lines = report.lines().skip_while(|l| !l.contains(" sentence-1: ")).skip(1);
        lines.take_while(|l| !l.starts_with("pass ")).map(str::to_string).collect()
    };
    assert_eq!(after_first(&check(&[])), Vec::<String>::new(), "the next line is the next pass");
    let block = after_first(&check(&["-v"]));
    assert_eq!(block[0].trim_start(), "--> tests/fixtures/check/seed-summary.txt:1:1", "{block:#?}");
    assert!(block.iter().any(|l| l.trim_start() == "::: seeds/ukraine-japan-pact.txt:7:176"), "{block:#?}");
    // Verbose and quiet say opposite things.
    let both = factcheck().args(["verify", "-q", "-v"]).output().unwrap();
    assert_eq!(both.status.code(), Some(2));
    assert!(text(&both.stderr).contains("cannot be used with"), "{}", text(&both.stderr));
}

/// A support moved to another sentence, the verdict unchanged: that claim's row changes, and
/// only it (the other claims are found where they were).
#[test]
fn a_moved_support_is_a_two_line_snapshot_diff() {
    let dir = project("moved");
    fs::write(dir.join("claims/c.yaml"), CLAIMS).unwrap();
    fs::write(dir.join("s.txt"), SOURCE).unwrap();
    let update = run(&dir, &["verify", "-q", "--snapshot=update"]);
    assert_eq!(update.status.code(), Some(0), "{}", text(&update.stderr));
    let snapshot = fs::read_to_string(dir.join("claims/c.report.md")).unwrap();
    assert!(snapshot.contains("| claim | verdict | expected | evidence |"), "{snapshot}");
    assert!(snapshot.contains("| `ships` harbour ships = 40,000 | supported | supported | `s.txt:3:21` `40,000` |"));

    // The figure leaves the first line for the end of the third, after the harbour's.
    let moved = SOURCE
        .replace("Japan's aid to Ukraine totals $12.1 billion.", "Officials met in Tokyo.")
        .replace("ships a year.", "ships a year. Japan's aid totals $12.1 billion.");
    fs::write(dir.join("s.txt"), moved).unwrap();
    let review = run(&dir, &["verify", "-q", "--snapshot"]);
    assert_eq!(review.status.code(), Some(1), "the snapshot differs: {}", text(&review.stderr));
    let stderr = text(&review.stderr);
    assert_eq!(
        changed_rows(&stderr),
        [
            "-| `aid` Japan aid = \\$12.1B | supported | supported | `s.txt:1:31` `$12.1 billion` |",
            "+| `aid` Japan aid = \\$12.1B | supported | supported | `s.txt:3:61` `$12.1 billion` |",
        ],
        "{stderr}"
    );
    fs::remove_dir_all(&dir).unwrap();
}

/// A verdict flipped by an edit of the source is one row out, one row in, the evidence cell
/// naming the figure that flipped it.
#[test]
fn a_flipped_verdict_is_a_two_line_snapshot_diff() {
    let dir = project("flipped");
    fs::write(dir.join("claims/c.yaml"), CLAIMS).unwrap();
    fs::write(dir.join("s.txt"), SOURCE).unwrap();
    assert_eq!(run(&dir, &["verify", "-q", "--snapshot=update"]).status.code(), Some(0));
    fs::write(dir.join("s.txt"), SOURCE.replace("1932", "1937")).unwrap();
    let check = run(&dir, &["verify", "-q", "--snapshot=check"]);
    assert_eq!(check.status.code(), Some(1));
    let stderr = text(&check.stderr);
    assert_eq!(
        changed_rows(&stderr),
        [
            "-| `bridge` bridge opening year = 1932 | supported | supported | `s.txt:2:22` `1932` |",
            "+| `bridge` bridge opening year = 1932 | contradicted | supported | `s.txt:2:22` `1937` |",
        ],
        "{stderr}"
    );
    fs::remove_dir_all(&dir).unwrap();
}

/// The committed snapshot has the evidence column, in every row of a claim found somewhere.
#[test]
fn the_committed_snapshot_names_the_evidence() {
    let snapshot = fs::read_to_string(root().join("claims/ukraine-japan-pact.report.md")).unwrap();
    let rows: Vec<&str> = snapshot.lines().filter(|l| l.starts_with("| `")).collect();
    assert!(!rows.is_empty());
    for row in rows {
        let found = !row.contains("| not_found |");
        assert_eq!(row.contains("| `seeds/ukraine-japan-pact.txt:"), found, "{row}");
    }
}

#[test]
fn junit_test_cases_name_the_claims_file_and_line() {
    let out = factcheck().args(["verify", "--format", "junit", "tests/fixtures/formats/report.yaml"]).output().unwrap();
    let xml = text(&out.stdout);
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let cases: Vec<_> = doc.descendants().filter(|n| n.has_tag_name("testcase")).collect();
    assert!(!cases.is_empty());
    for case in &cases {
        assert_eq!(case.attribute("file"), Some("tests/fixtures/formats/report.yaml"));
        assert!(case.attribute("line").and_then(|l| l.parse::<u32>().ok()).is_some_and(|l| l > 0));
    }
    let ticket = cases.iter().find(|n| n.attribute("name") == Some("ticket-rise")).unwrap();
    assert_eq!(ticket.attribute("line"), Some("14"));
}

#[test]
fn sarif_rules_are_documented() {
    let out = factcheck().args(["verify", "--format", "sarif", "claims/"]).output().unwrap();
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let driver = &log["runs"][0]["tool"]["driver"];
    let home = driver["informationUri"].as_str().unwrap();
    assert!(home.starts_with("https://"), "{home}");
    let rules = driver["rules"].as_array().unwrap();
    assert_eq!(rules.len(), 5);
    for rule in rules {
        assert!(rule["helpUri"].as_str().unwrap().starts_with(home), "{rule}");
        let full = rule["fullDescription"]["text"].as_str().unwrap();
        // Fuller than the one-sentence description.
        assert!(full.len() > rule["shortDescription"]["text"].as_str().unwrap().len(), "{rule}");
    }
}
