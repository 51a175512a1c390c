//! Report snapshots: `verify --snapshot` keeps each claim file's Markdown report beside it
//! (`X.yaml` → `X.report.md`), so that a change in a source or a claim that changes a verdict
//! shows in review as a change of that file; `accept` takes the reports left for review.
//!
//! A snapshot is a table of one claim file's claims, a row each, with its paths relative to
//! the project root and `/`-separated, so that it is the same on every machine, from every
//! folder, however the claim file was named on the command line. It holds no time, no colour
//! and nothing absolute. Each row names the place in a source its verdict rests on, so an edit
//! of a source that moves the support of a claim (or shifts its line or column) changes that
//! claim's row.
//!
//! Snapshots and the `.new` files beside them come from the pull request under check too: each
//! is read only when it is a regular file that stays inside the project root, at most
//! [`MAX_SNAPSHOT_BYTES`], and written only where it stays inside.

use crate::args::SnapshotMode;
use crate::config::shown_from;
use crate::escape::terminal;
use crate::output::write_atomically;
use factcheck_core::{ClaimResult, Report};
use factcheck_loader::error::display_path;
use factcheck_loader::{Refusal, confine};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The longest diff shown for one file, in lines; the rest is in the `.new` file.
const MAX_DIFF_LINES: usize = 40;
/// The largest snapshot read: a row per claim, and a claim file holds at most 8 MiB of claims.
pub const MAX_SNAPSHOT_BYTES: u64 = 32 * 1024 * 1024;

/// Reads the snapshot at `path`, `None` when there is none; refused unless it is a regular
/// file inside `root` of at most [`MAX_SNAPSHOT_BYTES`] (what it is instead is never shown).
fn read_snapshot(path: &Path, root: &Path) -> Result<Option<String>, String> {
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.to_string()),
        Ok(_) => {}
    }
    let real = confine::readable(path, root).map_err(|why| format!("it {why}"))?;
    match factcheck_loader::read_capped(&real, MAX_SNAPSHOT_BYTES) {
        Ok(Some(bytes)) => String::from_utf8(bytes).map(Some).map_err(|_| "it is not UTF-8 text".to_string()),
        Ok(None) => Err(format!("it is larger than the limit of {} MiB", MAX_SNAPSHOT_BYTES >> 20)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e.to_string()),
    }
}

/// Writes `text` to `path` whole, where it stays inside `root`.
fn write_snapshot(path: &Path, root: &Path, text: &str) -> std::io::Result<()> {
    let target = confine::writable(path, root).map_err(|why| std::io::Error::other(format!("it {why}")))?;
    write_atomically(&target, text.as_bytes())
}

/// What happened to the snapshots of a run.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    /// Snapshots that differ from the run (or are missing), in `review` and `check` modes.
    pub differ: usize,
    /// Snapshots that could not be read or written.
    pub errors: usize,
}

/// The snapshot of claim file `file`: `X.report.md` beside `X.yaml`.
pub fn snapshot_path(file: &Path) -> PathBuf {
    let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    file.with_file_name(format!("{stem}.report.md"))
}

/// The report left for review beside `snapshot`: `X.report.md.new`.
pub fn pending_path(snapshot: &Path) -> PathBuf {
    let mut name = snapshot.as_os_str().to_owned();
    name.push(".new");
    PathBuf::from(name)
}

/// The snapshot text of claim file `file` (as the loader showed it) in `report`, seen from
/// `cwd` in the project at `root`.
pub fn render(report: &Report, file: &str, cwd: &Path, root: &Path) -> String {
    let mut results: Vec<_> = report.results.iter().filter(|r| r.file == file).cloned().collect();
    for r in &mut results {
        r.file = from_root(cwd, root, &r.file);
        for e in &mut r.evidence {
            e.source = from_root(cwd, root, &e.source);
        }
    }
    table(&from_root(cwd, root, file), &results)
}

/// One table row per claim, in file order, and nothing else: no counts or headings that change
/// with every edit, so that a verdict flipped by an edit of the source is one row changed, a
/// two-line diff. Each row names where its verdict was found (the place and matched text of its
/// leading evidence, see [`crate::render::leading_evidence`]), so that a support moved to
/// another sentence or another figure is a two-line diff too. The full report, with every piece
/// of evidence, is `--format markdown`.
fn table(file: &str, results: &[ClaimResult]) -> String {
    use crate::render::markdown::{code_cell, escape};
    let mut out = format!(
        "# factcheck report snapshot: {}\n\nOne row per claim. Regenerate with `factcheck verify --snapshot` and \
         `factcheck accept`.\n\n| claim | verdict | expected | evidence |\n|---|---|---|---|\n",
        escape(file)
    );
    for r in results {
        // Empty for a claim found nowhere: there is no place to name.
        let evidence = crate::render::leading_evidence(r)
            .map(|e| {
                let place = format!("{}:{}:{}", e.source, e.line, e.column);
                format!("{} {}", code_cell(&place), code_cell(&crate::render::matched_text(e)))
            })
            .unwrap_or_default();
        out.push_str(&format!(
            "| {} {} | {} | {} | {evidence} |\n",
            code_cell(&r.id),
            escape(&r.claim),
            r.verdict.name(),
            r.expect.name()
        ));
    }
    out
}

/// A path shown relative to `cwd`, shown instead relative to the project root (unchanged when
/// it lies outside the root).
fn from_root(cwd: &Path, root: &Path, shown: &str) -> String {
    let full = cwd.join(shown);
    let full = std::fs::canonicalize(&full).unwrap_or(full);
    match full.strip_prefix(root) {
        Ok(rel) => display_path(rel),
        Err(_) => shown.to_string(),
    }
}

/// Compares (and, as `mode` says, writes) the snapshot of every claim file in `files`, saying
/// what it did on `err`.
pub fn run(
    report: &Report,
    files: &[PathBuf],
    mode: SnapshotMode,
    cwd: &Path,
    root: &Path,
    err: &mut dyn Write,
) -> Outcome {
    let mut outcome = Outcome::default();
    for file in files {
        let text = render(report, &display_path(file), cwd, root);
        let snapshot = snapshot_path(file);
        let pending = pending_path(&snapshot);
        let (shown, shown_new) =
            (terminal(&display_path(&snapshot)).into_owned(), terminal(&display_path(&pending)).into_owned());
        let old = match read_snapshot(&snapshot, root) {
            Ok(old) => old,
            Err(e) => {
                let _ = writeln!(err, "error: cannot read the snapshot `{shown}`: {e}");
                outcome.errors += 1;
                continue;
            }
        };
        let same = old.as_deref() == Some(text.as_str());
        match mode {
            SnapshotMode::Update => {
                if !same {
                    match write_snapshot(&snapshot, root, &text) {
                        Ok(()) => {
                            let _ = writeln!(err, "snapshot: wrote {shown}");
                        }
                        Err(e) => outcome.errors += io_error(err, "write", &shown, e),
                    }
                }
                if let Err(e) = remove_if_present(&pending) {
                    outcome.errors += io_error(err, "remove", &shown_new, e);
                }
            }
            SnapshotMode::Review if same => {
                if let Err(e) = remove_if_present(&pending) {
                    outcome.errors += io_error(err, "remove", &shown_new, e);
                }
            }
            SnapshotMode::Check if same => {}
            SnapshotMode::Review | SnapshotMode::Check => {
                outcome.differ += 1;
                let review = mode == SnapshotMode::Review;
                if review && let Err(e) = write_snapshot(&pending, root, &text) {
                    outcome.errors += io_error(err, "write", &shown_new, e);
                    continue;
                }
                let then = if review {
                    format!("wrote {shown_new}; `factcheck accept` takes it")
                } else {
                    "run `factcheck verify --snapshot` to review the new report".to_string()
                };
                match &old {
                    None => {
                        let _ = writeln!(err, "snapshot: {shown} is missing; {then}");
                    }
                    Some(old) => {
                        let _ = writeln!(err, "snapshot: {shown} differs from this run; {then}");
                        let _ = err.write_all(diff(old, &text, &shown).as_bytes());
                    }
                }
            }
        }
    }
    outcome
}

/// A unified diff of the snapshot against the run, one line of context, at most
/// [`MAX_DIFF_LINES`] lines.
pub fn diff(old: &str, new: &str, shown: &str) -> String {
    let diff = similar::TextDiff::from_lines(old, new);
    let text = diff
        .unified_diff()
        .context_radius(1)
        .missing_newline_hint(false)
        .header(&format!("a/{shown}"), &format!("b/{shown}"))
        .to_string();
    let lines: Vec<&str> = text.lines().collect();
    // The old snapshot is the pull request's file: its lines are shown escaped.
    let mut out: String = lines.iter().take(MAX_DIFF_LINES).map(|l| format!("{}\n", terminal(l))).collect();
    if lines.len() > MAX_DIFF_LINES {
        out.push_str(&format!("... {} more lines of diff\n", lines.len() - MAX_DIFF_LINES));
    }
    out
}

/// Says that `what` failed on `path`; counts as one error.
fn io_error(err: &mut dyn Write, what: &str, path: &str, e: std::io::Error) -> usize {
    let _ = writeln!(err, "error: cannot {what} `{path}`: {e}");
    1
}

fn remove_if_present(path: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// `factcheck accept`: renames each `X.report.md.new` under `paths` (folders searched, claim
/// files and snapshots named directly) over its `X.report.md`. A `.new` that is not a regular
/// file inside `root` (a link, a folder) is refused, as is a snapshot that is a folder or a link
/// out; one that another run accepted first is said so. Returns the exit code.
pub fn accept(paths: &[PathBuf], cwd: &Path, root: &Path, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let is_pending = |p: &Path| p.to_string_lossy().ends_with(".report.md.new");
    let mut walk = factcheck_loader::Walk::new(root, &is_pending);
    walk.refuse_folders_kept = true;
    let mut problems = 0;
    for path in paths {
        let shown = terminal(&display_path(path)).into_owned();
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => {
                if let Err(e) = walk.folder(path) {
                    let _ = writeln!(err, "error: {}", terminal(&error_chain(&e)));
                    return crate::exit::CHECK_ERROR;
                }
            }
            Ok(_) => {
                let name = path.to_string_lossy();
                let candidate = if name.ends_with(".report.md.new") {
                    path.clone()
                } else if name.ends_with(".report.md") {
                    pending_path(path)
                } else {
                    pending_path(&snapshot_path(path))
                };
                match std::fs::symlink_metadata(&candidate) {
                    Ok(m) if m.is_dir() => walk.found.refused.push((display_path(&candidate), Refusal::Folder)),
                    Ok(_) => walk.found.files.push(candidate),
                    Err(_) => {}
                }
            }
            Err(e) => {
                let _ = writeln!(err, "error: cannot read `{shown}`: {e}");
                return crate::exit::CHECK_ERROR;
            }
        }
    }
    let mut found = walk.found;
    for (path, why) in &found.refused {
        let _ = writeln!(err, "error: `{}` {why}; not accepted", terminal(path));
        problems += 1;
    }
    found.files.sort();
    found.files.dedup();
    let mut accepted = 0;
    for new in &found.files {
        let shown = terminal(&display_path(new)).into_owned();
        let name = new.to_string_lossy();
        let target = PathBuf::from(name.strip_suffix(".new").unwrap_or(&name));
        // The pending file itself must be a plain file: a link would become the snapshot.
        match std::fs::symlink_metadata(new) {
            Ok(m) if m.file_type().is_symlink() => {
                let _ = writeln!(err, "error: `{shown}` is a symbolic link; not accepted");
                problems += 1;
                continue;
            }
            Ok(m) if !m.is_file() => {
                let _ = writeln!(err, "error: `{shown}` is not a regular file; not accepted");
                problems += 1;
                continue;
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            _ => {}
        }
        let destination = match confine::readable(new, root).and_then(|_| confine::writable(&target, root)) {
            Ok(destination) => destination,
            Err(why) => {
                let _ = writeln!(err, "error: `{shown}` cannot be accepted: the snapshot {why}");
                problems += 1;
                continue;
            }
        };
        match std::fs::rename(new, &destination) {
            Ok(()) => {
                accepted += 1;
                let _ = writeln!(out, "accepted {}", terminal(&shown_from(cwd, &target)));
            }
            // Another `accept` took it first: the snapshot is what was to be accepted.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && destination.is_file() => {
                let _ = writeln!(out, "already accepted {}", terminal(&shown_from(cwd, &target)));
            }
            Err(e) => {
                let _ = writeln!(err, "error: cannot rename `{shown}`: {e}");
                problems += 1;
            }
        }
    }
    if problems > 0 {
        return crate::exit::CHECK_ERROR;
    }
    if accepted == 0 && found.files.is_empty() {
        let names: Vec<String> = paths.iter().map(|p| terminal(&display_path(p)).into_owned()).collect();
        let _ = writeln!(out, "nothing to accept in {}", names.join(", "));
    }
    crate::exit::SUCCESS
}

/// An error with its causes, `: `-joined.
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut message = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        message.push_str(&format!(": {c}"));
        cause = c.source();
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_beside_the_claim_file() {
        assert_eq!(snapshot_path(Path::new("claims/a.yaml")), PathBuf::from("claims/a.report.md"));
        assert_eq!(snapshot_path(Path::new("b.yml")), PathBuf::from("b.report.md"));
        assert_eq!(pending_path(Path::new("claims/a.report.md")), PathBuf::from("claims/a.report.md.new"));
    }

    #[test]
    fn diffs_show_a_hostile_snapshot_escaped() {
        let old = "| \u{1b}]0;pwned\u{7} | \u{9b}2J |\n\u{7f}\u{202e}\r##[add-mask]y\n";
        let d = diff(old, "| claim |\n", "x.report.md");
        assert!(!crate::escape::has_raw_controls(d.as_bytes()), "{d:?}");
        assert!(!d.contains("##["), "{d}");
        assert!(d.contains("\\u{9b}2J"), "{d}");
    }

    #[test]
    fn diffs_are_short() {
        let old = "a\nb\nc\nd\ne\n";
        let new = "a\nb\nC\nd\ne\n";
        assert_eq!(
            diff(old, new, "x.report.md"),
            "--- a/x.report.md\n+++ b/x.report.md\n@@ -2,3 +2,3 @@\n b\n-c\n+C\n d\n"
        );
        let long_old: String = (0..200).map(|i| format!("{i}\n")).collect();
        let long_new: String = (0..200).map(|i| format!("{}\n", i * 2)).collect();
        let d = diff(&long_old, &long_new, "x");
        assert_eq!(d.lines().count(), MAX_DIFF_LINES + 1);
        assert!(d.ends_with("more lines of diff\n"));
    }
}
