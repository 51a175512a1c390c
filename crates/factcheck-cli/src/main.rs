//! The `factcheck` command.

mod args;
mod check;
mod diagnostics;
mod exit;
mod extract;
mod output;
mod render;

use args::{Cli, ColorChoice, Command, VerifyArgs};
use clap::Parser;
use factcheck_engine::{Engine, Source};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { exit::CHECK_ERROR } else { exit::SUCCESS });
        }
    };
    match cli.command {
        Command::Verify(args) => ExitCode::from(verify(&args)),
        Command::Check(args) => {
            let choice = color(args.color);
            let mut stderr = anstream::AutoStream::new(std::io::stderr(), choice);
            ExitCode::from(check::run(&args, &mut stderr, choice))
        }
        Command::Extract(args) => {
            let choice = color(args.color);
            let mut stderr = anstream::AutoStream::new(std::io::stderr(), choice);
            ExitCode::from(extract::run(&args, &mut stderr, choice))
        }
    }
}

fn color(choice: ColorChoice) -> anstream::ColorChoice {
    match choice {
        ColorChoice::Auto => anstream::ColorChoice::Auto,
        ColorChoice::Always => anstream::ColorChoice::Always,
        ColorChoice::Never => anstream::ColorChoice::Never,
    }
}

/// Sizes the thread pool: `--jobs N`, else one thread per core.
pub(crate) fn set_jobs(jobs: Option<std::num::NonZeroUsize>) {
    if let Some(n) = jobs {
        // Fails only if the pool was already built, which happens once per process.
        let _ = rayon::ThreadPoolBuilder::new().num_threads(n.get()).build_global();
    }
}

fn verify(args: &VerifyArgs) -> u8 {
    let choice = color(args.color);
    let mut stderr = anstream::AutoStream::new(std::io::stderr(), choice);
    let paths = if args.paths.is_empty() { vec![PathBuf::from("claims")] } else { args.paths.clone() };
    set_jobs(args.jobs);
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let options = factcheck_loader::LoadOptions {
        allow_outside_root: args.allow_outside_root,
        ..factcheck_loader::LoadOptions::for_dir(&cwd)
    };
    let loaded = factcheck_loader::claim_files(&paths).and_then(|files| factcheck_loader::load_with(&files, &options));
    let workspace = match loaded {
        Ok(w) => w,
        Err(errors) => {
            diagnostics::print_load_errors(&errors, &mut stderr);
            return exit::CHECK_ERROR;
        }
    };
    let mut claims = workspace.claims;
    if !args.tags.is_empty() {
        claims.retain(|c| c.tags.iter().any(|t| args.tags.contains(t)));
        if claims.is_empty() {
            let _ = writeln!(
                stderr,
                "error: no claim has the tag{} {}",
                if args.tags.len() == 1 { "" } else { "s" },
                args.tags.join(", ")
            );
            return exit::CHECK_ERROR;
        }
    }
    let engine = Engine::new(workspace.sources.into_iter().map(|s| Source { path: s.path, text: s.text }));
    let report = engine.verify(&claims);
    // Every report is rendered into memory first: a report is written whole or not at all.
    if !output::write_reports(&report, &args.report, args.quiet, choice, &mut stderr) {
        return exit::CHECK_ERROR;
    }
    if report.fails_gate(args.deny.is_some()) { exit::CLAIMS_FAILED } else { exit::SUCCESS }
}
