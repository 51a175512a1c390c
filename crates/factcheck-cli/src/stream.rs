//! `verify` over a large run: claim files in batches, each result written as it is decided,
//! so that memory holds one batch of claim files and the sources they name (and a bounded
//! cache of analysed sources), not the run.

use crate::diagnostics;
use crate::exit;
use crate::render::Stream;
use factcheck_core::{Claim, Summary};
use factcheck_engine::Engine;
use factcheck_engine::document::Document;
use factcheck_loader::{LoadErrors, LoadOptions, SourceText, Workspace, load_with};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::collections::HashMap;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Claim files per batch.
const BATCH: usize = 256;
/// Analysed sources by path, each kept from the first batch that names it to the last one
/// (known from the first pass), so that it is analysed once and memory holds only the sources
/// still to be used.
struct Cache {
    docs: HashMap<String, Arc<Document>>,
    /// The last batch that names each source.
    last_use: HashMap<String, usize>,
}

impl Cache {
    fn documents(&mut self, sources: Vec<SourceText>) -> Vec<Arc<Document>> {
        let paths: Vec<String> = sources.iter().map(|s| s.path.clone()).collect();
        // The texts not analysed yet move into their documents, uncopied.
        let missing: Vec<SourceText> = sources.into_iter().filter(|s| !self.docs.contains_key(&s.path)).collect();
        let analysed: Vec<Arc<Document>> =
            missing.into_par_iter().map(|s| Arc::new(Document::analyse(s.path, s.text))).collect();
        for doc in analysed {
            self.docs.insert(doc.path.clone(), doc);
        }
        paths.iter().map(|path| self.docs[path].clone()).collect()
    }

    /// Drops the sources no batch after `batch` names.
    fn done_with(&mut self, batch: usize) {
        let last_use = &self.last_use;
        self.docs.retain(|path, _| last_use.get(path).is_some_and(|&last| last > batch));
    }
}

/// Loads a batch of claim files, each on its own thread, into one workspace: sources named by
/// several files are read once, and claims keep the files' order.
fn load_parallel(batch: &[PathBuf], options: &LoadOptions) -> Result<Workspace, LoadErrors> {
    let loaded: Vec<Result<Workspace, LoadErrors>> =
        batch.par_iter().map(|file| load_with(std::slice::from_ref(file), options)).collect();
    let mut merged = Workspace::default();
    let mut ids: HashMap<String, usize> = HashMap::new();
    let mut errors = Vec::new();
    for one in loaded {
        match one {
            Ok(workspace) => {
                let local: Vec<usize> = workspace
                    .sources
                    .into_iter()
                    .map(|source| {
                        *ids.entry(source.path.clone()).or_insert_with(|| {
                            merged.sources.push(source);
                            merged.sources.len() - 1
                        })
                    })
                    .collect();
                merged.claims.extend(workspace.claims.into_iter().map(|mut claim| {
                    claim.sources = claim.sources.iter().map(|&s| local[s]).collect();
                    claim
                }));
            }
            Err(LoadErrors(found)) => errors.extend(found),
        }
    }
    if errors.is_empty() { Ok(merged) } else { Err(LoadErrors(errors)) }
}

/// A progress bar on standard error, drawn only on a terminal and only once the run has taken
/// more than a second: never in CI logs or piped output.
struct Progress {
    bar: ProgressBar,
    started: Instant,
    shown: bool,
    claims: usize,
}

impl Progress {
    fn new(files: usize) -> Progress {
        let bar = ProgressBar::with_draw_target(Some(files as u64), ProgressDrawTarget::hidden());
        let style = ProgressStyle::with_template("{bar:30} {pos}/{len} claim files, {msg} claims [{elapsed}]")
            .unwrap_or_else(|_| ProgressStyle::default_bar());
        bar.set_style(style);
        Progress { bar, started: Instant::now(), shown: false, claims: 0 }
    }

    fn advance(&mut self, files: usize, claims: usize) {
        self.claims += claims;
        if !self.shown && self.started.elapsed() > Duration::from_secs(1) && std::io::stderr().is_terminal() {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
            self.shown = true;
        }
        self.bar.inc(files as u64);
        self.bar.set_message(self.claims.to_string());
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

/// Verifies `files` in batches and writes each claim's result with `stream`. Every claim file
/// is read once up front, without its sources, so that every problem in them is reported
/// before any output; a source that then cannot be read stops the run with exit 2.
pub fn verify(
    files: &[PathBuf],
    options: &LoadOptions,
    tags: &[String],
    stream: &dyn Stream,
    deny_warnings: bool,
    choice: anstream::ColorChoice,
    stderr: &mut dyn Write,
) -> u8 {
    let first_pass = LoadOptions { read_sources: false, ..options.clone() };
    let mut errors = Vec::new();
    let mut last_use = HashMap::new();
    // Each batch keeps only the paths of its sources: the claims are read again batch by
    // batch, so that memory never holds the claims of the whole run.
    let checked: Vec<Result<Vec<String>, LoadErrors>> = files
        .par_chunks(BATCH)
        .map(|batch| load_parallel(batch, &first_pass).map(|w| w.sources.into_iter().map(|s| s.path).collect()))
        .collect();
    for (b, checked) in checked.into_iter().enumerate() {
        match checked {
            Ok(paths) => last_use.extend(paths.into_iter().map(|path| (path, b))),
            Err(LoadErrors(found)) => errors.extend(found),
        }
    }
    if !errors.is_empty() {
        diagnostics::print_load_errors(&LoadErrors(errors), stderr);
        return exit::CHECK_ERROR;
    }

    let mut out = BufWriter::new(anstream::AutoStream::new(std::io::stdout().lock(), choice));
    let mut summary = Summary::default();
    let mut cache = Cache { docs: HashMap::new(), last_use };
    let mut progress = Progress::new(files.len());
    for (b, batch) in files.chunks(BATCH).enumerate() {
        let workspace = match load_parallel(batch, options) {
            Ok(w) => w,
            Err(errors) => {
                progress.finish();
                let _ = out.flush();
                diagnostics::print_load_errors(&errors, stderr);
                return exit::CHECK_ERROR;
            }
        };
        let claims: Vec<Claim> = workspace.claims.into_iter().filter(exit::tagged(tags)).collect();
        let engine = Engine::from_documents(cache.documents(workspace.sources));
        let report = engine.verify(&claims);
        drop(engine);
        cache.done_with(b);
        for r in &report.results {
            if let Err(e) = stream.result(r, &mut out) {
                return stopped(e, stderr, &progress);
            }
        }
        summary.add(&report.summary());
        progress.advance(batch.len(), claims.len());
    }
    progress.finish();
    if !tags.is_empty() && summary.total == 0 {
        let _ = writeln!(stderr, "{}", exit::no_tagged_claims(tags));
        return exit::CHECK_ERROR;
    }
    if let Err(e) = stream.summary(&summary, &mut out).and_then(|_| out.flush()) {
        return stopped(e, stderr, &progress);
    }
    exit::of_run(&summary, deny_warnings, crate::snapshot::Outcome::default())
}

/// The run ends early when standard output cannot be written: quietly when the reader has
/// gone (`factcheck verify | head -1`), with exit 2 otherwise.
fn stopped(e: std::io::Error, stderr: &mut dyn Write, progress: &Progress) -> u8 {
    progress.finish();
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        return exit::SUCCESS;
    }
    let _ = writeln!(stderr, "error: cannot write the report: {e}");
    exit::CHECK_ERROR
}
