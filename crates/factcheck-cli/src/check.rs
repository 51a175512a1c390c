//! `factcheck check`: every sentence of a text checked against its sources.

use crate::args::CheckArgs;
use crate::{exit, output};
use factcheck_engine::check::{Draft, Gate};
use factcheck_engine::{Engine, Source};
use std::io::{Read, Write};
use std::path::Path;

/// Reads a UTF-8 text from `path`, or standard input for `-`; the error says which and why.
fn read_text(path: Option<&Path>) -> Result<(String, String), String> {
    let from_stdin = path.is_none_or(|p| p.as_os_str() == "-");
    let shown =
        if from_stdin { "<stdin>".to_string() } else { path.map(|p| p.display().to_string()).unwrap_or_default() };
    let bytes = if from_stdin {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map(|_| buf)
    } else {
        std::fs::read(path.unwrap_or(Path::new("-")))
    }
    .map_err(|e| format!("cannot read `{shown}`: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!("`{shown}` is not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to())
    })?;
    Ok((shown.replace('\\', "/"), text))
}

/// Runs `factcheck check`; returns the exit code.
pub fn run(args: &CheckArgs, stderr: &mut dyn Write, choice: anstream::ColorChoice) -> u8 {
    crate::set_jobs(args.jobs);
    let mut sources = Vec::new();
    for path in &args.sources {
        match read_text(Some(path)) {
            Ok((path, text)) => sources.push(Source { path, text }),
            Err(e) => {
                let _ = writeln!(stderr, "error: {e}");
                return exit::CHECK_ERROR;
            }
        }
    }
    let (path, text) = match read_text(args.text.as_deref()) {
        Ok(t) => t,
        Err(e) => {
            let _ = writeln!(stderr, "error: {e}");
            return exit::CHECK_ERROR;
        }
    };
    let gate = if args.fail_on.is_some() { Gate::FailOnContradicted } else { Gate::ExpectSupported };
    let engine = Engine::new(sources);
    let report = engine.check(&Draft { path: &path, text: &text }, args.as_of, gate);
    if !output::write_reports(&report, &args.report, args.quiet, choice, stderr) {
        return exit::CHECK_ERROR;
    }
    if report.fails_gate(false) { exit::CLAIMS_FAILED } else { exit::SUCCESS }
}
