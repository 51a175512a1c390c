//! The `factcheck` command.

mod args;
mod check;
mod config;
mod diagnostics;
mod escape;
mod exit;
mod extract;
mod init;
mod output;
mod render;
mod snapshot;
mod stream;

use args::{Cli, ColorChoice, Command, VerifyArgs};
use clap::{CommandFactory, Parser};
use factcheck_engine::{Engine, Source};
use std::io::Write;
use std::num::NonZeroUsize;
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
        Command::Accept(args) => ExitCode::from(accept(&args.paths)),
        Command::Init => {
            let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
            ExitCode::from(init::run(&cwd, &mut std::io::stdout(), &mut std::io::stderr()))
        }
        Command::Schema => print(factcheck_loader::schema::claim_file_schema().as_bytes()),
        Command::Completions(args) => {
            let mut text = Vec::new();
            clap_complete::generate(args.shell, &mut Cli::command(), "factcheck", &mut text);
            print(&text)
        }
        Command::Man(args) => match &args.dir {
            None => match render_man(Cli::command()) {
                Ok(text) => print(&text),
                Err(e) => {
                    eprintln!("error: cannot render the manual page: {e}");
                    ExitCode::from(exit::CHECK_ERROR)
                }
            },
            Some(dir) => ExitCode::from(write_man_pages(dir)),
        },
    }
}

fn render_man(command: clap::Command) -> std::io::Result<Vec<u8>> {
    let mut text = Vec::new();
    clap_mangen::Man::new(command).render(&mut text)?;
    Ok(text)
}

/// Writes `factcheck.1` and `factcheck-COMMAND.1` for every command into `dir`: the pages the
/// main page's COMMANDS section names. Returns the exit code.
fn write_man_pages(dir: &std::path::Path) -> u8 {
    let main = Cli::command();
    let mut pages = vec![("factcheck.1".to_string(), main.clone())];
    for sub in main.get_subcommands().filter(|s| s.get_name() != "help") {
        let name = format!("factcheck-{}", sub.get_name());
        let page = sub
            .clone()
            .name(name.clone())
            .bin_name(format!("factcheck {}", sub.get_name()))
            .version(env!("CARGO_PKG_VERSION"));
        pages.push((format!("{name}.1"), page));
    }
    if let Err(e) = std::fs::create_dir_all(dir) {
        eprintln!("error: cannot create `{}`: {e}", escape::terminal(&dir.to_string_lossy()));
        return exit::CHECK_ERROR;
    }
    for (file, command) in pages {
        let path = dir.join(&file);
        if let Err(e) = render_man(command).and_then(|text| output::write_atomically(&path, &text)) {
            eprintln!("error: cannot write `{}`: {e}", escape::terminal(&path.to_string_lossy()));
            return exit::CHECK_ERROR;
        }
        println!("wrote {}", escape::terminal(&path.to_string_lossy()));
    }
    exit::SUCCESS
}

/// Writes `bytes` to standard output; a closed pipe is not an error.
fn print(bytes: &[u8]) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|_| stdout.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("error: cannot write to standard output: {e}");
            ExitCode::from(exit::CHECK_ERROR)
        }
        _ => ExitCode::from(exit::SUCCESS),
    }
}

/// Reads `factcheck.toml` for the current folder, or says why it cannot on `stderr`.
pub(crate) fn project_config(stderr: &mut dyn Write) -> Option<config::Config> {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    match config::load(&cwd) {
        Ok(c) => Some(c),
        Err(e) => {
            // Shown as claim-file errors are (escaped: factcheck.toml may come from the change
            // under check), with its line and a caret.
            diagnostics::print_load_errors(&factcheck_loader::LoadErrors(vec![e.to_load_error()]), stderr);
            None
        }
    }
}

/// The claim paths of a run: those given, else `claims` in factcheck.toml, else `claims/`.
fn claim_paths(given: &[PathBuf], config: &config::Config) -> Vec<PathBuf> {
    if !given.is_empty() {
        given.to_vec()
    } else if !config.claims.is_empty() {
        config.claims.clone()
    } else {
        vec![PathBuf::from("claims")]
    }
}

fn accept(paths: &[PathBuf]) -> u8 {
    // Colour only on a terminal, as for the other commands.
    let mut stderr = anstream::AutoStream::new(std::io::stderr(), anstream::ColorChoice::Auto);
    let Some(config) = project_config(&mut stderr) else {
        return exit::CHECK_ERROR;
    };
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    snapshot::accept(&claim_paths(paths, &config), &cwd, &project_root(), &mut std::io::stdout(), &mut stderr)
}

fn color(choice: ColorChoice) -> anstream::ColorChoice {
    match choice {
        ColorChoice::Auto => anstream::ColorChoice::Auto,
        ColorChoice::Always => anstream::ColorChoice::Always,
        ColorChoice::Never => anstream::ColorChoice::Never,
    }
}

/// Sizes the thread pool: `--jobs N`, else one thread per core; never more than the cores
/// (nor [`config::MAX_JOBS`]), whoever asks.
pub(crate) fn set_jobs(jobs: Option<std::num::NonZeroUsize>) {
    let n = jobs.map_or(usize::MAX, NonZeroUsize::get).min(config::max_jobs());
    // Fails only if the pool was already built, which happens once per process.
    let _ = rayon::ThreadPoolBuilder::new().num_threads(n).build_global();
}

/// The folder of `file` as written (made absolute, `..` taken away): where a file saved there
/// will name other files from.
pub(crate) fn confine_lexical_parent(file: &std::path::Path) -> PathBuf {
    let full = factcheck_loader::confine::lexical(file);
    full.parent().map_or(full.clone(), std::path::Path::to_path_buf)
}

/// The project root of the current folder (see [`factcheck_loader::project_root`]): the folder
/// that reads and writes are confined to.
pub(crate) fn project_root() -> PathBuf {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    factcheck_loader::project_root(&cwd)
}

fn verify(args: &VerifyArgs) -> u8 {
    let choice = color(args.color);
    let mut stderr = anstream::AutoStream::new(std::io::stderr(), choice);
    // The command line overrides factcheck.toml, which overrides the built-in defaults.
    let Some(mut config) = project_config(&mut stderr) else {
        return exit::CHECK_ERROR;
    };
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let mut options = factcheck_loader::LoadOptions {
        allow_outside_root: args.allow_outside_root,
        ..factcheck_loader::LoadOptions::for_dir(&cwd)
    };
    let project_root = options.root.clone();
    if !args.trust_config {
        for warning in config.narrow_only(&project_root) {
            let _ = writeln!(stderr, "warning: {}", escape::terminal(&warning));
        }
    }
    let paths = claim_paths(&args.paths, &config);
    set_jobs(args.jobs.or(config.jobs));
    let deny_warnings = args.deny.is_some() || config.deny_warnings;
    let mut report_args = args.report.clone();
    report_args.format = report_args.format.or(config.format);
    let mb = args.max_source_mb.map(|m| m as usize).or(config.max_source_mb.map(NonZeroUsize::get));
    if let Some(mb) = mb {
        options.max_source_bytes = mb.min(config::HARD_MAX_SOURCE_MB) as u64 * 1024 * 1024;
    }
    if let Some(root) = &args.root {
        match std::fs::canonicalize(root) {
            Ok(p) if p.is_dir() => options.root = p,
            _ => {
                let shown = escape::terminal(&root.to_string_lossy()).into_owned();
                let _ = writeln!(stderr, "error: --root `{shown}` is not a folder");
                return exit::CHECK_ERROR;
            }
        }
    } else if let Some(root) = &config.root {
        options.root = root.clone();
    }
    let files = match factcheck_loader::claim_files(&paths, &options) {
        Ok(found) => {
            for note in &found.notes {
                let _ = writeln!(stderr, "note: {}", escape::terminal(note));
            }
            found.files
        }
        Err(errors) => {
            diagnostics::print_load_errors(&errors, &mut stderr);
            return exit::CHECK_ERROR;
        }
    };
    // Human and JSON Lines reports to standard output alone are written as claims are
    // verified; every other report is rendered whole, from the whole run.
    let stdout_format = report_args.format.unwrap_or(args::Format::Human);
    if let Some(stream) = render::stream(stdout_format, args.quiet, &report_args)
        && report_args.outputs.is_empty()
        && args.snapshot.is_none()
    {
        return stream::verify(&files, &options, &args.tags, stream.as_ref(), deny_warnings, choice, &mut stderr);
    }
    let workspace = match factcheck_loader::load_with(&files, &options) {
        Ok(loaded) => loaded,
        Err(errors) => {
            diagnostics::print_load_errors(&errors, &mut stderr);
            return exit::CHECK_ERROR;
        }
    };
    let mut claims = workspace.claims;
    claims.retain(exit::tagged(&args.tags));
    if claims.is_empty() && !args.tags.is_empty() {
        let _ = writeln!(stderr, "{}", exit::no_tagged_claims(&args.tags));
        return exit::CHECK_ERROR;
    }
    let engine = Engine::new(workspace.sources.into_iter().map(|s| Source { path: s.path, text: s.text }));
    let report = engine.verify(&claims);
    // Every report is rendered into memory first: a report is written whole or not at all.
    if !output::write_reports(&report, &report_args, args.quiet, choice, &project_root, &mut stderr) {
        return exit::CHECK_ERROR;
    }
    // Snapshots are compared after the report is out, and decide the exit code with it: a
    // difference fails the run as a failing claim does; one that cannot be written is exit 2.
    let mut snapshots = snapshot::Outcome::default();
    if let Some(mode) = args.snapshot {
        snapshots = snapshot::run(&report, &files, mode, &cwd, &project_root, &mut stderr);
    }
    exit::of_run(&report.summary(), deny_warnings, snapshots)
}
