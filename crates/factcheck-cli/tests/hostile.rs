//! Hostile and broken input, and the promises that protect users' files: every bad input gives
//! a verdict or a clear error (never a panic or a hang), a failed write leaves the old file as
//! it was, claim files and sources are never written, a closed pipe ends the run quietly, and
//! the report is the same whatever the thread count or the order of the paths given.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, SystemTime};

mod common;
use common::{factcheck, root, run_within};

/// One snapshot per bad-input claim file (tests/fixtures/bad-input/make.py writes them): the
/// exit code, standard output and standard error of `verify`, reviewed line by line. A run
/// ends with a verdict (exit 0 or 1) or an error naming the file, line and column (exit 2).
#[test]
fn bad_input() {
    insta::glob!("../../../tests/fixtures/bad-input", "*.yaml", |path| {
        let rel = path.strip_prefix(root()).unwrap().to_string_lossy().replace('\\', "/");
        let out = run_within(factcheck().args(["verify", "--color", "never", &rel]), Duration::from_secs(60));
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let code = out.status.code();
        assert!(!stderr.contains("panicked"), "{rel}: {stderr}");
        assert!(matches!(code, Some(0..=2)), "{rel}: exit {code:?}\n{stderr}");
        if code == Some(2) {
            assert!(stdout.is_empty(), "{rel}: a failed load must not print a report");
            assert!(stderr.contains(&format!("{rel}:")), "{rel}: the error must name the file:\n{stderr}");
        }
        // The human report stays readable: no line longer than a wide terminal's.
        let longest = stdout.lines().chain(stderr.lines()).map(|l| l.chars().count()).max().unwrap_or(0);
        assert!(longest <= 400, "{rel}: a line of {longest} characters");
        insta::assert_snapshot!(format!("exit: {}\n--- stdout\n{stdout}--- stderr\n{stderr}", code.unwrap()));
    });
}

/// The JSON report of the line-end fixtures: the evidence's line and column are the same
/// whether the source's lines end in LF, CRLF or CR alone.
#[test]
fn line_ends_give_the_same_positions() {
    let positions = |file: &str| {
        let out = factcheck().args(["verify", "--format", "json", file]).output().unwrap();
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        report["claims"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                let e = &c["evidence"][0];
                (c["line"].clone(), c["column"].clone(), c["verdict"].clone(), e["line"].clone(), e["column"].clone())
            })
            .collect::<Vec<_>>()
    };
    let crlf = positions("tests/fixtures/bad-input/crlf.yaml");
    assert_eq!(crlf, positions("tests/fixtures/bad-input/cr-only.yaml"));
    // `summit date = July 19`, on line 8 of the claim file, against `July 9` on line 3, column 22.
    assert_eq!(crlf[2], (8.into(), 12.into(), "contradicted".into(), 3.into(), 22.into()));
}

/// A source that states the subject's value in a thousand places: the JSON report carries at
/// most 20 evidence items for the claim, and the human report stays a few lines long.
#[test]
fn evidence_is_capped() {
    let dir = scratch("evidence-cap");
    fs::write(dir.join("factcheck.toml"), "").unwrap();
    fs::write(dir.join("s.txt"), "Japan's aid totals $15 billion. ".repeat(1000)).unwrap();
    fs::write(dir.join("c.yaml"), "source: s.txt\nclaims:\n  - id: aid\n    claim: Japan aid = $12.1B\n").unwrap();
    let out = factcheck().current_dir(&dir).args(["verify", "--format", "json", "c.yaml"]).output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let claim = &report["claims"][0];
    assert_eq!(claim["evidence"].as_array().unwrap().len(), 20);
    let explanation = claim["explanation"].as_str().unwrap();
    assert!(explanation.ends_with("(980 more places in the source not listed)"), "{explanation}");
    let human = factcheck().current_dir(&dir).args(["verify", "--color", "never", "c.yaml"]).output().unwrap();
    let text = String::from_utf8(human.stdout).unwrap();
    assert!(text.lines().count() < 30, "{text}");
    assert!(text.contains("and 17 more places (see --format json)"), "{text}");
    fs::remove_dir_all(&dir).unwrap();
}

/// A sentence of forty thousand lines (no full stop, each line opening in lower case), 880 KB
/// in all: the human report shows the value's line, with the right line and column.
#[test]
fn long_sentences_are_cut_around_the_match() {
    let dir = scratch("long-sentence");
    fs::write(dir.join("factcheck.toml"), "").unwrap();
    let lines = "and the Talks went on\n".repeat(20_000);
    fs::write(dir.join("s.txt"), format!("Aid\n{lines}while Japan's aid totals $12.1 billion\n{lines}")).unwrap();
    fs::write(dir.join("c.yaml"), "source: s.txt\nclaims:\n  - id: aid\n    claim: Japan aid = $15B\n").unwrap();
    let out = run_within(
        factcheck().current_dir(&dir).args(["verify", "--color", "never", "c.yaml"]),
        Duration::from_secs(60),
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(text.lines().count() < 30, "{text}");
    assert!(text.contains("s.txt:20002:26"), "{text}");
    assert!(text.contains("20002 | while Japan's aid totals $12.1 billion"), "{text}");
    fs::remove_dir_all(&dir).unwrap();
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factcheck-hostile-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir.canonicalize().unwrap()
}

/// A small project: factcheck.toml, a source and a claim file that passes.
fn project(name: &str) -> PathBuf {
    let dir = scratch(name);
    fs::write(dir.join("factcheck.toml"), "").unwrap();
    fs::create_dir_all(dir.join("claims")).unwrap();
    fs::write(dir.join("claims/source.txt"), "Japan's aid to Ukraine totals $12.1 billion.\n").unwrap();
    fs::write(dir.join("claims/aid.yaml"), "source: source.txt\nclaims:\n  - id: aid\n    claim: Japan aid = $12.1B\n")
        .unwrap();
    dir
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

/// True when permissions do not stop this process (root): the read-only tests then prove
/// nothing, and are skipped.
#[cfg(unix)]
fn permissions_are_ignored(dir: &Path) -> bool {
    let probe = dir.join("probe");
    fs::create_dir_all(&probe).unwrap();
    set_mode(&probe, 0o555);
    let ignored = fs::write(probe.join("x"), "x").is_ok();
    set_mode(&probe, 0o755);
    fs::remove_dir_all(&probe).unwrap();
    ignored
}

/// `--output` into a folder where the temporary file cannot be created: exit 2, the old
/// report as it was, no temporary file left.
#[cfg(unix)]
#[test]
fn a_failed_output_write_leaves_the_old_file() {
    let dir = project("failed-output");
    let reports = dir.join("reports");
    fs::create_dir_all(&reports).unwrap();
    let old = reports.join("report.json");
    fs::write(&old, "the previous report\n").unwrap();
    let listing = |d: &Path| {
        let mut names: Vec<_> = fs::read_dir(d).unwrap().map(|e| e.unwrap().file_name()).collect();
        names.sort();
        names
    };
    // A path whose folder is a file: nothing can be created there, whoever runs the test.
    fs::write(dir.join("not-a-folder"), "x").unwrap();
    let out = factcheck()
        .current_dir(&dir)
        .args([
            "verify",
            "--quiet",
            "--output",
            "json=not-a-folder/report.json",
            "--output",
            "sarif=reports/report.json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not-a-folder/report.json"));
    // The report that could be written was written whole; nothing else is there.
    assert!(fs::read_to_string(&old).unwrap().contains("\"version\": \"2.1.0\""));
    assert_eq!(listing(&reports), ["report.json"]);

    // A read-only folder (for a user whom permissions stop): the old file stays as it was.
    fs::write(&old, "the previous report\n").unwrap();
    if !permissions_are_ignored(&dir) {
        set_mode(&reports, 0o555);
        let out = factcheck()
            .current_dir(&dir)
            .args(["verify", "--quiet", "--output", "json=reports/report.json"])
            .output()
            .unwrap();
        set_mode(&reports, 0o755);
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(fs::read_to_string(&old).unwrap(), "the previous report\n");
        assert_eq!(listing(&reports), ["report.json"]);
    }
    fs::remove_dir_all(&dir).unwrap();
}

/// A run killed while it writes: whatever the moment, the target holds the old report or the
/// new one whole, never a part.
#[cfg(unix)]
#[test]
fn a_killed_run_leaves_a_whole_file() {
    let dir = project("killed");
    // Enough claims that the run takes a while.
    let mut claims = String::from("source: source.txt\nclaims:\n");
    for i in 0..800 {
        claims.push_str(&format!("  - id: c{i}\n    claim: Japan aid = ${i}B\n    expect: contradicted\n"));
    }
    fs::write(dir.join("claims/many.yaml"), claims).unwrap();
    let target = dir.join("report.json");
    fs::write(&target, "old").unwrap();
    let finished = factcheck()
        .current_dir(&dir)
        .args(["verify", "--quiet", "--output", "json=report.json"])
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(finished.code() == Some(1) || finished.code() == Some(0));
    let whole = fs::read(&target).unwrap();
    assert!(whole.len() > 50_000);
    for delay_ms in [0, 10, 30, 60, 120, 250] {
        fs::write(&target, "old").unwrap();
        let mut child = factcheck()
            .current_dir(&dir)
            .args(["verify", "--quiet", "--output", "json=report.json"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        let now = fs::read(&target).unwrap();
        assert!(now == b"old" || now == whole, "after {delay_ms} ms: {} bytes", now.len());
    }
    fs::remove_dir_all(&dir).unwrap();
}

fn stamp(path: &Path) -> (Vec<u8>, SystemTime) {
    (fs::read(path).unwrap(), fs::metadata(path).unwrap().modified().unwrap())
}

/// Claim files and sources are read, never written: not by verify, snapshot updates,
/// accept, init or the report outputs.
#[test]
fn claim_files_and_sources_are_never_written() {
    let dir = project("read-only-inputs");
    let inputs = [dir.join("claims/aid.yaml"), dir.join("claims/source.txt"), dir.join("factcheck.toml")];
    let before: Vec<_> = inputs.iter().map(|p| stamp(p)).collect();
    // Make any write visible in the modification time, however coarse the file system's clock.
    std::thread::sleep(Duration::from_millis(1100));
    let runs: &[&[&str]] = &[
        &["verify"],
        &["verify", "--snapshot=update"],
        &["verify", "--snapshot"],
        &["verify", "--snapshot=check"],
        &["accept"],
        &["init"],
        &["verify", "--format", "sarif", "--output", "json=out/report.json", "--output", "junit=report.xml"],
        &["check", "--source", "claims/source.txt", "claims/source.txt"],
        &["extract", "--format", "yaml", "claims/source.txt"],
    ];
    fs::create_dir_all(dir.join("out")).unwrap();
    for args in runs {
        let out = factcheck().current_dir(&dir).args(*args).output().unwrap();
        assert!(matches!(out.status.code(), Some(0..=1)), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
    let after: Vec<_> = inputs.iter().map(|p| stamp(p)).collect();
    assert_eq!(before, after);
    fs::remove_dir_all(&dir).unwrap();
}

/// A reader that goes away after a few bytes (`factcheck verify | head -c 10`): the run ends
/// without a panic or an error message, for the streamed formats (human, jsonl) and for the
/// whole-report ones (json, sarif).
#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    for format in ["human", "jsonl", "json", "sarif"] {
        let mut child = factcheck()
            .args(["verify", "--format", format, "--color", "never"])
            .args(["tests/fixtures/news", "tests/fixtures/news2", "tests/fixtures/news3", "claims"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = child.stdout.take().unwrap();
        let mut first = [0u8; 10];
        stdout.read_exact(&mut first).unwrap();
        drop(stdout);
        let mut stderr = String::new();
        child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
        let status = child.wait().unwrap();
        assert!(stderr.is_empty(), "{format}: {stderr}");
        assert!(matches!(status.code(), Some(0..=1)), "{format}: {status:?}");
    }
}

/// The same files give the same report, byte for byte: with one thread or several, and
/// whatever the order (or repetition) of the paths that name them.
#[test]
fn reports_are_the_same_whatever_the_threads_and_the_order() {
    let orders: &[&[&str]] = &[
        &["tests/fixtures/news", "tests/fixtures/news2", "claims"],
        &["claims", "tests/fixtures/news2", "tests/fixtures/news"],
        &["tests/fixtures/news2/", "./claims", "tests/fixtures/news", "claims/ukraine-japan-pact.yaml"],
    ];
    // Each thread count with the first order, and each order with several threads.
    let runs = [("1", 0), ("2", 0), ("8", 0), ("2", 1), ("1", 2), ("8", 2)];
    for format in ["json", "jsonl", "human"] {
        let mut reports = Vec::new();
        for (jobs, order) in runs {
            let paths = orders[order];
            let out = factcheck()
                .args(["verify", "--color", "never", "--jobs", jobs, "--format", format])
                .args(paths)
                .output()
                .unwrap();
            assert!(!out.stdout.is_empty(), "{format}: {}", String::from_utf8_lossy(&out.stderr));
            reports.push(((jobs, paths), out.stdout));
        }
        let (first_args, first) = &reports[0];
        for (args, report) in &reports[1..] {
            assert!(
                report == first,
                "{format}: {args:?} differs from {first_args:?}:\n{}",
                first_difference(first, report)
            );
        }
    }
}

fn first_difference(a: &[u8], b: &[u8]) -> String {
    let (a, b) = (String::from_utf8_lossy(a), String::from_utf8_lossy(b));
    a.lines()
        .zip(b.lines())
        .find(|(x, y)| x != y)
        .map_or_else(|| "one is a prefix of the other".to_string(), |(x, y)| format!("{x}\n{y}"))
}
