//! User text in reports read on a terminal or in a CI log: claim text, ids, notes, file names,
//! source text and load errors holding a line break and a GitHub workflow command, terminal
//! escape sequences, a C1 control, DEL, a bidirectional override and the runner's older
//! `##[command]` form. Each report must show them escaped, never raw: CI runs factcheck on
//! pull requests anyone can open.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::atomic::{AtomicUsize, Ordering};

mod common;
use common::factcheck;

/// The claim file's name: a line break, a workflow command and a clear-screen sequence.
const CLAIM_FILE: &str = "claims\n::add-mask::file\u{1b}[2J.yaml";

/// The hostile text, as a YAML double-quoted scalar writes it: a line break and a workflow
/// command, an OSC retitle and a clear screen, a C1 CSI, DEL, a bidirectional override and
/// the older command form.
const YAML_PAYLOAD: &str = r"Japan\n::add-mask::Japan \e]0;pwned\a\e[2J \u009b2J \x7f \u202ex ##[add-mask]y";

/// A folder of its own under the temporary directory, made the project root by an empty
/// `factcheck.toml`, holding `files`.
fn project(files: &[(&str, &str)]) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "factcheck-escaping-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("factcheck.toml"), "# test\n").unwrap();
    for (name, text) in files {
        fs::write(dir.join(name), text).unwrap();
    }
    dir
}

/// The source: the hostile text raw around the figures.
fn source() -> String {
    "Before Japan\n::add-mask::Japan \u{1b}]0;pwned\u{7}\u{1b}[2J \u{9b}2J \u{7f} \u{202e}x ##[add-mask]y.\n\
     The aid to Ukraine was $4 billion \u{1b}]0;pwned\u{7} \u{9b}2J \u{7f} \u{202e}x ##[add-mask]y in 2024.\n"
        .to_string()
}

/// A claim file whose claims fail, pass and hold the hostile text everywhere.
fn claims() -> String {
    format!(
        "source: \"src\\e]0;x\\a.txt\"\nclaims:\n  - id: aid\n    claim: \"{YAML_PAYLOAD} aid to Ukraine = $5 billion\"\n    \
         note: \"a note {YAML_PAYLOAD}\"\n  - id: aid-ok\n    claim: \"{YAML_PAYLOAD} aid to Ukraine = $4 billion\"\n"
    )
}

/// The project of the claims, with the source named with an OSC sequence.
fn claims_project() -> PathBuf {
    project(&[(CLAIM_FILE, &claims()), ("src\u{1b}]0;x\u{7}.txt", &source())])
}

fn run(dir: &Path, args: &[&str]) -> Output {
    factcheck().current_dir(dir).args(args).output().unwrap()
}

/// Whether `bytes` holds a control character other than a line feed or a tab, an ESC that does
/// not start an SGR colour sequence, a line or paragraph separator or a bidirectional override.
fn has_raw_controls(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            if chars.next() != Some('[') {
                return true;
            }
            match chars.by_ref().find(|d| !(d.is_ascii_digit() || *d == ';')) {
                Some('m') => {}
                _ => return true,
            }
        } else if (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        {
            return true;
        }
    }
    false
}

/// `out` is safe to print: no raw control, no line the Actions runner reads as a command (it
/// skips leading white space), no `##[`; and the payload's line break is shown as `\n`.
fn assert_safe(out: &[u8]) -> String {
    let text = String::from_utf8_lossy(out).into_owned();
    assert!(!has_raw_controls(out), "raw control in:\n{text:?}");
    for line in text.lines() {
        assert!(!line.trim_start().starts_with("::add-mask::"), "a workflow command line: {line:?}\n{text}");
        assert!(!line.contains("##["), "the older command form: {line:?}");
    }
    assert!(text.contains(r"\n::add-mask::"), "the line break is not shown:\n{text}");
    text
}

#[test]
fn the_checker_finds_raw_controls() {
    assert!(!has_raw_controls(b"\x1b[1m\x1b[32mpass\x1b[0m line\n\tnext"));
    for raw in ["\x1b]0;pwned\x07", "\x1b[2J", "a\rb", "a\u{9b}b", "\u{7f}", "\u{202e}", "\u{2028}"] {
        assert!(has_raw_controls(raw.as_bytes()), "{raw:?}");
    }
}

#[test]
fn human_report() {
    let dir = claims_project();
    let out = run(&dir, &["verify", "--color", "always", CLAIM_FILE]);
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let text = assert_safe(&out.stdout);
    // The file name, the claim, the note and the source's path, escaped.
    assert!(text.contains(r"claims\n::add-mask::file\u{1b}[2J.yaml"), "{text}");
    assert!(text.contains(r"\u{1b}]0;pwned\u{7}\u{1b}[2J \u{9b}2J \u{7f} \u{202e}x \u{23}#[add-mask]y"), "{text}");
    assert!(text.contains(r"claim note: a note Japan\n::add-mask::"), "{text}");
    assert!(text.contains(r"src\u{1b}]0;x\u{7}.txt"), "{text}");
    // The source's text is shown by annotate-snippets: C0 controls as symbols, the rest escaped.
    assert!(text.contains("␛]0;pwned␇ \\u{9b}2J ␡ �x \\u{23}#[add-mask]y in 2024"), "{text}");
    assert!(!has_raw_controls(&out.stderr), "{}", String::from_utf8_lossy(&out.stderr));
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn github_report() {
    let dir = claims_project();
    let out = run(&dir, &["verify", "--format", "github", CLAIM_FILE]);
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let text = assert_safe(&out.stdout);
    // A line per failing claim and the summary, each one of factcheck's own commands.
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].starts_with(r"::error file=claims\n%3A%3Aadd-mask%3A%3Afile\u{1b}[2J.yaml,line=4,"), "{text}");
    assert!(lines[1].starts_with("::notice title=factcheck::"), "{text}");
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn markdown_and_junit_reports() {
    let dir = claims_project();
    for format in ["markdown", "junit"] {
        let out = run(&dir, &["verify", "--format", format, CLAIM_FILE]);
        assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(!has_raw_controls(&out.stdout), "{format}: {text:?}");
        assert!(!text.contains("##["), "{format}: {text}");
        assert!(text.contains(r"\u{1b}"), "{format}: the escape sequence is not shown:\n{text}");
    }
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn extract_listing() {
    let name = "text\n::add-mask::name\u{1b}]0;x\u{7}.txt";
    let dir = project(&[(name, &source())]);
    let out = run(&dir, &["extract", "--color", "always", name]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let text = assert_safe(&out.stdout);
    assert!(text.contains(r"in text\n::add-mask::name\u{1b}]0;x\u{7}.txt"), "{text}");
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn load_errors() {
    // An unknown severity, holding the hostile text, in a file named with it.
    let bad =
        format!("source: src.txt\nclaims:\n  - id: aid\n    claim: aid = $5\n    severity: \"loud {YAML_PAYLOAD}\"\n");
    let dir = project(&[(CLAIM_FILE, &bad), ("src.txt", "Aid was $5.\n")]);
    let out = run(&dir, &["verify", "--color", "always", CLAIM_FILE]);
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stdout));
    let text = assert_safe(&out.stderr);
    assert!(text.contains(r"claims\n::add-mask::file\u{1b}[2J.yaml:5:15"), "{text}");
    assert!(text.contains(r"unknown severity `loud Japan\n::add-mask::Japan \u{1b}]0;pwned"), "{text}");
    // A path that does not exist, named with the hostile text.
    let missing = "gone\n::add-mask::gone\u{1b}]0;pwned\u{7}.yaml";
    let out = run(&dir, &["verify", "--color", "always", missing]);
    assert_eq!(out.status.code(), Some(2));
    assert_safe(&out.stderr);
    fs::remove_dir_all(dir).unwrap();
}
