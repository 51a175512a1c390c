//! Reads factcheck claim files into core claims, with the position of each claim, and reads
//! the source texts they point at. Every problem is collected, with its file, line and column;
//! a run with any problem loads nothing.

pub mod confine;
pub mod error;
pub mod schema;
pub mod validate;
pub mod walk;
pub mod yaml;

pub use confine::Refusal;
pub use error::{LoadError, LoadErrors, Position};
pub use walk::{Found, Walk, WalkError};

use error::display_path;
use factcheck_core::{Claim, ClaimBody, Operator, Severity, Tolerance, Value, Verdict};
use factcheck_text::parse_literal;
use jiff::civil::Date;
use rust_decimal::Decimal;
use serde_saphyr::Spanned;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use yaml::Node;

/// A source text, read once however many claims point at it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceText {
    /// The path as reports show it (relative, `/`-separated, normalised).
    pub path: String,
    /// The text.
    pub text: String,
}

/// Everything a run checks: claims in file order, and the sources they point at.
#[derive(Debug, Clone, Default)]
pub struct Workspace {
    /// The claims, file by file, in file order.
    pub claims: Vec<Claim>,
    /// The sources; each claim's `sources` are indices into this list.
    pub sources: Vec<SourceText>,
}

/// The claim files a run reads, and what the search for them passed over.
#[derive(Debug, Default)]
pub struct ClaimFiles {
    /// The files, sorted by the path reports show, each once.
    pub files: Vec<PathBuf>,
    /// Things to tell the user that do not stop the run: a folder reached twice (a symbolic
    /// link back to a folder already searched) is searched once.
    pub notes: Vec<String>,
}

/// The claim files named by `paths`: files as given, folders searched for `*.yaml` and
/// `*.yml`. The list is sorted by the path reports show, and a file named twice (a folder and
/// a file in it, `./claims` and `claims`) is kept once: the same files give the same report,
/// whatever the order of the paths that name them. A file or folder written inside the project
/// root that resolves outside it, or into a version-control folder, is an error (unless
/// `allow_outside_root`, which lets links lead out but never into `.git/`); so are `x.yaml` and
/// `x.yml` side by side, which would share the snapshot `x.report.md`.
pub fn claim_files(paths: &[PathBuf], options: &LoadOptions) -> Result<ClaimFiles, LoadErrors> {
    let keep = |p: &Path| p.extension().is_some_and(|e| e == "yaml" || e == "yml");
    let mut walk = Walk::new(&options.root, &keep);
    walk.allow_outside_root = options.allow_outside_root;
    let mut errors = Vec::new();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => {
                let before = walk.found.files.len();
                let refused_before = walk.found.refused.len();
                if let Err(e) = walk.folder(path) {
                    errors.push(LoadError::Walk(e));
                } else if walk.found.files.len() == before && walk.found.refused.len() == refused_before {
                    errors.push(LoadError::NoClaimFiles { path: display_path(path) });
                }
            }
            Ok(_) => match confine::readable(path, &options.root) {
                Err(why) if !(options.allow_outside_root && why == Refusal::LeadsOutside) => {
                    errors.push(LoadError::Refused { path: display_path(path), why })
                }
                _ => walk.found.files.push(path.clone()),
            },
            Err(cause) => errors.push(LoadError::Path { path: display_path(path), cause }),
        }
    }
    let found = walk.found;
    errors.extend(found.refused.into_iter().map(|(path, why)| LoadError::Refused { path, why }));
    let mut files = found.files;
    files.sort_by_cached_key(|p| display_path(p));
    let mut seen = std::collections::HashSet::new();
    files.retain(|p| seen.insert(std::fs::canonicalize(p).unwrap_or_else(|_| p.clone())));
    // `x.yaml` and `x.yml` in one folder would write one snapshot, each run undoing the other.
    let mut stems: HashMap<PathBuf, &PathBuf> = HashMap::new();
    for file in &files {
        let stem = file.with_extension("");
        if let Some(first) = stems.insert(stem, file) {
            errors.push(LoadError::SameName { first: display_path(first), second: display_path(file) });
        }
    }
    let notes = found
        .repeats
        .iter()
        .map(|(path, first)| format!("`{path}` is `{first}` again (a symbolic link); it was searched once"))
        .collect();
    if errors.is_empty() { Ok(ClaimFiles { files, notes }) } else { Err(LoadErrors(errors)) }
}

/// Limits and path rules for a run: claim files and sources may come from strangers' pull
/// requests, so nothing is read outside the project root and nothing unbounded is read.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// The project root: sources must resolve inside it (after `..` and symbolic links).
    pub root: PathBuf,
    /// Let sources resolve outside the root (and be absolute paths).
    pub allow_outside_root: bool,
    /// The largest claim file read, in bytes.
    pub max_claim_file_bytes: u64,
    /// The most claims in one claim file.
    pub max_claims_per_file: usize,
    /// The largest source read, in bytes.
    pub max_source_bytes: u64,
    /// Read the sources' text. Without, sources are checked (path rules, existence, kind of
    /// file, size) but not read: a quick first pass over a large run, to report every problem
    /// in the claim files before any output.
    pub read_sources: bool,
}

impl LoadOptions {
    /// The defaults, with the project root found from `dir` (see [`project_root`]).
    pub fn for_dir(dir: &Path) -> LoadOptions {
        LoadOptions {
            root: project_root(dir),
            allow_outside_root: false,
            max_claim_file_bytes: 8 * 1024 * 1024,
            max_claims_per_file: 100_000,
            max_source_bytes: 64 * 1024 * 1024,
            read_sources: true,
        }
    }
}

/// The name of the project's configuration file, which also marks the project root.
pub const CONFIG_FILE: &str = "factcheck.toml";

/// The configuration file for `dir`: the nearest `factcheck.toml` upwards (canonical path).
pub fn find_config(dir: &Path) -> Option<PathBuf> {
    let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    dir.ancestors().map(|a| a.join(CONFIG_FILE)).find(|p| p.is_file())
}

/// The project root for `dir`: the nearest folder upwards holding `factcheck.toml`, else the
/// nearest holding `.git`, else `dir` itself; canonical where it exists.
pub fn project_root(dir: &Path) -> PathBuf {
    let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    for marker in [CONFIG_FILE, ".git"] {
        if let Some(found) = dir.ancestors().find(|a| a.join(marker).exists()) {
            return found.to_path_buf();
        }
    }
    dir
}

/// Reads every claim file and every source they name, with the default limits and the project
/// root of the current folder. All problems are reported together.
pub fn load(files: &[PathBuf]) -> Result<Workspace, LoadErrors> {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    load_with(files, &LoadOptions::for_dir(&cwd))
}

/// As [`load`], with the given limits and root.
pub fn load_with(files: &[PathBuf], options: &LoadOptions) -> Result<Workspace, LoadErrors> {
    let mut loader = Loader { options: Some(options.clone()), ..Loader::default() };
    for file in files {
        loader.file(file);
    }
    if loader.errors.is_empty() {
        Ok(Workspace { claims: loader.claims, sources: loader.sources })
    } else {
        Err(LoadErrors(loader.errors))
    }
}

/// Reads claims from YAML `text` as if it were the file `file`, with the given limits and root
/// (for tools and fuzzing: the claim file need not exist).
pub fn load_str_with(file: &Path, text: &str, options: &LoadOptions) -> Result<Workspace, LoadErrors> {
    let mut loader = Loader { options: Some(options.clone()), ..Loader::default() };
    loader.text(file, text);
    if loader.errors.is_empty() {
        Ok(Workspace { claims: loader.claims, sources: loader.sources })
    } else {
        Err(LoadErrors(loader.errors))
    }
}

/// Reads claims from YAML `text` as if it were the file `file` (for tests and tools); sources
/// are resolved from the file's folder, with no root: any readable path is allowed.
pub fn load_str(file: &Path, text: &str) -> Result<Workspace, LoadErrors> {
    let mut loader = Loader::default();
    loader.text(file, text);
    if loader.errors.is_empty() {
        Ok(Workspace { claims: loader.claims, sources: loader.sources })
    } else {
        Err(LoadErrors(loader.errors))
    }
}

#[derive(Default)]
struct Loader {
    /// `None` (tools and tests) reads any path with the default limits.
    options: Option<LoadOptions>,
    claims: Vec<Claim>,
    sources: Vec<SourceText>,
    source_ids: HashMap<PathBuf, usize>,
    errors: Vec<LoadError>,
}

/// One claim file being read.
struct FileCtx<'a> {
    path: &'a Path,
    shown: String,
    text: &'a str,
    /// Where each line starts: every claim's position takes its line's text, and a claim file
    /// may hold many thousand claims.
    lines: factcheck_text::text::LineIndex,
}

impl FileCtx<'_> {
    fn position(&self, line: u64, column: u64) -> Position {
        self.position_len(line, column, u64::MAX)
    }

    fn position_len(&self, line: u64, column: u64, length: u64) -> Position {
        let line_text = self.lines.line_text(self.text, line as u32).to_string();
        let rest = line_text.chars().count().saturating_sub(column.saturating_sub(1) as usize) as u64;
        let length = length.min(rest).max(1) as u32;
        Position { line: line as u32, column: column as u32, length, line_text }
    }

    fn at<T>(&self, node: &Spanned<T>) -> Position {
        let span = node.referenced.span();
        let length = if span.is_empty() { u64::MAX } else { span.len() };
        self.position_len(node.referenced.line(), node.referenced.column(), length)
    }

    fn error(&self, at: Position, message: impl Into<String>) -> LoadError {
        LoadError::Claim { file: self.shown.clone(), at, message: message.into() }
    }

    /// The scalar's text: the string, or for a number or boolean the text as written.
    fn scalar(&self, node: &Spanned<Node>) -> Option<String> {
        match &node.value {
            Node::Scalar(Some(s)) => Some(s.clone()),
            Node::Scalar(None) => {
                let span = node.referenced.span();
                let (start, len) = (span.byte_offset()? as usize, span.byte_len()? as usize);
                self.text.get(start..start + len).map(|s| s.trim().to_string())
            }
            _ => None,
        }
    }
}

/// What `defaults:` sets for every claim of a file.
#[derive(Default, Clone)]
struct Defaults {
    severity: Option<Severity>,
    expect: Option<Verdict>,
    tolerance: Option<Tolerance>,
    tags: Vec<String>,
}

const TOP_KEYS: &[&str] = &["source", "as_of", "aliases", "defaults", "claims"];
const CLAIM_KEYS: &[&str] = &[
    "id",
    "claim",
    "quote",
    "subject",
    "value",
    "op",
    "tolerance",
    "expect",
    "severity",
    "source",
    "aliases",
    "note",
    "tags",
];
const DEFAULT_KEYS: &[&str] = &["severity", "expect", "tolerance", "tags"];

impl Loader {
    fn limits(&self) -> LoadOptions {
        self.options.clone().unwrap_or_else(|| LoadOptions {
            root: PathBuf::from("/"),
            allow_outside_root: true,
            ..LoadOptions::for_dir(Path::new("."))
        })
    }

    fn file(&mut self, path: &Path) {
        let limits = self.limits();
        if self.options.is_some() {
            match confine::readable(path, &limits.root) {
                Err(Refusal::LeadsOutside) if limits.allow_outside_root => {}
                Err(why) => {
                    self.errors.push(LoadError::Refused { path: display_path(path), why });
                    return;
                }
                Ok(_) => {}
            }
        }
        let limit = limits.max_claim_file_bytes;
        let bytes = match read_capped(path, limit) {
            Ok(Some(b)) => b,
            Ok(None) => {
                let cause = std::io::Error::other(format!("it is larger than the limit of {limit} bytes"));
                self.errors.push(LoadError::ClaimFile { path: display_path(path), cause });
                return;
            }
            Err(cause) => {
                self.errors.push(LoadError::ClaimFile { path: display_path(path), cause });
                return;
            }
        };
        match std::str::from_utf8(&bytes) {
            Ok(text) => self.text(path, text),
            Err(e) => {
                let lossy = String::from_utf8_lossy(&bytes[..e.valid_up_to()]).into_owned();
                let line = lossy.matches('\n').count() as u64 + 1;
                let column = lossy.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u64 + 1;
                let ctx = FileCtx {
                    path,
                    shown: display_path(path),
                    text: &lossy,
                    lines: factcheck_text::text::LineIndex::new(&lossy),
                };
                let mut at = ctx.position(line, column);
                at.line_text =
                    String::from_utf8_lossy(bytes.split(|b| *b == b'\n').nth(line as usize - 1).unwrap_or(&[]))
                        .into_owned();
                self.errors.push(
                    ctx.error(at, format!("the claim file is not UTF-8 (invalid byte at offset {})", e.valid_up_to())),
                );
            }
        }
    }

    /// Reads claim file `path` of text `text`; its problems are reported in line order.
    fn text(&mut self, path: &Path, text: &str) {
        let first = self.errors.len();
        self.read_text(path, text);
        self.errors[first..].sort_by_key(|e| e.location().map(|(_, at)| (at.line, at.column)));
    }

    fn read_text(&mut self, path: &Path, text: &str) {
        // Lone carriage returns (old Mac line ends) are line breaks to YAML; as line feeds,
        // they are line breaks to the line lookups of error messages too.
        let text = &factcheck_text::text::normalize_line_ends(text.to_string());
        let ctx = FileCtx { path, shown: display_path(path), text, lines: factcheck_text::text::LineIndex::new(text) };
        if text.trim_start_matches('\u{feff}').trim().is_empty() {
            self.errors.push(ctx.error(ctx.position(1, 1), "the claim file is empty; it needs a `claims:` list"));
            return;
        }
        let root = match yaml::parse(text) {
            Ok(root) => root,
            Err(e) => {
                let (mut line, mut column) = e.location().map_or((1, 1), |l| (l.line().max(1), l.column().max(1)));
                let message = yaml_message(&e.to_string());
                // The parser places a tab error where it noticed it (after the tab, or at the
                // end of the line before); the user needs the tab itself.
                let mut length = u64::MAX;
                if message.contains("tab")
                    && let Some(at) = tab_near(text, line)
                {
                    (line, column, length) = (at.0, at.1, 1);
                }
                self.errors.push(ctx.error(ctx.position_len(line, column, length), message));
                return;
            }
        };
        let Node::Map(entries) = &root.value else {
            let what = root.value.describe();
            self.errors.push(ctx.error(ctx.at(&root), format!("a claim file is a mapping with `claims:`, not {what}")));
            return;
        };
        let mut top: BTreeMap<&str, &Spanned<Node>> = BTreeMap::new();
        for (k, v) in entries {
            if TOP_KEYS.contains(&k.value.as_str()) {
                top.insert(k.value.as_str(), v);
            } else {
                self.errors.push(ctx.error(
                    ctx.at(k),
                    format!(
                        "unknown key `{}`; expected one of {}{}",
                        k.value,
                        list(TOP_KEYS),
                        validate::suggestion(&k.value, TOP_KEYS)
                    ),
                ));
            }
        }
        let base = path.parent().unwrap_or(Path::new(""));
        let file_sources = top.get("source").map(|n| self.sources_of(&ctx, base, n)).unwrap_or_default();
        let as_of = top.get("as_of").and_then(|n| self.date(&ctx, n));
        let aliases = top.get("aliases").map(|n| self.aliases(&ctx, n)).unwrap_or_default();
        let defaults = top.get("defaults").map(|n| self.defaults(&ctx, n)).unwrap_or_default();
        let Some(claims) = top.get("claims") else {
            self.errors.push(ctx.error(ctx.position(1, 1), "the claim file has no `claims:` list"));
            return;
        };
        let items = match &claims.value {
            Node::Seq(items) if !items.is_empty() => items,
            Node::Seq(_) | Node::Null => {
                self.errors.push(ctx.error(ctx.at(claims), "the `claims:` list is empty"));
                return;
            }
            other => {
                self.errors
                    .push(ctx.error(ctx.at(claims), format!("`claims:` must be a list, not {}", other.describe())));
                return;
            }
        };
        let max_claims = self.limits().max_claims_per_file;
        if items.len() > max_claims {
            let message = format!("{} claims in one file is more than the limit of {max_claims}", items.len());
            self.errors.push(ctx.error(ctx.at(claims), message));
            return;
        }
        let mut seen_ids: HashMap<String, u32> = HashMap::new();
        for item in items {
            // A duplicate id is found whatever else is wrong with either claim, so that one run
            // reports every problem.
            let duplicate = match id_of(&ctx, item) {
                Some(id) => match seen_ids.get(&id) {
                    Some(first) => {
                        let message = format!("duplicate id `{id}` (first used on line {first})");
                        self.errors.push(ctx.error(self.id_position(&ctx, item), message));
                        true
                    }
                    None => {
                        seen_ids.insert(id, self.id_position(&ctx, item).line);
                        false
                    }
                },
                None => false,
            };
            if let Some(mut claim) =
                self.claim(&ctx, base, item, &defaults, &aliases, &file_sources, top.contains_key("source"))
                && !duplicate
            {
                claim.as_of = as_of;
                self.claims.push(claim);
            }
        }
    }

    fn id_position(&self, ctx: &FileCtx<'_>, item: &Spanned<Node>) -> Position {
        id_position(ctx, item)
    }
}

/// The `id` of claim `item` as written, if it has one that is a string.
fn id_of(ctx: &FileCtx<'_>, item: &Spanned<Node>) -> Option<String> {
    let Node::Map(entries) = &item.value else { return None };
    entries.iter().find(|(k, _)| k.value == "id").and_then(|(_, v)| ctx.scalar(v))
}

/// Where the `id` of claim `item` stands, else where the claim does.
fn id_position(ctx: &FileCtx<'_>, item: &Spanned<Node>) -> Position {
    if let Node::Map(entries) = &item.value
        && let Some((_, v)) = entries.iter().find(|(k, _)| k.value == "id")
    {
        return ctx.at(v);
    }
    ctx.at(item)
}

impl Loader {
    #[allow(clippy::too_many_arguments)]
    fn claim(
        &mut self,
        ctx: &FileCtx<'_>,
        base: &Path,
        item: &Spanned<Node>,
        defaults: &Defaults,
        file_aliases: &[Vec<String>],
        file_sources: &[usize],
        file_has_source: bool,
    ) -> Option<Claim> {
        let Node::Map(entries) = &item.value else {
            self.errors.push(ctx.error(
                ctx.at(item),
                format!("a claim is a mapping with `id:` and `claim:`, not {}", item.value.describe()),
            ));
            return None;
        };
        let before = self.errors.len();
        let mut keys: BTreeMap<&str, &Spanned<Node>> = BTreeMap::new();
        for (k, v) in entries {
            if CLAIM_KEYS.contains(&k.value.as_str()) {
                keys.insert(k.value.as_str(), v);
            } else {
                self.errors.push(ctx.error(
                    ctx.at(k),
                    format!(
                        "unknown key `{}` in a claim; expected one of {}{}",
                        k.value,
                        list(CLAIM_KEYS),
                        validate::suggestion(&k.value, CLAIM_KEYS)
                    ),
                ));
            }
        }
        let id = match keys.get("id") {
            None => {
                self.errors.push(ctx.error(ctx.at(item), "this claim has no `id`"));
                None
            }
            Some(n) => match self.string(ctx, n, "id") {
                Some(id)
                    if !id.is_empty()
                        && id.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')) =>
                {
                    Some(id)
                }
                Some(id) => {
                    self.errors.push(
                        ctx.error(ctx.at(n), format!("id `{id}` may hold only letters, digits, `.`, `_` and `-`")),
                    );
                    None
                }
                None => None,
            },
        };
        let forms: Vec<&str> = ["claim", "quote", "subject"].into_iter().filter(|k| keys.contains_key(k)).collect();
        let body_node;
        let body = match forms.as_slice() {
            [] => {
                self.errors.push(
                    ctx.error(ctx.at(item), "this claim has none of `claim`, `quote` or `subject`; give exactly one"),
                );
                return None;
            }
            [_, second, ..] => {
                let n = keys[second];
                self.errors.push(
                    ctx.error(
                        ctx.at(n),
                        format!("this claim has both `{}` and `{second}`; give exactly one", forms[0]),
                    ),
                );
                return None;
            }
            [form] => {
                body_node = keys[form];
                if *form != "subject" {
                    for k in ["value", "op"] {
                        if let Some(n) = keys.get(k) {
                            self.errors
                                .push(ctx.error(ctx.at(n), format!("`{k}` goes with `subject`, not with `{form}`")));
                        }
                    }
                }
                match *form {
                    "claim" => self.compact(ctx, body_node),
                    "quote" => match self.string(ctx, body_node, "quote") {
                        Some(q) if q.trim().is_empty() => {
                            self.errors.push(ctx.error(ctx.at(body_node), "the quote is empty"));
                            None
                        }
                        q => q.map(|q| (format!("quote: {q}"), ClaimBody::Quote(q))),
                    },
                    _ => self.structured(ctx, body_node, keys.get("op").copied(), keys.get("value").copied(), item),
                }
            }
        };
        let expect = match keys.get("expect") {
            Some(n) => self.string(ctx, n, "expect").and_then(|s| match Verdict::from_name(&s) {
                Some(v) => Some(v),
                None => {
                    let names: Vec<&str> = Verdict::ALL.iter().map(|v| v.name()).collect();
                    self.errors
                        .push(ctx.error(ctx.at(n), format!("unknown expect `{s}`; expected one of {}", list(&names))));
                    None
                }
            }),
            None => defaults.expect,
        };
        let severity = match keys.get("severity") {
            Some(n) => self.severity(ctx, n),
            None => defaults.severity,
        };
        let tolerance = match keys.get("tolerance") {
            Some(n) => self.tolerance(ctx, n),
            None => defaults.tolerance,
        };
        let sources = match keys.get("source") {
            Some(n) => self.sources_of(ctx, base, n),
            None => {
                if !file_has_source {
                    self.errors.push(ctx.error(ctx.at(item), "this claim has no `source`, and the file gives none"));
                }
                file_sources.to_vec()
            }
        };
        let mut aliases = file_aliases.to_vec();
        if let Some(n) = keys.get("aliases") {
            aliases.extend(self.aliases(ctx, n));
        }
        let note = keys.get("note").and_then(|n| self.string(ctx, n, "note"));
        let mut tags = defaults.tags.clone();
        if let Some(n) = keys.get("tags") {
            tags.extend(self.strings(ctx, n, "tags"));
        }
        if let (Some(node), Some(tolerance), Some((_, body))) = (keys.get("tolerance"), &tolerance, &body) {
            let problem = match body {
                ClaimBody::Compare { value, .. } => validate::tolerance_problem(tolerance, value),
                _ => Some("a tolerance widens the value of a `SUBJECT OP VALUE` claim; this claim has none".into()),
            };
            if let Some(problem) = problem {
                self.errors.push(ctx.error(ctx.at(node), problem));
            }
        }
        if self.errors.len() > before {
            return None;
        }
        let (text, body) = body?;
        Some(Claim {
            id: id?,
            file: ctx.shown.clone(),
            line: body_node.referenced.line() as u32,
            column: body_node.referenced.column() as u32,
            text,
            line_text: ctx.at(body_node).line_text,
            body,
            expect: expect.unwrap_or(Verdict::Supported),
            severity: severity.unwrap_or_default(),
            tolerance,
            aliases,
            sources,
            as_of: None,
            note,
            tags,
        })
    }

    /// `claim: SUBJECT OP VALUE`, or a statement when no operator stands in it.
    fn compact(&mut self, ctx: &FileCtx<'_>, node: &Spanned<Node>) -> Option<(String, ClaimBody)> {
        let text = self.string(ctx, node, "claim")?;
        if let Some(problem) = validate::operator_problem(&text) {
            self.errors.push(ctx.error(ctx.at(node), problem));
            return None;
        }
        let Some((at, op, symbol)) = find_operator(&text) else {
            if text.trim().is_empty() {
                self.errors.push(ctx.error(ctx.at(node), "the claim is empty"));
                return None;
            }
            if let Some(problem) = validate::statement_problem(&text) {
                self.errors.push(ctx.error(ctx.at(node), problem));
                return None;
            }
            return Some((text.clone(), ClaimBody::Statement(text)));
        };
        let subject = text[..at].trim().to_string();
        let literal = text[at + symbol.len()..].trim();
        if subject.is_empty() || literal.is_empty() {
            let side = if subject.is_empty() { "subject before" } else { "value after" };
            self.errors.push(ctx.error(ctx.at(node), format!("the claim has no {side} `{}`", symbol.trim())));
            return None;
        }
        let value = self.value_literal(ctx, node, literal, op)?;
        Some((text.clone(), ClaimBody::Compare { subject, op, value }))
    }

    /// `subject:` + `value:` + optional `op:`.
    fn structured(
        &mut self,
        ctx: &FileCtx<'_>,
        subject_node: &Spanned<Node>,
        op_node: Option<&Spanned<Node>>,
        value_node: Option<&Spanned<Node>>,
        item: &Spanned<Node>,
    ) -> Option<(String, ClaimBody)> {
        let subject = self.string(ctx, subject_node, "subject")?;
        if subject.trim().is_empty() {
            self.errors.push(ctx.error(ctx.at(subject_node), "the subject is empty"));
            return None;
        }
        let op = match op_node {
            None => Operator::Eq,
            Some(n) => {
                let s = self.string(ctx, n, "op")?;
                match parse_operator(&s) {
                    Some(op) => op,
                    None => {
                        self.errors.push(ctx.error(ctx.at(n), format!("unknown op `{s}`; expected one of `=`, `!=`, `~`, `<`, `<=`, `>`, `>=`, `in`, `includes`")));
                        return None;
                    }
                }
            }
        };
        let Some(value_node) = value_node else {
            self.errors.push(ctx.error(ctx.at(item), "a claim with `subject` needs a `value`"));
            return None;
        };
        let (value, shown) = match &value_node.value {
            Node::Seq(items) => {
                let mut values = Vec::new();
                let mut shown = Vec::new();
                for it in items {
                    let s = self.string(ctx, it, "value")?;
                    values.push(self.list_item(ctx, it, &s)?);
                    shown.push(s);
                }
                (Value::List(values), format!("[{}]", shown.join(", ")))
            }
            _ => {
                let s = self.string(ctx, value_node, "value")?;
                (self.value_literal(ctx, value_node, &s, op)?, s)
            }
        };
        if op == Operator::Includes && !matches!(value, Value::List(_)) {
            self.errors.push(ctx.error(ctx.at(value_node), "`includes` takes a list of items"));
            return None;
        }
        Some((format!("{subject} {} {shown}", op.symbol()), ClaimBody::Compare { subject, op, value }))
    }

    /// A value literal; `in` reads `LOW..HIGH` ranges, `includes` reads `A, B and C` lists.
    fn value_literal(&mut self, ctx: &FileCtx<'_>, node: &Spanned<Node>, literal: &str, op: Operator) -> Option<Value> {
        let (parse, item) = (read_value, read_list_item);
        let result = if op == Operator::Includes {
            split_list(literal).iter().map(|s| item(s)).collect::<Result<Vec<_>, _>>().map(Value::List)
        } else if op == Operator::In && literal.contains("..") {
            let (low, high) = literal.split_once("..").unwrap_or((literal, literal));
            match (parse(low.trim()), parse(high.trim())) {
                (Ok(a), Ok(b)) => range_value(&a, &b)
                    .ok_or_else(|| format!("`{literal}` is not a range of two figures of the same kind")),
                (Err(e), _) | (_, Err(e)) => Err(e),
            }
        } else if op == Operator::In && literal.contains(',') {
            split_list(literal).iter().map(|s| item(s)).collect::<Result<Vec<_>, _>>().map(Value::List)
        } else {
            parse(literal)
        };
        match result {
            Ok(v) => {
                if matches!(op, Operator::Lt | Operator::Le | Operator::Gt | Operator::Ge | Operator::Approx)
                    && matches!(v, Value::Text(_) | Value::List(_))
                {
                    self.errors.push(ctx.error(
                        ctx.at(node),
                        format!("`{}` compares figures or dates, and `{literal}` is neither", op.symbol()),
                    ));
                    return None;
                }
                if op == Operator::Approx && matches!(v, Value::Date(_)) {
                    self.errors.push(ctx.error(
                        ctx.at(node),
                        format!(
                            "`{}` widens a figure by 10%, and `{literal}` is a date; give a tolerance in days (`tolerance: 2 days`)",
                            op.symbol()
                        ),
                    ));
                    return None;
                }
                Some(v)
            }
            Err(message) => {
                self.errors.push(ctx.error(ctx.at(node), format!("cannot read the value: {message}")));
                None
            }
        }
    }

    /// An item of a YAML list value: a figure or date where it reads as one, else text.
    fn list_item(&mut self, ctx: &FileCtx<'_>, node: &Spanned<Node>, literal: &str) -> Option<Value> {
        match read_list_item(literal) {
            Ok(v) => Some(v),
            Err(message) => {
                self.errors.push(ctx.error(ctx.at(node), format!("cannot read the value: {message}")));
                None
            }
        }
    }

    fn string(&mut self, ctx: &FileCtx<'_>, node: &Spanned<Node>, key: &str) -> Option<String> {
        match ctx.scalar(node) {
            Some(s) => Some(s),
            None => {
                self.errors
                    .push(ctx.error(ctx.at(node), format!("`{key}` must be a string, not {}", node.value.describe())));
                None
            }
        }
    }

    fn strings(&mut self, ctx: &FileCtx<'_>, node: &Spanned<Node>, key: &str) -> Vec<String> {
        match &node.value {
            Node::Seq(items) => items.iter().filter_map(|i| self.string(ctx, i, key)).collect(),
            _ => self.string(ctx, node, key).into_iter().collect(),
        }
    }

    fn severity(&mut self, ctx: &FileCtx<'_>, node: &Spanned<Node>) -> Option<Severity> {
        let s = self.string(ctx, node, "severity")?;
        match s.as_str() {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            "info" => Some(Severity::Info),
            _ => {
                self.errors.push(ctx.error(
                    ctx.at(node),
                    format!("unknown severity `{s}`; expected one of `error`, `warning`, `info`"),
                ));
                None
            }
        }
    }

    fn tolerance(&mut self, ctx: &FileCtx<'_>, node: &Spanned<Node>) -> Option<Tolerance> {
        let s = self.string(ctx, node, "tolerance")?;
        let parsed = match parse_literal(&s) {
            Ok(Value::Percent(a)) => Some(Tolerance::Relative(a.value / Decimal::from(100))),
            Ok(Value::Quantity { unit, amount }) if unit == "d" => {
                i64::from_str(&amount.value.normalize().to_string()).ok().map(Tolerance::Days)
            }
            Ok(Value::Quantity { unit, amount }) if unit == "wk" => {
                i64::from_str(&amount.value.normalize().to_string()).ok().map(|w| Tolerance::Days(w * 7))
            }
            Ok(Value::Number(a) | Value::Money { amount: a, .. } | Value::Quantity { amount: a, .. }) => {
                Some(Tolerance::Absolute(a.value.abs()))
            }
            _ => None,
        };
        if parsed.is_none() {
            self.errors.push(ctx.error(
                ctx.at(node),
                format!("cannot read tolerance `{s}`: give a percentage (`5%`), an amount (`0.1B`) or days (`2 days`)"),
            ));
        }
        parsed
    }

    fn date(&mut self, ctx: &FileCtx<'_>, node: &Spanned<Node>) -> Option<Date> {
        let s = self.string(ctx, node, "as_of")?;
        match Date::from_str(s.trim()) {
            Ok(d) => Some(d),
            Err(_) => {
                self.errors.push(ctx.error(ctx.at(node), format!("`as_of` must be a date like 2024-05-21, not `{s}`")));
                None
            }
        }
    }

    fn aliases(&mut self, ctx: &FileCtx<'_>, node: &Spanned<Node>) -> Vec<Vec<String>> {
        let Node::Map(entries) = &node.value else {
            self.errors.push(ctx.error(
                ctx.at(node),
                format!("`aliases` must map a word to its other names, not {}", node.value.describe()),
            ));
            return vec![];
        };
        entries
            .iter()
            .map(|(k, v)| {
                let mut group = vec![k.value.clone()];
                group.extend(self.strings(ctx, v, "aliases"));
                group
            })
            .collect()
    }

    fn defaults(&mut self, ctx: &FileCtx<'_>, node: &Spanned<Node>) -> Defaults {
        let Node::Map(entries) = &node.value else {
            self.errors
                .push(ctx.error(ctx.at(node), format!("`defaults` must be a mapping, not {}", node.value.describe())));
            return Defaults::default();
        };
        let mut d = Defaults::default();
        for (k, v) in entries {
            match k.value.as_str() {
                "severity" => d.severity = self.severity(ctx, v),
                "tolerance" => d.tolerance = self.tolerance(ctx, v),
                "tags" => d.tags = self.strings(ctx, v, "tags"),
                "expect" => {
                    if let Some(s) = self.string(ctx, v, "expect") {
                        d.expect = Verdict::from_name(&s);
                        if d.expect.is_none() {
                            self.errors.push(ctx.error(ctx.at(v), format!("unknown expect `{s}`")));
                        }
                    }
                }
                other => self.errors.push(ctx.error(
                    ctx.at(k),
                    format!(
                        "unknown key `{other}` in `defaults`; expected one of {}{}",
                        list(DEFAULT_KEYS),
                        validate::suggestion(other, DEFAULT_KEYS)
                    ),
                )),
            }
        }
        d
    }

    /// Reads the sources a `source:` names (a path or a list), each once per run.
    fn sources_of(&mut self, ctx: &FileCtx<'_>, base: &Path, node: &Spanned<Node>) -> Vec<usize> {
        let items: Vec<&Spanned<Node>> = match &node.value {
            Node::Seq(items) => items.iter().collect(),
            _ => vec![node],
        };
        let mut ids = Vec::new();
        for item in items {
            let Some(rel) = self.string(ctx, item, "source") else {
                continue;
            };
            let path = base.join(&rel);
            let shown = display_path(&path);
            let limits = self.limits();
            let refusal = check_source_path(&path, &rel, &limits);
            if let Some(why) = refusal {
                self.errors.push(ctx.error(ctx.at(item), format!("source `{shown}` {why}")));
                continue;
            }
            let key = std::fs::canonicalize(&path).unwrap_or_else(|_| PathBuf::from(&shown));
            if let Some(&id) = self.source_ids.get(&key) {
                ids.push(id);
                continue;
            }
            if !limits.read_sources {
                let problem = match std::fs::metadata(&path) {
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => Some("does not exist".to_string()),
                    Err(e) => Some(format!("cannot be read: {e}")),
                    Ok(m) if m.len() > limits.max_source_bytes => {
                        Some(format!("is larger than the limit of {} bytes", limits.max_source_bytes))
                    }
                    Ok(m) if m.len() == 0 => Some(EMPTY_SOURCE.to_string()),
                    Ok(_) => None,
                };
                if let Some(what) = problem {
                    self.errors.push(ctx.error(ctx.at(item), format!("source `{shown}` {what}")));
                    continue;
                }
                let id = self.sources.len();
                self.sources.push(SourceText { path: shown, text: String::new() });
                self.source_ids.insert(key, id);
                ids.push(id);
                continue;
            }
            let bytes = match read_capped(&path, limits.max_source_bytes) {
                Ok(Some(b)) => b,
                Ok(None) => {
                    let why = format!("is larger than the limit of {} bytes", limits.max_source_bytes);
                    self.errors.push(ctx.error(ctx.at(item), format!("source `{shown}` {why}")));
                    continue;
                }
                Err(e) => {
                    let what = if e.kind() == std::io::ErrorKind::NotFound {
                        "does not exist".to_string()
                    } else {
                        format!("cannot be read: {e}")
                    };
                    self.errors.push(ctx.error(ctx.at(item), format!("source `{shown}` {what}")));
                    continue;
                }
            };
            let text = match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(e) => {
                    let offset = e.utf8_error().valid_up_to();
                    self.errors.push(ctx.error(
                        ctx.at(item),
                        format!("source `{shown}` is not UTF-8 text (invalid byte at offset {offset})"),
                    ));
                    continue;
                }
            };
            // A claim about a text with nothing in it could only be `not_found`: a claim that
            // expects that would pass by accident.
            if !text.chars().any(char::is_alphanumeric) {
                self.errors.push(ctx.error(ctx.at(item), format!("source `{shown}` {EMPTY_SOURCE}")));
                continue;
            }
            let id = self.sources.len();
            self.sources.push(SourceText { path: shown, text });
            self.source_ids.insert(key, id);
            ids.push(id);
        }
        let _ = ctx.path;
        ids
    }
}

/// Why a source path is refused, if it is: in a version-control folder (as written or as
/// resolved), outside the root (absolute, `..` or a symbolic link leading out), a folder, or not
/// a regular file (a FIFO or a device, which are never opened so that nothing blocks). A path
/// that does not exist is left to the read, which says so. The message never shows where a link
/// leads: that may be what it was made to reveal.
fn check_source_path(path: &Path, written: &str, limits: &LoadOptions) -> Option<String> {
    if !limits.allow_outside_root && Path::new(written).is_absolute() {
        return Some(
            "is an absolute path: give it relative to the claim file (or run with --allow-outside-root)".into(),
        );
    }
    match confine::readable(path, &limits.root) {
        Err(Refusal::LeadsOutside) if limits.allow_outside_root => {}
        Err(why @ (Refusal::VersionControl | Refusal::Folder | Refusal::NotRegular)) => return Some(why.to_string()),
        Err(Refusal::LeadsOutside) => return Some(outside_root(limits)),
        Ok(real) => {
            if !limits.allow_outside_root && real.exists() && !real.starts_with(&limits.root) {
                return Some(outside_root(limits));
            }
        }
    }
    None
}

fn outside_root(limits: &LoadOptions) -> String {
    format!(
        "resolves outside the project root {} (run with --allow-outside-root to allow it)",
        display_path(&limits.root)
    )
}

/// Reads a file of at most `limit` bytes: `None` when it is larger. Reads at most one byte past
/// the limit, whatever the file claims its size is; anything but a regular file (a FIFO, a
/// device) is an error, never opened.
pub fn read_capped(path: &Path, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(std::io::Error::other("it is not a regular file"));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)?.take(limit + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

/// Finds the leftmost symbolic operator with a space on each side; at one place the longest
/// wins (`<=` over `<`).
pub fn find_operator(text: &str) -> Option<(usize, Operator, &'static str)> {
    const OPS: &[(&str, Operator)] = &[
        (" != ", Operator::Ne),
        (" <= ", Operator::Le),
        (" >= ", Operator::Ge),
        (" = ", Operator::Eq),
        (" ~ ", Operator::Approx),
        (" ≈ ", Operator::Approx),
        (" < ", Operator::Lt),
        (" > ", Operator::Gt),
    ];
    OPS.iter()
        .filter_map(|(sym, op)| text.find(sym).map(|at| (at, *op, *sym)))
        .min_by_key(|(at, _, sym)| (*at, std::cmp::Reverse(sym.len())))
}

fn parse_operator(s: &str) -> Option<Operator> {
    Some(match s.trim() {
        "=" | "==" => Operator::Eq,
        "!=" => Operator::Ne,
        "~" | "≈" => Operator::Approx,
        "<" => Operator::Lt,
        "<=" => Operator::Le,
        ">" => Operator::Gt,
        ">=" => Operator::Ge,
        "in" => Operator::In,
        "includes" => Operator::Includes,
        _ => return None,
    })
}

/// Why an empty source is refused.
const EMPTY_SOURCE: &str = "is empty: it has no words or figures to check claims against";

/// The first tab on 1-based `line` of `text` or on the two lines after it, as (line, column).
fn tab_near(text: &str, line: u64) -> Option<(u64, u64)> {
    text.lines()
        .enumerate()
        .skip(line.saturating_sub(1) as usize)
        .take(3)
        .find_map(|(i, l)| l.find('\t').map(|at| (i as u64 + 1, l[..at].chars().count() as u64 + 1)))
}

/// A value literal, refused when a word after its figure looks like a misspelt scale, unit or
/// currency (`$12.1 bilion` is not 12.1 dollars).
fn read_value(literal: &str) -> Result<Value, String> {
    if let Some((word, meant)) = validate::misspelt_value_word(literal) {
        return Err(format!("unknown word `{word}` after a figure; did you mean `{meant}`?"));
    }
    parse_literal(literal).map_err(|e| e.message)
}

/// An item of a list: a figure or date where it reads as one, else text (`2.3.0+` is a version,
/// not a broken number). An item that is money gone wrong (`$1.2.3`), or a misspelt scale, is
/// still an error.
fn read_list_item(literal: &str) -> Result<Value, String> {
    match read_value(literal) {
        Err(e) if !literal.contains(['$', '€', '£', '¥']) && validate::misspelt_value_word(literal).is_none() => {
            let _ = e;
            Ok(Value::Text(literal.trim().to_string()))
        }
        other => other,
    }
}

/// `Britain, Canada and France` → the three names.
fn split_list(text: &str) -> Vec<String> {
    text.split(',')
        .flat_map(|part| part.split(" and "))
        .map(|s| s.trim().trim_start_matches("and ").trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// `$10B..$12B` as one value spanning both.
fn range_value(low: &Value, high: &Value) -> Option<Value> {
    use factcheck_core::{Amount, DateValue, Interval};
    match (low, high) {
        (Value::Date(DateValue::Span { start, .. }), Value::Date(DateValue::Span { end, .. })) => {
            Some(Value::Date(DateValue::Span { start: *start, end: *end }))
        }
        _ if low.kind() == high.kind() => {
            let (a, b) = (low.amount()?, high.amount()?);
            let interval = Interval { low: a.interval.low, high: b.interval.high };
            Some(low.with_interval(interval)).map(|v| match v {
                Value::Number(_) => Value::Number(Amount { value: a.value, interval }),
                other => other,
            })
        }
        _ => None,
    }
}

fn list(items: &[&str]) -> String {
    items.iter().map(|i| format!("`{i}`")).collect::<Vec<_>>().join(", ")
}

/// The parser's message in the user's terms, without its own position suffix and hints.
fn yaml_message(raw: &str) -> String {
    let first = raw.lines().next().unwrap_or("").trim();
    let first = first.split(" at line ").next().unwrap_or(first);
    if first.contains("budget breached") {
        return if first.contains("Documents") {
            "a claim file holds one YAML document; this `---` starts a second".to_string()
        } else if first.contains("Anchors") || first.contains("Aliases") || first.contains("alias") {
            "anchors and aliases (`&name`, `*name`) are not allowed in claim files".to_string()
        } else if first.contains("Depth") {
            "the YAML nests too deeply for a claim file".to_string()
        } else {
            format!("the YAML is too large for a claim file ({})", first.trim_start_matches("budget breached: "))
        };
    }
    if let Some(c) = first.strip_prefix("unexpected character: `") {
        return format!("invalid YAML: a character YAML does not allow here (`{}`)", c.trim_end_matches(['\'', '`']));
    }
    if let Some(key) = first.strip_prefix("duplicate mapping key: ") {
        let key = key.split(',').next().unwrap_or(key).trim();
        return format!("duplicate key `{key}`");
    }
    format!("invalid YAML: {first}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operators_are_found_with_spaces_only() {
        assert_eq!(find_operator("Japan aid = $12.1B").map(|o| o.1), Some(Operator::Eq));
        assert_eq!(find_operator("aid <= $5B").map(|o| o.1), Some(Operator::Le));
        assert_eq!(find_operator("Russia's invasion began in February 2022"), None);
        assert_eq!(find_operator("x=1"), None);
    }

    #[test]
    fn lists_split_on_commas_and_and() {
        assert_eq!(split_list("Britain, Canada and France"), ["Britain", "Canada", "France"]);
        assert_eq!(split_list("Britain, Canada, and France"), ["Britain", "Canada", "France"]);
    }
}

#[cfg(test)]
mod load_tests {
    use super::*;

    fn load_yaml(yaml: &str) -> Result<Workspace, Vec<String>> {
        // A folder per call: tests run in parallel, and a source being rewritten reads empty.
        static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("factcheck-loader-test-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("source.txt"), "Japan's aid totals $12.1 billion.").unwrap();
        load_str(&dir.join("claims.yaml"), yaml).map_err(|e| e.0.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn claims_keep_their_positions_and_defaults() {
        let w = load_yaml(
            "source: source.txt\nas_of: 2024-05-21\ndefaults:\n  severity: warning\n  tags: [all]\nclaims:\n  - id: a\n    claim: Japan aid = $12.1B\n  - id: b\n    subject: Japan aid\n    op: in\n    value: $10B..$13B\n    severity: error\n    tags: [range]\n",
        )
        .unwrap();
        assert_eq!(w.sources.len(), 1);
        let (a, b) = (&w.claims[0], &w.claims[1]);
        assert_eq!((a.line, a.column), (8, 12));
        assert_eq!(a.severity, Severity::Warning);
        assert_eq!(a.as_of, Date::new(2024, 5, 21).ok());
        assert_eq!(b.severity, Severity::Error);
        assert_eq!(b.tags, ["all", "range"]);
        assert_eq!(b.text, "Japan aid in $10B..$13B");
        let ClaimBody::Compare { op: Operator::In, value, .. } = &b.body else { panic!("{:?}", b.body) };
        assert_eq!(value.to_string(), "USD 10,000,000,000 [9,500,000,000, 13,500,000,000)");
    }

    #[test]
    fn statements_quotes_and_lists() {
        let w = load_yaml(
            "source: source.txt\nclaims:\n  - id: s\n    claim: Japan's aid totals $12.1 billion\n  - id: q\n    quote: aid totals\n  - id: l\n    subject: partners\n    op: includes\n    value: Britain, Canada and France\n",
        )
        .unwrap();
        assert!(matches!(&w.claims[0].body, ClaimBody::Statement(s) if s.starts_with("Japan's")));
        assert!(matches!(&w.claims[1].body, ClaimBody::Quote(q) if q == "aid totals"));
        let ClaimBody::Compare { value: Value::List(items), .. } = &w.claims[2].body else { panic!() };
        assert_eq!(items.len(), 3);
    }

    #[test]
    fn tolerances() {
        let w = load_yaml(
            "source: source.txt\nclaims:\n  - id: a\n    claim: x = 1\n    tolerance: 5%\n  - id: b\n    claim: x = $1B\n    tolerance: 0.1B\n  - id: c\n    claim: x = July 9\n    tolerance: 2 days\n",
        )
        .unwrap();
        assert_eq!(w.claims[0].tolerance, Some(Tolerance::Relative(Decimal::new(5, 2))));
        assert_eq!(w.claims[1].tolerance, Some(Tolerance::Absolute(Decimal::from(100_000_000))));
        assert_eq!(w.claims[2].tolerance, Some(Tolerance::Days(2)));
    }

    #[test]
    fn every_error_is_reported() {
        let errors = load_yaml(
            "source: source.txt\nclaims:\n  - id: a\n    claim: x = $1.2.3\n  - claim: y = 2\n  - id: c\n    claim: z = 3\n    expect: maybe\n",
        )
        .unwrap_err();
        assert_eq!(errors.len(), 3, "{errors:#?}");
        assert!(errors[0].contains(":4:12:"), "{}", errors[0]);
        assert!(errors[1].contains("no `id`"), "{}", errors[1]);
        assert!(errors[2].contains("unknown expect `maybe`"), "{}", errors[2]);
    }

    #[test]
    fn numbers_keep_their_written_precision() {
        let w = load_yaml("source: source.txt\nclaims:\n  - id: a\n    subject: x\n    value: 12.10\n").unwrap();
        let ClaimBody::Compare { value, .. } = &w.claims[0].body else { panic!() };
        assert_eq!(value.to_string(), "12.1 [12.095, 12.105)");
    }
}
