//! `factcheck check`: every sentence of a text checked against its sources.

use crate::args::CheckArgs;
use crate::escape::terminal;
use crate::{exit, output};
use factcheck_engine::check::{Draft, Gate};
use factcheck_engine::{Engine, Source};
use std::io::{Read, Write};
use std::path::Path;

/// Reads a UTF-8 text of at most `limit` bytes from `path`, or standard input for `-`: a path
/// under `root` must resolve under it and not into `.git/`, and only a regular file is opened.
/// The error says which and why. Returns the path as reports show it, and the text.
pub(crate) fn read_text(path: Option<&Path>, root: &Path, limit: u64) -> Result<(String, String), String> {
    let from_stdin = path.is_none_or(|p| p.as_os_str() == "-");
    let shown =
        if from_stdin { "<stdin>".to_string() } else { path.map(|p| p.display().to_string()).unwrap_or_default() };
    let too_large =
        || format!("`{}` is larger than the limit of {} MiB (--max-source-mb)", terminal(&shown), limit >> 20);
    let bytes = if from_stdin {
        let mut buf = Vec::new();
        std::io::stdin()
            .lock()
            .take(limit + 1)
            .read_to_end(&mut buf)
            .map(|_| Some(buf).filter(|b| b.len() as u64 <= limit))
    } else {
        let path = path.unwrap_or(Path::new("-"));
        if let Err(why) = factcheck_loader::confine::readable(path, root) {
            return Err(format!("`{}` {why}", terminal(&shown)));
        }
        factcheck_loader::read_capped(path, limit)
    }
    .map_err(|e| format!("cannot read `{}`: {e}", terminal(&shown)))?
    .ok_or_else(too_large)?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!("`{}` is not UTF-8 text (invalid byte at offset {})", terminal(&shown), e.utf8_error().valid_up_to())
    })?;
    Ok((shown.replace('\\', "/"), text))
}

/// The limit of `--max-source-mb`, in bytes.
pub(crate) fn source_limit(max_source_mb: Option<u32>) -> u64 {
    max_source_mb.map_or(crate::config::DEFAULT_MAX_SOURCE_MB as u64, u64::from) << 20
}

/// Runs `factcheck check`; returns the exit code.
pub fn run(args: &CheckArgs, stderr: &mut dyn Write, choice: anstream::ColorChoice) -> u8 {
    // factcheck.toml gives `check` its defaults as it does `verify`'s (its widening settings
    // only narrow: there is no --trust-config here).
    let Some(mut config) = crate::project_config(stderr) else {
        return exit::CHECK_ERROR;
    };
    let root = crate::project_root();
    for warning in config.narrow_only(&root) {
        let _ = writeln!(stderr, "warning: {}", terminal(&warning));
    }
    crate::set_jobs(args.jobs.or(config.jobs));
    let max_source_mb = args.max_source_mb.or(config.max_source_mb.and_then(|m| u32::try_from(m.get()).ok()));
    let limit = source_limit(max_source_mb);
    let mut report_args = args.report.clone();
    report_args.format = report_args.format.or(config.format);
    let args = &CheckArgs { report: report_args, ..args.clone() };
    let mut sources = Vec::new();
    for path in &args.sources {
        match read_text(Some(path), &root, limit) {
            Ok((path, text)) => sources.push(Source { path, text }),
            Err(e) => {
                let _ = writeln!(stderr, "error: {e}");
                return exit::CHECK_ERROR;
            }
        }
    }
    let (path, text) = match read_text(args.text.as_deref(), &root, limit) {
        Ok(t) => t,
        Err(e) => {
            let _ = writeln!(stderr, "error: {e}");
            return exit::CHECK_ERROR;
        }
    };
    // An empty text or source would give "0 claims" and a pass: nothing was checked.
    for (shown, text) in sources.iter().map(|s| (&s.path, &s.text)).chain([(&path, &text)]) {
        if !text.chars().any(char::is_alphanumeric) {
            let _ = writeln!(stderr, "error: `{}` is empty: it has no sentences to check", terminal(shown));
            return exit::CHECK_ERROR;
        }
    }
    let gate = if args.fail_on.is_some() { Gate::FailOnContradicted } else { Gate::ExpectSupported };
    let engine = Engine::new(sources);
    let report = engine.check(&Draft { path: &path, text: &text }, args.as_of, gate);
    if !output::write_reports(&report, &args.report, args.quiet, choice, &root, stderr) {
        return exit::CHECK_ERROR;
    }
    exit::of_run(&report.summary(), false, crate::snapshot::Outcome::default())
}
