//! `factcheck.toml`: the project's defaults, found by walking up from the current folder. It
//! also marks the project root. Options on the command line override it.
//!
//! ```toml
//! claims = ["claims"]      # what `verify` and `accept` read when given no path
//! format = "human"         # the report on standard output
//! deny = ["warnings"]      # failing warnings fail the run
//! root = "."               # sources must stay inside this folder
//! jobs = 4                 # threads
//! max_source_mb = 64       # the largest source read, in MiB
//! ```
//!
//! Paths are relative to the folder of `factcheck.toml`. Unknown keys and wrong values are
//! errors with the file's line and column.
//!
//! `factcheck.toml` lives in the tree under check, which in CI is a pull request that anyone
//! can open. So the settings that widen what a run reads or uses (`root`, `max_source_mb`,
//! `jobs`) count only where they narrow it (a `root` inside the project, a limit under the
//! default, no more threads than cores), unless the run is given `--trust-config` (or
//! `FACTCHECK_TRUST_CONFIG=1`); a setting passed over is said, with its line and column. The
//! command line and the environment of the job are trusted.

use crate::args::Format;
use clap::ValueEnum;
use serde::Deserialize;
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The settings of `factcheck.toml`, paths resolved.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// The file it was read from; `None` when there is none.
    pub file: Option<PathBuf>,
    /// Claim files or folders, as paths usable from the current folder.
    pub claims: Vec<PathBuf>,
    /// The default `--format`.
    pub format: Option<Format>,
    /// Whether failing warnings fail the run.
    pub deny_warnings: bool,
    /// The folder sources must resolve inside, instead of the project root.
    pub root: Option<PathBuf>,
    /// The default `--jobs`.
    pub jobs: Option<NonZeroUsize>,
    /// The default `--max-source-mb`.
    pub max_source_mb: Option<NonZeroUsize>,
    /// Where `root`, `jobs` and `max_source_mb` were written: (line, column).
    places: Places,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Places {
    claims: (usize, usize),
    root: (usize, usize),
    jobs: (usize, usize),
    max_source_mb: (usize, usize),
}

/// The largest source any run reads, in MiB, whatever a setting asks: the analysis of a source
/// takes a few times its size in memory.
pub const HARD_MAX_SOURCE_MB: usize = 1024;
/// The default `max_source_mb`.
pub const DEFAULT_MAX_SOURCE_MB: usize = 64;
/// The most threads any run uses, whatever a setting asks (and never more than the cores).
pub const MAX_JOBS: usize = 256;

/// The threads a run may use: the cores, at most [`MAX_JOBS`].
pub fn max_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, NonZeroUsize::get).min(MAX_JOBS)
}

impl Config {
    /// Drops the settings that would widen what a run reads or uses beyond the defaults of a
    /// project at `project_root` (canonical), as an untrusted `factcheck.toml` may not; returns a
    /// warning for each, with its place.
    pub fn narrow_only(&mut self, project_root: &Path) -> Vec<String> {
        let mut warnings = Vec::new();
        let shown = self.file.as_deref().map(|f| {
            let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
            shown_from(&cwd, f)
        });
        let shown = shown.unwrap_or_else(|| factcheck_loader::CONFIG_FILE.to_string());
        let mut warn = |(line, column): (usize, usize), key: &str, why: &str| {
            warnings.push(format!(
                "{shown}:{line}:{column}: `{key}` is not used: {why}, and factcheck.toml may come from the \
                 change under check; pass --trust-config (or set FACTCHECK_TRUST_CONFIG=1) to use it"
            ))
        };
        // Claim files are read, and their lines shown in errors: the folders factcheck.toml names
        // must stay in the project (links followed), as a source must.
        let outside = |p: &PathBuf| {
            let real = std::fs::canonicalize(p).unwrap_or_else(|_| factcheck_loader::confine::lexical(p));
            !real.starts_with(project_root)
        };
        if self.claims.iter().any(outside) {
            self.claims.retain(|p| !outside(p));
            warn(self.places.claims, "claims", "it names a folder outside the project");
        }
        if self.root.as_ref().is_some_and(|r| !r.starts_with(project_root)) {
            self.root = None;
            warn(self.places.root, "root", "it lies outside the project");
        }
        if self.max_source_mb.is_some_and(|m| m.get() > DEFAULT_MAX_SOURCE_MB) {
            self.max_source_mb = None;
            warn(self.places.max_source_mb, "max_source_mb", "it raises the default limit");
        }
        if self.jobs.is_some_and(|j| j.get() > max_jobs()) {
            self.jobs = None;
            warn(self.places.jobs, "jobs", "it asks for more threads than the machine has cores");
        }
        warnings
    }
}

/// The file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    claims: Option<Spanned<Paths>>,
    format: Option<Spanned<String>>,
    deny: Option<Vec<Spanned<String>>>,
    root: Option<Spanned<String>>,
    jobs: Option<Spanned<i64>>,
    max_source_mb: Option<Spanned<i64>>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Paths {
    One(String),
    Many(Vec<String>),
}

/// A problem in `factcheck.toml`, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The file as shown.
    pub file: String,
    /// 1-based line, when known.
    pub line: usize,
    /// 1-based column, in characters, when known.
    pub column: usize,
    /// What is wrong.
    pub message: String,
    /// The text of that line, for the snippet (empty when there is none).
    pub line_text: String,
    /// How many characters to underline from `column`.
    pub length: usize,
}

/// The largest `factcheck.toml` read.
const MAX_CONFIG_BYTES: u64 = 1024 * 1024;

/// The keys of `factcheck.toml`, for the did-you-mean of an unknown one.
pub(crate) const KEYS: &[&str] = &["claims", "format", "deny", "root", "jobs", "max_source_mb"];

impl ConfigError {
    /// The error as a loader error, so that it is shown as claim-file errors are: with its line
    /// and a caret.
    pub fn to_load_error(&self) -> factcheck_loader::LoadError {
        factcheck_loader::LoadError::Claim {
            file: self.file.clone(),
            at: factcheck_loader::Position {
                line: self.line as u32,
                column: self.column as u32,
                length: self.length.max(1) as u32,
                line_text: self.line_text.clone(),
            },
            message: self.message.clone(),
        }
    }
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}: {}", self.file, self.line, self.column, self.message)
    }
}

/// Reads the `factcheck.toml` that governs `cwd`, if there is one.
pub fn load(cwd: &Path) -> Result<Config, ConfigError> {
    let Some(file) = factcheck_loader::find_config(cwd) else {
        return Ok(Config::default());
    };
    let shown = shown_from(cwd, &file);
    let dir = file.parent().unwrap_or(Path::new("/"));
    let unreadable = |message: String| ConfigError {
        file: shown.clone(),
        line: 1,
        column: 1,
        message,
        line_text: String::new(),
        length: 1,
    };
    // factcheck.toml may be a link committed in the pull request: it is read only when it stays in
    // its own folder, is a regular file, and is small; what it points at is never shown.
    factcheck_loader::confine::readable(&file, dir).map_err(|why| unreadable(format!("it {why}")))?;
    let text = match factcheck_loader::read_capped(&file, MAX_CONFIG_BYTES) {
        Ok(Some(bytes)) => String::from_utf8(bytes).map_err(|_| unreadable("it is not UTF-8 text".into()))?,
        Ok(None) => return Err(unreadable(format!("it is larger than the limit of {MAX_CONFIG_BYTES} bytes"))),
        Err(e) => return Err(unreadable(format!("cannot read it: {e}"))),
    };
    let mut config = parse(&text, &shown, dir, cwd)?;
    config.file = Some(file);
    Ok(config)
}

/// Reads the text of a `factcheck.toml` in `dir` (shown as `shown`), as seen from `cwd`.
pub fn parse(text: &str, shown: &str, dir: &Path, cwd: &Path) -> Result<Config, ConfigError> {
    let at = |span: Option<std::ops::Range<usize>>, message: String| {
        let (line, column) = span.clone().map_or((1, 1), |s| line_column(text, s.start));
        let line_text = text.lines().nth(line - 1).unwrap_or("").to_string();
        let length = span.map_or(1, |s| text.get(s).map_or(1, |t| t.lines().next().unwrap_or("").chars().count()));
        ConfigError { file: shown.to_string(), line, column, message, line_text, length }
    };
    let raw: RawConfig = toml::from_str(text).map_err(|e| {
        let mut message = one_line(e.message());
        if let Some(key) = message.strip_prefix("unknown field `").and_then(|r| r.split('`').next()) {
            message.push_str(&factcheck_loader::validate::suggestion(key, KEYS));
        }
        at(e.span(), message)
    })?;
    let mut config = Config::default();
    let from_cwd = |p: &str| relative_to(cwd, &dir.join(p));
    let place = |span: std::ops::Range<usize>| line_column(text, span.start);
    if let Some(claims) = raw.claims {
        let span = claims.span();
        config.places.claims = place(span.clone());
        config.claims = match claims.into_inner() {
            Paths::One(p) => vec![p],
            Paths::Many(ps) => ps,
        }
        .iter()
        .map(|p| from_cwd(p))
        .collect();
        if config.claims.is_empty() {
            return Err(at(Some(span), "`claims` lists no path".into()));
        }
    }
    if let Some(format) = raw.format {
        let names: Vec<&str> = Format::value_variants().iter().map(|f| f.name()).collect();
        config.format = Some(Format::from_str(format.get_ref(), false).map_err(|_| {
            at(
                Some(format.span()),
                format!("unknown format `{}`; expected one of {}", format.get_ref(), names.join(", ")),
            )
        })?);
    }
    for item in raw.deny.unwrap_or_default() {
        match item.get_ref().as_str() {
            "warnings" => config.deny_warnings = true,
            other => return Err(at(Some(item.span()), format!("unknown `deny` item `{other}`; expected `warnings`"))),
        }
    }
    if let Some(root) = raw.root {
        config.places.root = place(root.span());
        let path = dir.join(root.get_ref());
        match std::fs::canonicalize(&path) {
            Ok(p) if p.is_dir() => config.root = Some(p),
            _ => return Err(at(Some(root.span()), format!("`root` `{}` is not a folder", root.get_ref()))),
        }
    }
    if let Some(jobs) = raw.jobs {
        config.places.jobs = place(jobs.span());
        let n = usize::try_from(*jobs.get_ref()).ok().and_then(NonZeroUsize::new);
        config.jobs = Some(n.ok_or_else(|| at(Some(jobs.span()), "`jobs` must be a positive number".into()))?);
    }
    if let Some(mb) = raw.max_source_mb {
        config.places.max_source_mb = place(mb.span());
        let n = usize::try_from(*mb.get_ref()).ok().filter(|n| *n <= HARD_MAX_SOURCE_MB).and_then(NonZeroUsize::new);
        config.max_source_mb = Some(n.ok_or_else(|| {
            at(Some(mb.span()), format!("`max_source_mb` must be a number from 1 to {HARD_MAX_SOURCE_MB}"))
        })?);
    }
    Ok(config)
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

fn one_line(message: &str) -> String {
    message.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `path` as shown to a user in `cwd`: relative where it can be.
pub fn shown_from(cwd: &Path, path: &Path) -> String {
    factcheck_loader::error::display_path(&relative_to(cwd, path))
}

/// `target` as a path from `base` (`../claims` from `docs/`), both resolved where they exist;
/// `target` itself when they share no prefix.
pub fn relative_to(base: &Path, target: &Path) -> PathBuf {
    let resolve = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let (base, target) = (resolve(base), resolve(target));
    let b: Vec<_> = base.components().collect();
    let t: Vec<_> = target.components().collect();
    let common = b.iter().zip(&t).take_while(|(x, y)| x == y).count();
    if common == 0 {
        return target;
    }
    let mut out = PathBuf::new();
    for _ in common..b.len() {
        out.push("..");
    }
    for c in &t[common..] {
        out.push(c);
    }
    if out.as_os_str().is_empty() { PathBuf::from(".") } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Config, ConfigError> {
        let dir = std::env::temp_dir();
        parse(text, "factcheck.toml", &dir, &dir)
    }

    #[test]
    fn reads_every_key() {
        let c =
            read("claims = [\"claims\", \"more\"]\nformat = \"json\"\ndeny = [\"warnings\"]\nroot = \".\"\njobs = 2\n")
                .unwrap();
        assert_eq!(c.claims, [PathBuf::from("claims"), PathBuf::from("more")]);
        assert_eq!(c.format, Some(Format::Json));
        assert!(c.deny_warnings);
        assert_eq!(c.root, std::fs::canonicalize(std::env::temp_dir()).ok());
        assert_eq!(c.jobs, NonZeroUsize::new(2));
        assert_eq!(read("claims = \"x\"\n").unwrap().claims, [PathBuf::from("x")]);
        assert_eq!(read("").unwrap(), Config::default());
    }

    #[test]
    fn errors_have_line_and_column() {
        let e = read("format = \"json\"\nformt = 1\n").unwrap_err();
        assert_eq!((e.line, e.column), (2, 1), "{e}");
        assert!(e.message.contains("formt"), "{e}");
        let e = read("\nformat = \"yaml\"\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "factcheck.toml:2:10: unknown format `yaml`; expected one of human, json, jsonl, junit, sarif, github, markdown"
        );
        let e = read("deny = [\"errors\"]\n").unwrap_err();
        assert_eq!((e.line, e.column), (1, 9), "{e}");
        let e = read("jobs = 0\n").unwrap_err();
        assert!(e.message.contains("positive"), "{e}");
        let e = read("claims = [\n").unwrap_err();
        assert_eq!((e.line, e.message.as_str()), (1, "unclosed array, expected `]`"), "{e}");
    }

    #[test]
    fn relative_paths() {
        assert_eq!(relative_to(Path::new("/a/b/c"), Path::new("/a/d")), PathBuf::from("../../d"));
        assert_eq!(relative_to(Path::new("/a/b"), Path::new("/a/b/c")), PathBuf::from("c"));
        assert_eq!(relative_to(Path::new("/a/b"), Path::new("/a/b")), PathBuf::from("."));
    }
}
