//! The whole CLI fuzzed in throw-away projects: each case writes a project that a hostile pull
//! request could hold (claim files with odd names and hostile text, sources, a factcheck.toml,
//! snapshots, symbolic links out of the project, to devices and to `/proc/self/environ`), runs
//! one command in it (`verify`, `accept`, `check` or `extract`, with options) and checks the
//! promises of `untrusted.rs` and `escaping.rs` on whatever comes out:
//!
//! - the run ends within a time limit, with exit 0, 1 or 2 and no panic;
//! - no secret is shown: a sentinel in `.git/config`, in a file outside the project and in the
//!   environment never reaches standard output or standard error;
//! - nothing is written outside the project (`outside/` is the same before and after, and the
//!   case's folder holds nothing new beside the project);
//! - the reports read on a terminal or in a CI log (human, github, markdown, and standard
//!   error whatever the format) hold no raw control character: only line feeds, tabs and SGR
//!   colour sequences; no line is a GitHub workflow command and no `##[` stands raw.
//!
//! `PROPTEST_CASES` sets the number of cases (default 48); `FACTCHECK_TEST_BIN` runs the cases
//! against another build of the binary.

use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::{Config, FileFailurePersistence};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The secret: in `.git/config`, in `outside/secret.txt` and in the child's environment.
const SENTINEL: &str = "FCSENTINEL-9c2e";

/// How long one run may take.
const TIME_LIMIT: Duration = Duration::from_secs(30);

/// The most bytes read of each output stream; more is a failure (a device read without end).
const OUTPUT_CAP: usize = 16 << 20;

// ---------------------------------------------------------------------------------------------
// What the cases are made of.

/// Claim files' names (relative to the project), hostile ones on unix only.
#[cfg(unix)]
const CLAIM_NAMES: &[&str] = &[
    "claims/x.yaml",
    "claims/x.yml",
    "claims/a b.yaml",
    "claims/new\nline::add-mask::x.yaml",
    "claims/esc\u{1b}]0;pwned\u{7}\u{1b}[2J.yaml",
    "claims/sub/deep/y.yaml",
    "claims/sub/z.yml",
    "claims/c1\u{9b}2J\u{7f}.yaml",
    "claims/rtl\u{202e}lmth.yaml",
    "claims/##[add-mask]q.yaml",
];
#[cfg(not(unix))]
const CLAIM_NAMES: &[&str] =
    &["claims/x.yaml", "claims/x.yml", "claims/a b.yaml", "claims/sub/deep/y.yaml", "claims/sub/z.yml"];

/// Sources' names (relative to the project).
#[cfg(unix)]
const SOURCE_NAMES: &[&str] =
    &["src/a.txt", "src/b c.txt", "src/e\u{1b}]0;x\u{7}.txt", "src/n\n::add-mask::x.txt", "src/r\u{202e}.txt"];
#[cfg(not(unix))]
const SOURCE_NAMES: &[&str] = &["src/a.txt", "src/b c.txt", "src/d.txt"];

/// Sentences of the sources, holding figures and dates.
const SENTENCES: &[&str] = &[
    "Japan's aid totals $12.1 billion, the ministry said on July 9, 2024.",
    "The NATO summit opened on July 9 in Washington.",
    "Unemployment fell to 5% in March 2023, down from 5.4% a year earlier.",
    "About 40 people were hurt, police said on Tuesday.",
    "Sapp, 42, was sentenced to a 30-year prison term.",
    "Russia's full-scale invasion began in February 2022.",
    "Britain, Canada and France signed security commitments to Ukraine.",
    "Peace Formula talks resumed on 21 May 2024 in Kyiv.",
    "The fund grew by more than ¥3 trillion between 2019 and 2021.",
    "Temperatures reached 41.5 degrees Celsius on 1 August.",
    "The U.S. Senate voted 52-48 on Feb. 3 at 10 a.m.",
];

/// What may open a source: a BOM, invalid UTF-8, NUL bytes, line ends.
const ODD_BYTES: &[&[u8]] = &[b"\xef\xbb\xbf", b"\xff\xfe", b"\0\0", b"\r\n\r\n", b"\r"];

/// Hostile text set into claims, notes, tags, sources and names.
const HOSTILE: &[&str] = &[
    "\n::add-mask::x",
    "\u{1b}]0;pwned\u{7}",
    "\u{1b}[2J",
    "\u{1b}[31mred",
    "\u{9b}2J",
    "\u{7f}",
    "\u{202e}evil",
    "\u{2066}iso\u{2069}",
    "\u{2028}",
    "\u{2029}",
    "\u{85}",
    "\r::warning::y",
    "\t",
    "\0",
    "\u{8}\u{8}",
    "##[add-mask]y",
    "\u{feff}",
];

/// Subjects of `claim: SUBJECT OP VALUE` and `subject:`.
const SUBJECTS: &[&str] = &[
    "Japan aid",
    "NATO summit date",
    "unemployment",
    "people hurt",
    "Sapp prison term",
    "invasion start",
    "countries with security commitments to Ukraine",
    "fund growth",
    "temperature",
    "Senate vote",
    "extraheader AUTHORIZATION",
    "FACTCHECK_TEST_SECRET",
];

/// Values of claims.
const VALUES: &[&str] = &[
    "$12.1B",
    "$12.1 billion",
    "$15B",
    "July 9",
    "July 19, 2024",
    "5%",
    "about 40",
    "30 years",
    "42",
    "February 2022",
    "¥3 trillion",
    "41.5 °C",
    "2 days",
];
const VALUES_WILD: &[&str] =
    &["$10B..$12B", "1e999999", "99999999999999999999999999999999999", "$$$", "", "-0", "\"\\e]0;v\\a\""];

const OPS: &[&str] = &["=", "!=", "~", "≈", "<", "<=", ">", ">="];
const SOV_OPS: &[&str] = &["=", "includes", "in", "<", ">="];
const OPS_WILD: &[&str] = &["==", "=>", "includes", "in", "", "\u{9b}"];

/// Statements and quotes.
const STATEMENTS: &[&str] = &[
    "Japan's aid totals $12.1 billion",
    "Japan's aid totals $15 billion",
    "Russia's full-scale invasion began in February 2022",
    "The NATO summit did not open on July 9",
    "About 40 people were hurt",
    "Peace Formula",
    "AUTHORIZATION",
    "FACTCHECK_TEST_SECRET",
    "extraheader",
    "x",
];

/// Ids of wild cases (calm ones get `c0`, `c1`, ...).
const IDS: &[&str] =
    &["a", "a", "\"x\\e]0;y\\a\"", "\"id\\n::add-mask::x\"", "\"c1\\u009b2J\\x7f\"", "bad id!", "42", "[a]"];
const EXPECTS: &[&str] = &["supported", "contradicted", "conflicting", "not_found"];
const EXPECTS_WILD: &[&str] = &["\"bogus\\e[2J\"", "[supported]"];
const SEVERITIES: &[&str] = &["error", "warning", "info"];
const SEVERITIES_WILD: &[&str] = &["\"loud\\n::add-mask::x\\e]0;p\\a\"", "7"];
const TOLERANCES: &[&str] = &["5%", "0.1B", "2 days"];
const TOLERANCES_WILD: &[&str] = &["\"\\e]0;t\\a\"", "-5%"];
const AS_OFS: &[&str] = &["2024-05-21", "2025-01-05"];
const AS_OFS_WILD: &[&str] = &["not a date", "\"2024-13-45\\e[2J\""];

/// Lines of YAML junk, set anywhere in a claim file.
const YAML_JUNK: &[&str] = &[
    ": :",
    "- - -",
    "anchor: &a x",
    "alias: *a",
    "bin: !!binary aGk=",
    "{",
    "[",
    "---",
    "? complex",
    "claims: 5",
    "deep: [[[[[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]]]]",
    "\tsource: tab.txt",
    "\u{1b}]0;pwned\u{7}: 1",
    "\"\\e]0;pwned\\a\": 1",
    "unknown_key\u{9b}: 1",
    "%YAML 1.2",
    "source: &s ../.git/config",
    "  - id: stray",
    "claims:",
];

/// What opens a claim file.
const PREFIXES: &[&str] = &["", "", "", "# yaml-language-server: $schema=../../outside/secret.txt\n"];
const PREFIXES_WILD: &[&str] = &["\u{feff}", "%YAML 1.2\n---\n", "\u{1b}]0;pwned\u{7}\n"];

/// Lines of factcheck.toml: (key, line).
const TOML_LINES: &[(&str, &str)] = &[
    ("claims", "claims = [\"claims\"]"),
    ("claims", "claims = [\"claims/sub\", \"claims\"]"),
    ("claims", "claims = [\"/\"]"),
    ("claims", "claims = [\"..\"]"),
    ("claims", "claims = [\"../outside\"]"),
    ("claims", "claims = [\".git\"]"),
    ("claims", "claims = [\"/proc/self\"]"),
    ("claims", "claims = \"claims\""),
    ("format", "format = \"human\""),
    ("format", "format = \"json\""),
    ("format", "format = \"jsonl\""),
    ("format", "format = \"junit\""),
    ("format", "format = \"sarif\""),
    ("format", "format = \"github\""),
    ("format", "format = \"markdown\""),
    ("format", "format = \"bogus\\u001b]0;x\\u0007\""),
    ("deny", "deny = [\"warnings\"]"),
    ("deny", "deny = [\"bogus\\u009b\"]"),
    ("deny", "deny = []"),
    ("root", "root = \"/\""),
    ("root", "root = \"..\""),
    ("root", "root = \".\""),
    ("root", "root = \"claims\""),
    ("root", "root = \"../outside\""),
    ("root", "root = \"/proc\""),
    ("jobs", "jobs = 100000"),
    ("jobs", "jobs = 0"),
    ("jobs", "jobs = -1"),
    ("jobs", "jobs = 3"),
    ("jobs", "jobs = \"x\""),
    ("max_source_mb", "max_source_mb = 4096"),
    ("max_source_mb", "max_source_mb = 1"),
    ("max_source_mb", "max_source_mb = 0"),
    ("max_source_mb", "max_source_mb = 64"),
    ("max_source_mb", "max_source_mb = 1025"),
];

/// Lines of factcheck.toml that calm cases use: each loads, or is passed over (untrusted).
const TOML_LINES_CALM: &[(&str, &str)] = &[
    ("claims", "claims = [\"claims\"]"),
    ("format", "format = \"human\""),
    ("format", "format = \"json\""),
    ("format", "format = \"github\""),
    ("format", "format = \"markdown\""),
    ("deny", "deny = [\"warnings\"]"),
    ("root", "root = \"/\""),
    ("root", "root = \"..\""),
    ("root", "root = \".\""),
    ("jobs", "jobs = 100000"),
    ("jobs", "jobs = 3"),
    ("max_source_mb", "max_source_mb = 512"),
    ("max_source_mb", "max_source_mb = 1"),
];

/// factcheck.toml junk.
const TOML_JUNK: &[&str] = &[
    "[section]",
    "unknown = 1",
    "claims = ",
    "\"\\u001b]0;pwned\\u0007\" = 1",
    "\u{1b}]0;pwned\u{7} = 1",
    "key\n::add-mask::x = 1",
    "= = =",
    "\u{202e}x = 1",
    "[[claims]]",
    "note = \"\u{9b}2J\"",
];

/// Snapshot text (an attacker's `X.report.md` or `X.report.md.new`).
const SNAPSHOT_TEXTS: &[&str] = &[
    "| claim | verdict | expected |\n|---|---|---|\n| a | supported | supported |\n",
    "| claim | verdict | expected |\n|---|---|---|\n| \u{1b}]0;pwned\u{7} | \u{9b}2J | \n::add-mask::x |\n",
    "\u{7f}\u{202e}\r##[add-mask]y\n",
    "",
];

const FORMATS: &[&str] = &["human", "json", "jsonl", "junit", "sarif", "github", "markdown"];

/// Paths `verify` and `accept` may be given (the command line is the caller's; what they name
/// may be the attacker's).
const VERIFY_PATHS: &[&str] =
    &["claims", "claims/x.yaml", "claims/sub", "claims/catch", "claims/loop", "claims/root", ".git", "."];

// ---------------------------------------------------------------------------------------------
// The case.

/// Text built of pieces, plain and hostile.
#[derive(Debug, Clone)]
struct Text(Vec<&'static str>);

impl Text {
    fn render(&self) -> String {
        self.0.join(" ")
    }
}

/// How a YAML scalar is written.
#[derive(Debug, Clone, Copy)]
enum Enc {
    Double,
    Plain,
    Single,
    Literal,
}

#[derive(Debug, Clone)]
enum SourceRef {
    /// One of the case's sources, by index.
    Valid(usize),
    /// A valid source reached through `claims/../`.
    Roundabout(usize),
    GitConfig,
    OutsideSecret,
    AbsoluteSecret,
    ProcEnviron,
    DeepEnviron,
    DevZero,
    Folder,
    Missing,
    /// A link under `links/`, by name (made or not).
    Link(&'static str),
}

#[derive(Debug, Clone)]
enum SourceField {
    One(SourceRef),
    List(Vec<SourceRef>),
    Junk(&'static str),
}

#[derive(Debug, Clone)]
enum Body {
    Claim { subject: Text, op: &'static str, value: &'static str, enc: Enc },
    Statement(Text, Enc),
    Quote(Text, Enc),
    Sov { subject: Text, op: &'static str, value: Vec<&'static str> },
    Nothing,
}

#[derive(Debug, Clone)]
enum Id {
    /// `c` and the claim's number in its file.
    Auto,
    Fixed(&'static str),
    Missing,
}

#[derive(Debug, Clone)]
struct ClaimEntry {
    id: Id,
    body: Body,
    expect: Option<&'static str>,
    severity: Option<&'static str>,
    note: Option<(Text, Enc)>,
    tags: Option<Vec<Text>>,
    tolerance: Option<&'static str>,
    source: Option<SourceRef>,
}

#[derive(Debug, Clone)]
struct ClaimFile {
    name: usize,
    prefix: &'static str,
    source: Option<SourceField>,
    as_of: Option<&'static str>,
    aliases: bool,
    defaults: Option<(&'static str, &'static str)>,
    claims: Vec<ClaimEntry>,
    junk: Vec<(usize, &'static str)>,
    crlf: bool,
}

#[derive(Debug, Clone)]
struct SourceSpec {
    name: usize,
    sentences: Vec<Text>,
    newlines: bool,
    bytes: Option<&'static [u8]>,
}

/// Symbolic links (made on unix only).
#[derive(Debug, Clone)]
enum Link {
    /// `links/NAME` to a target, for sources and for `check`/`extract`.
    Source(&'static str),
    /// `claims/catch` to `outside/catch`.
    ClaimsCatch,
    /// `claims/loop` to `.`.
    ClaimsLoop,
    /// `claims/up` to `..`.
    ClaimsUp,
    /// `claims/root` to `/`.
    ClaimsRoot,
    /// `claims/gitlink` to `../.git`.
    ClaimsGit,
    /// `claims/secret.yaml` to `outside/secret.txt`.
    ClaimSecret,
    /// `claims/env.yaml` to `/proc/self/environ`.
    ClaimEnviron,
    /// The snapshot (or `.new`) of claim file number `file` to a target.
    Snapshot { file: usize, new: bool, target: &'static str },
    /// `reports` to `outside/catch`.
    Reports,
    /// `r.json` to `outside/catch/r.json`.
    ReportFile,
}

/// Names under `links/` and what they point at (`OUT` is the case's `outside/`).
const SOURCE_LINKS: &[(&str, &str)] = &[
    ("secret", "OUT/secret.txt"),
    ("secret-rel", "../../outside/secret.txt"),
    ("environ", "/proc/self/environ"),
    ("zero", "/dev/zero"),
    ("git", "../.git/config"),
    ("gitdir", "../.git"),
    ("ok", "../src/a.txt"),
    ("dangling", "nowhere"),
    ("self", "self"),
    ("catch", "OUT/catch"),
];

const SNAPSHOT_TARGETS: &[&str] =
    &["/proc/self/environ", "/dev/zero", "OUT/secret.txt", "OUT/catch/x.report.md", "OUT/catch", "../.git/config"];

/// A regular snapshot file the attacker wrote.
#[derive(Debug, Clone)]
struct SnapshotFile {
    file: usize,
    new: bool,
    text: &'static str,
}

#[derive(Debug, Clone)]
enum Cmd {
    Verify {
        paths: Vec<&'static str>,
        format: Option<&'static str>,
        outputs: Vec<&'static str>,
        snapshot: Option<&'static str>,
        quiet: bool,
        jobs: bool,
        color: Option<&'static str>,
        deny: bool,
    },
    Accept {
        paths: Vec<&'static str>,
    },
    Check {
        source: FileArg,
        text: FileArg,
        format: Option<&'static str>,
        color: Option<&'static str>,
        quiet: bool,
    },
    Extract {
        file: FileArg,
        format: Option<&'static str>,
        color: Option<&'static str>,
    },
}

/// A file named on the command line of `check` or `extract`, relative to the project.
#[derive(Debug, Clone)]
enum FileArg {
    Source(usize),
    Summary,
    Named(&'static str),
}

const FILE_ARGS: &[&str] = &[
    "links/secret",
    "links/secret-rel",
    "links/environ",
    "links/zero",
    "links/git",
    "links/ok",
    ".git/config",
    "src",
    "missing.txt",
    "claims/x.yaml",
    "links/catch/nothing.txt",
];

#[derive(Debug, Clone)]
struct Case {
    wild: bool,
    sources: Vec<SourceSpec>,
    claim_files: Vec<ClaimFile>,
    toml: Option<(Vec<&'static str>, Vec<&'static str>)>,
    links: Vec<Link>,
    snapshots: Vec<SnapshotFile>,
    summary: Vec<Text>,
    cmd: Cmd,
}

// ---------------------------------------------------------------------------------------------
// Strategies. Half the cases are calm: every claim file loads (hostile text only inside
// double-quoted strings and in names, sources inside the project), so that the run reaches
// the engine and the renderers; the other half are wild (paths out, links, junk, bad values).

type Boxed<T> = BoxedStrategy<T>;

fn opt<T: std::fmt::Debug + Clone + 'static>(p: f64, s: impl Strategy<Value = T> + 'static) -> Boxed<Option<T>> {
    prop::option::weighted(p, s).boxed()
}

/// `calm` in a calm case, `calm` or `wild` in a wild one.
fn pick(wild: bool, calm: &'static [&'static str], more: &'static [&'static str]) -> Boxed<&'static str> {
    if wild { prop_oneof![3 => select(calm), 1 => select(more)].boxed() } else { select(calm).boxed() }
}

/// A word of `words`, then up to `max - 1` pieces, words or hostile text.
fn text(words: &'static [&'static str], max: usize) -> Boxed<Text> {
    (select(words), prop::collection::vec(prop_oneof![3 => select(words), 2 => select(HOSTILE)], 0..max))
        .prop_map(|(first, rest)| Text(std::iter::once(first).chain(rest).collect()))
        .boxed()
}

fn enc(wild: bool) -> Boxed<Enc> {
    if wild {
        prop_oneof![4 => Just(Enc::Double), 1 => Just(Enc::Plain), 1 => Just(Enc::Single), 1 => Just(Enc::Literal)]
            .boxed()
    } else {
        Just(Enc::Double).boxed()
    }
}

fn source_ref(wild: bool) -> Boxed<SourceRef> {
    let valid =
        prop_oneof![6 => (0..3usize).prop_map(SourceRef::Valid), 1 => (0..3usize).prop_map(SourceRef::Roundabout)];
    if !wild {
        return valid.boxed();
    }
    prop_oneof![
        6 => valid,
        1 => Just(SourceRef::GitConfig),
        1 => Just(SourceRef::OutsideSecret),
        1 => Just(SourceRef::AbsoluteSecret),
        1 => Just(SourceRef::ProcEnviron),
        1 => Just(SourceRef::DeepEnviron),
        1 => Just(SourceRef::DevZero),
        1 => Just(SourceRef::Folder),
        1 => Just(SourceRef::Missing),
        3 => select(SOURCE_LINKS.iter().map(|l| l.0).collect::<Vec<_>>()).prop_map(SourceRef::Link),
    ]
    .boxed()
}

fn source_field(wild: bool) -> Boxed<SourceField> {
    let one = source_ref(wild).prop_map(SourceField::One);
    let list = prop::collection::vec(source_ref(wild), 1..3).prop_map(SourceField::List);
    if !wild {
        return prop_oneof![4 => one, 1 => list].boxed();
    }
    prop_oneof![
        6 => one,
        2 => prop::collection::vec(source_ref(wild), 0..3).prop_map(SourceField::List),
        1 => select(&["5", "{}", "[]", "~", "\"\\e]0;x\\a\"", "[[a]]"][..]).prop_map(SourceField::Junk),
    ]
    .boxed()
}

fn body(wild: bool) -> Boxed<Body> {
    let values = pick(wild, VALUES, VALUES_WILD);
    let claim = (text(SUBJECTS, 2), pick(wild, OPS, OPS_WILD), values.clone(), enc(wild))
        .prop_map(|(subject, op, value, enc)| Body::Claim { subject, op, value, enc });
    let statement = (text(STATEMENTS, 2), enc(wild)).prop_map(|(t, e)| Body::Statement(t, e));
    let quote = (text(STATEMENTS, 2), enc(wild)).prop_map(|(t, e)| Body::Quote(t, e));
    let sov = (text(SUBJECTS, 2), pick(wild, SOV_OPS, OPS_WILD), prop::collection::vec(values, 1..3))
        .prop_map(|(subject, op, value)| Body::Sov { subject, op, value });
    if wild {
        prop_oneof![4 => claim, 2 => statement, 2 => quote, 2 => sov, 1 => Just(Body::Nothing)].boxed()
    } else {
        prop_oneof![4 => claim, 2 => statement, 2 => quote, 1 => sov].boxed()
    }
}

fn claim_entry(wild: bool) -> Boxed<ClaimEntry> {
    let id = if wild {
        prop_oneof![4 => Just(Id::Auto), 2 => select(IDS).prop_map(Id::Fixed), 1 => Just(Id::Missing)].boxed()
    } else {
        Just(Id::Auto).boxed()
    };
    (
        id,
        body(wild),
        opt(0.3, pick(wild, EXPECTS, EXPECTS_WILD)),
        opt(0.3, pick(wild, SEVERITIES, SEVERITIES_WILD)),
        opt(0.3, (text(STATEMENTS, 3), enc(wild))),
        opt(0.3, prop::collection::vec(text(SUBJECTS, 2), 0..3)),
        opt(0.1, pick(wild, TOLERANCES, TOLERANCES_WILD)),
        opt(0.15, source_ref(wild)),
    )
        .prop_map(|(id, body, expect, severity, note, tags, tolerance, source)| ClaimEntry {
            id,
            body,
            expect,
            severity,
            note,
            tags,
            tolerance,
            source,
        })
        .boxed()
}

fn claim_file(wild: bool) -> Boxed<ClaimFile> {
    // Calm cases never hold `x.yml` (beside `x.yaml` it is an error).
    let name = prop_oneof![3 => Just(0usize), 1 => 0..CLAIM_NAMES.len()]
        .prop_map(move |n| if !wild && CLAIM_NAMES[n] == "claims/x.yml" { 0 } else { n });
    let junk = if wild {
        prop_oneof![3 => Just(vec![]), 1 => prop::collection::vec((0..20usize, select(YAML_JUNK)), 1..3)].boxed()
    } else {
        Just(vec![]).boxed()
    };
    let source = if wild { opt(0.9, source_field(wild)) } else { source_field(wild).prop_map(Some).boxed() };
    (
        name,
        pick(wild, PREFIXES, PREFIXES_WILD),
        source,
        opt(0.2, pick(wild, AS_OFS, AS_OFS_WILD)),
        prop::bool::weighted(0.15),
        opt(0.15, select(&[("severity", "warning"), ("expect", "contradicted"), ("tags", "[\"\\e[2J\"]")][..])),
        prop::collection::vec(claim_entry(wild), if wild { 0..5 } else { 1..5 }),
        junk,
        prop::bool::weighted(0.1),
    )
        .prop_map(|(name, prefix, source, as_of, aliases, defaults, claims, junk, crlf)| ClaimFile {
            name,
            prefix,
            source,
            as_of,
            aliases,
            defaults,
            claims,
            junk,
            crlf,
        })
        .boxed()
}

fn source_spec(wild: bool) -> Boxed<SourceSpec> {
    (
        0..SOURCE_NAMES.len(),
        prop::collection::vec(text(SENTENCES, 2), 1..6),
        any::<bool>(),
        opt(if wild { 0.2 } else { 0.05 }, select(if wild { ODD_BYTES } else { &ODD_BYTES[..1] })),
    )
        .prop_map(|(name, sentences, newlines, bytes)| SourceSpec { name, sentences, newlines, bytes })
        .boxed()
}

fn link_spec(wild: bool) -> Boxed<Link> {
    let source = select(SOURCE_LINKS.iter().map(|l| l.0).collect::<Vec<_>>()).prop_map(Link::Source);
    let snapshot = (0..4usize, any::<bool>(), select(SNAPSHOT_TARGETS))
        .prop_map(|(file, new, target)| Link::Snapshot { file, new, target });
    if !wild {
        // Links a calm run does not trip over unless it writes a report or a snapshot.
        return prop_oneof![2 => source, 2 => snapshot, 1 => Just(Link::Reports), 1 => Just(Link::ReportFile)].boxed();
    }
    prop_oneof![
        4 => source,
        1 => Just(Link::ClaimsCatch),
        1 => Just(Link::ClaimsLoop),
        1 => Just(Link::ClaimsUp),
        1 => Just(Link::ClaimsRoot),
        1 => Just(Link::ClaimsGit),
        1 => Just(Link::ClaimSecret),
        1 => Just(Link::ClaimEnviron),
        3 => snapshot,
        1 => Just(Link::Reports),
        1 => Just(Link::ReportFile),
    ]
    .boxed()
}

fn file_arg(wild: bool) -> Boxed<FileArg> {
    let calm = prop_oneof![3 => (0..3usize).prop_map(FileArg::Source), 2 => Just(FileArg::Summary)];
    if wild { prop_oneof![3 => calm, 2 => select(FILE_ARGS).prop_map(FileArg::Named)].boxed() } else { calm.boxed() }
}

fn color() -> Boxed<Option<&'static str>> {
    opt(0.5, select(&["always", "never"][..]))
}

fn cmd(wild: bool) -> Boxed<Cmd> {
    let paths = if wild {
        prop_oneof![3 => Just(vec![]), 1 => prop::collection::vec(select(VERIFY_PATHS), 1..3)].boxed()
    } else {
        prop_oneof![5 => Just(vec![]), 1 => Just(vec!["claims"]), 1 => Just(vec!["claims", "claims"])].boxed()
    };
    let verify = (
        paths,
        opt(0.7, select(FORMATS)),
        prop::collection::vec(select(&["junit=reports/r.xml", "json=r.json"][..]), 0..2),
        opt(0.3, select(&["--snapshot", "--snapshot=check", "--snapshot=update", "--snapshot=review"][..])),
        prop::bool::weighted(0.2),
        prop::bool::weighted(0.2),
        color(),
        prop::bool::weighted(0.1),
    )
        .prop_map(|(paths, format, outputs, snapshot, quiet, jobs, color, deny)| Cmd::Verify {
            paths,
            format,
            outputs,
            snapshot,
            quiet,
            jobs,
            color,
            deny,
        });
    let accept_paths =
        if wild { prop::collection::vec(select(VERIFY_PATHS), 0..2).boxed() } else { Just(vec![]).boxed() };
    prop_oneof![
        6 => verify,
        1 => accept_paths.prop_map(|paths| Cmd::Accept { paths }),
        2 => (file_arg(wild), file_arg(wild), opt(0.5, select(FORMATS)), color(), prop::bool::weighted(0.2))
            .prop_map(|(source, text, format, color, quiet)| Cmd::Check { source, text, format, color, quiet }),
        1 => (file_arg(wild), opt(0.5, select(&["human", "json", "yaml"][..])), color())
            .prop_map(|(file, format, color)| Cmd::Extract { file, format, color }),
    ]
    .boxed()
}

fn toml(wild: bool) -> Boxed<Option<(Vec<&'static str>, Vec<&'static str>)>> {
    let lines = if wild { TOML_LINES } else { TOML_LINES_CALM };
    let junk = if wild {
        prop_oneof![3 => Just(vec![]), 1 => prop::collection::vec(select(TOML_JUNK), 1..2)].boxed()
    } else {
        Just(vec![]).boxed()
    };
    opt(0.4, (prop::collection::vec(select(lines), 0..4), junk))
        .prop_map(|toml| {
            // One line per key (a key twice is junk's business).
            toml.map(|(lines, junk)| {
                let mut by_key = BTreeMap::new();
                for (key, line) in lines {
                    by_key.entry(key).or_insert(line);
                }
                (by_key.into_values().collect(), junk)
            })
        })
        .boxed()
}

fn case() -> impl Strategy<Value = Case> {
    any::<bool>().prop_flat_map(|wild| {
        (
            prop::collection::vec(source_spec(wild), 1..=3),
            prop::collection::vec(claim_file(wild), 1..=4),
            toml(wild),
            prop_oneof![1 => Just(vec![]), 2 => prop::collection::vec(link_spec(wild), 1..4)],
            prop_oneof![3 => Just(vec![]), 1 => prop::collection::vec(
                (0..4usize, any::<bool>(), select(SNAPSHOT_TEXTS))
                    .prop_map(|(file, new, text)| SnapshotFile { file, new, text }),
                1..3,
            )],
            prop::collection::vec(text(STATEMENTS, 3), 1..4),
            cmd(wild),
        )
            .prop_map(move |(sources, claim_files, toml, links, snapshots, summary, cmd)| Case {
                wild,
                sources,
                claim_files,
                toml,
                links,
                snapshots,
                summary,
                cmd,
            })
    })
}

// ---------------------------------------------------------------------------------------------
// Writing the case.

/// `s` as a YAML scalar; `indent` is the column of the key.
fn scalar(s: &str, enc: Enc, indent: usize) -> String {
    match enc {
        Enc::Double => {
            let mut out = String::from("\"");
            for c in s.chars() {
                match c {
                    '"' => out.push_str("\\\""),
                    '\\' => out.push_str("\\\\"),
                    '\n' => out.push_str("\\n"),
                    '\t' => out.push_str("\\t"),
                    '\u{1b}' => out.push_str("\\e"),
                    c if (c as u32) < 0x20 || c == '\u{7f}' => {
                        let _ = write!(out, "\\x{:02x}", c as u32);
                    }
                    c if c.is_control() || ('\u{2028}'..='\u{2069}').contains(&c) || c == '\u{feff}' => {
                        let _ = write!(out, "\\u{:04x}", c as u32);
                    }
                    c => out.push(c),
                }
            }
            out.push('"');
            out
        }
        Enc::Plain => s.to_string(),
        Enc::Single => format!("'{}'", s.replace('\'', "''")),
        Enc::Literal => {
            let pad = " ".repeat(indent + 2);
            let mut out = String::from("|\n");
            for line in s.split('\n') {
                let _ = writeln!(out, "{pad}{line}");
            }
            out.pop();
            out
        }
    }
}

/// The folder of claim file `name`, as `../` steps back to the project.
fn up(name: &str) -> String {
    "../".repeat(name.matches('/').count())
}

impl Case {
    fn source_name(&self, i: usize) -> &'static str {
        SOURCE_NAMES[self.sources[i % self.sources.len()].name]
    }

    fn claim_name(&self, i: usize) -> &'static str {
        CLAIM_NAMES[self.claim_files[i % self.claim_files.len()].name]
    }

    fn source_ref(&self, r: &SourceRef, from: &str, outside: &Path) -> String {
        let up = up(from);
        let path = match r {
            SourceRef::Valid(i) => format!("{up}{}", self.source_name(*i)),
            SourceRef::Roundabout(i) => format!("{up}claims/../{}", self.source_name(*i)),
            SourceRef::GitConfig => format!("{up}.git/config"),
            SourceRef::OutsideSecret => format!("{up}../outside/secret.txt"),
            SourceRef::AbsoluteSecret => outside.join("secret.txt").display().to_string(),
            SourceRef::ProcEnviron => "/proc/self/environ".to_string(),
            SourceRef::DeepEnviron => format!("{up}{}proc/self/environ", "../".repeat(12)),
            SourceRef::DevZero => "/dev/zero".to_string(),
            SourceRef::Folder => format!("{up}src"),
            SourceRef::Missing => format!("{up}src/missing.txt"),
            SourceRef::Link(name) => format!("{up}links/{name}"),
        };
        scalar(&path, Enc::Double, 0)
    }

    fn claim_file_text(&self, file: &ClaimFile, outside: &Path) -> String {
        let name = CLAIM_NAMES[file.name];
        let mut lines: Vec<String> = Vec::new();
        match &file.source {
            None => {}
            Some(SourceField::One(r)) => lines.push(format!("source: {}", self.source_ref(r, name, outside))),
            Some(SourceField::List(rs)) => {
                lines.push("source:".to_string());
                if rs.is_empty() {
                    lines.pop();
                    lines.push("source: []".to_string());
                }
                for r in rs {
                    lines.push(format!("  - {}", self.source_ref(r, name, outside)));
                }
            }
            Some(SourceField::Junk(j)) => lines.push(format!("source: {j}")),
        }
        if let Some(as_of) = file.as_of {
            lines.push(format!("as_of: {as_of}"));
        }
        if file.aliases {
            lines.push("aliases:\n  Japan: [Tokyo, Japanese]\n  \"\\e]0;a\\a\": [\"\\u009b\"]".to_string());
        }
        if let Some((key, value)) = file.defaults {
            lines.push(format!("defaults:\n  {key}: {value}"));
        }
        if file.claims.is_empty() {
            lines.push("claims: []".to_string());
        } else {
            lines.push("claims:".to_string());
        }
        for (n, c) in file.claims.iter().enumerate() {
            let mut entry = Vec::new();
            match c.id {
                Id::Auto => entry.push(format!("id: c{n}")),
                Id::Fixed(id) => entry.push(format!("id: {id}")),
                Id::Missing => {}
            }
            match &c.body {
                Body::Claim { subject, op, value, enc } => {
                    let text = format!("{} {op} {value}", subject.render());
                    entry.push(format!("claim: {}", scalar(&text, *enc, 4)));
                }
                Body::Statement(t, enc) => entry.push(format!("claim: {}", scalar(&t.render(), *enc, 4))),
                Body::Quote(t, enc) => entry.push(format!("quote: {}", scalar(&t.render(), *enc, 4))),
                Body::Sov { subject, op, value } => {
                    entry.push(format!("subject: {}", scalar(&subject.render(), Enc::Double, 4)));
                    entry.push(format!("op: {}", scalar(op, Enc::Double, 4)));
                    if value.len() == 1 {
                        entry.push(format!("value: {}", scalar(value[0], Enc::Double, 4)));
                    } else {
                        let items: Vec<String> = value.iter().map(|v| scalar(v, Enc::Double, 0)).collect();
                        entry.push(format!("value: [{}]", items.join(", ")));
                    }
                }
                Body::Nothing => {}
            }
            if let Some(e) = c.expect {
                entry.push(format!("expect: {e}"));
            }
            if let Some(s) = c.severity {
                entry.push(format!("severity: {s}"));
            }
            if let Some((t, enc)) = &c.note {
                entry.push(format!("note: {}", scalar(&t.render(), *enc, 4)));
            }
            if let Some(tags) = &c.tags {
                if tags.is_empty() {
                    entry.push("tags: []".to_string());
                } else {
                    entry.push("tags:".to_string());
                    for t in tags {
                        entry.push(format!("  - {}", scalar(&t.render(), Enc::Double, 6)));
                    }
                }
            }
            if let Some(t) = c.tolerance {
                entry.push(format!("tolerance: {t}"));
            }
            if let Some(r) = &c.source {
                entry.push(format!("source: {}", self.source_ref(r, name, outside)));
            }
            if entry.is_empty() {
                entry.push("{}".to_string());
            }
            for (i, line) in entry.iter().enumerate() {
                lines.push(format!("{}{line}", if i == 0 { "  - " } else { "    " }));
            }
        }
        for (at, junk) in &file.junk {
            let at = (*at).min(lines.len());
            lines.insert(at, junk.to_string());
        }
        let mut text = format!("{}{}\n", file.prefix, lines.join("\n"));
        if file.crlf {
            text = text.replace('\n', "\r\n");
        }
        text
    }

    fn source_bytes(spec: &SourceSpec) -> Vec<u8> {
        let sep = if spec.newlines { "\n" } else { " " };
        let text: Vec<String> = spec.sentences.iter().map(Text::render).collect();
        let mut bytes = spec.bytes.unwrap_or_default().to_vec();
        bytes.extend_from_slice(text.join(sep).as_bytes());
        bytes.push(b'\n');
        bytes
    }

    /// The snapshot path of claim file number `file`.
    fn snapshot_path(&self, file: usize, new: bool) -> String {
        let name = self.claim_name(file);
        let stem = name.strip_suffix(".yaml").or_else(|| name.strip_suffix(".yml")).unwrap_or(name);
        format!("{stem}.report.md{}", if new { ".new" } else { "" })
    }

    fn file_arg(&self, f: &FileArg) -> &'static str {
        match f {
            FileArg::Source(i) => self.source_name(*i),
            FileArg::Summary => "summary.txt",
            FileArg::Named(n) => n,
        }
    }

    /// The command line, and whether standard output is a report read on a terminal.
    fn args(&self) -> (Vec<&'static str>, bool) {
        let terminal = |format: Option<&str>| matches!(format.unwrap_or("human"), "human" | "github" | "markdown");
        let mut args = Vec::new();
        let shown_raw = match &self.cmd {
            Cmd::Verify { paths, format, outputs, snapshot, quiet, jobs, color, deny } => {
                args.push("verify");
                if let Some(f) = format {
                    args.extend(["--format", f]);
                }
                for o in outputs {
                    args.extend(["--output", o]);
                }
                if let Some(s) = snapshot {
                    args.push(s);
                }
                if *quiet {
                    args.push("--quiet");
                }
                if *jobs {
                    args.extend(["--jobs", "3"]);
                }
                if let Some(c) = color {
                    args.extend(["--color", c]);
                }
                if *deny {
                    args.extend(["--deny", "warnings"]);
                }
                args.extend(paths.iter().copied());
                terminal(format.or(self.toml_format()))
            }
            Cmd::Accept { paths } => {
                args.push("accept");
                args.extend(paths.iter().copied());
                true
            }
            Cmd::Check { source, text, format, color, quiet } => {
                args.extend(["check", "--source", self.file_arg(source)]);
                if let Some(f) = format {
                    args.extend(["--format", f]);
                }
                if let Some(c) = color {
                    args.extend(["--color", c]);
                }
                if *quiet {
                    args.push("--quiet");
                }
                args.push(self.file_arg(text));
                terminal(format.or(self.toml_format()))
            }
            Cmd::Extract { file, format, color } => {
                args.push("extract");
                if let Some(f) = format {
                    args.extend(["--format", f]);
                }
                if let Some(c) = color {
                    args.extend(["--color", c]);
                }
                args.push(self.file_arg(file));
                terminal(*format)
            }
        };
        (args, shown_raw)
    }

    /// The `format` of factcheck.toml, which `verify` and `check` take without --format; one
    /// that is no format is an error, with nothing on standard output.
    fn toml_format(&self) -> Option<&'static str> {
        let (lines, _) = self.toml.as_ref()?;
        let format = lines.iter().find_map(|l| l.strip_prefix("format = \""))?.strip_suffix('"')?;
        FORMATS.iter().copied().find(|f| *f == format)
    }
}

/// The case's folder, removed when dropped (also when the case fails).
struct Scratch {
    dir: PathBuf,
}

impl Drop for Scratch {
    fn drop(&mut self) {
        // remove_dir_all does not follow symbolic links.
        let _ = fs::remove_dir_all(&self.dir);
    }
}

fn write(path: &Path, bytes: &[u8]) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, bytes).unwrap();
}

/// Makes a symbolic link at `at` (`OUT` in `target` is the case's `outside/`); whether it was
/// made (a name already taken, by a claim file, a snapshot or another link, keeps what it is).
#[cfg(unix)]
fn link(target: &str, at: &Path, outside: &Path) -> bool {
    let target = match target.strip_prefix("OUT") {
        Some(rest) => format!("{}{rest}", outside.display()),
        None => target.to_string(),
    };
    fs::create_dir_all(at.parent().unwrap()).unwrap();
    std::os::unix::fs::symlink(target, at).is_ok()
}

/// Writes the case under a new scratch folder; returns the folder and every file written, for
/// the failure message.
fn lay_out(case: &Case) -> (Scratch, Vec<String>) {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "factcheck-whole-cli-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = fs::remove_dir_all(&dir);
    let scratch = Scratch { dir: dir.clone() };
    let (project, outside) = (dir.join("project"), dir.join("outside"));
    let mut written = Vec::new();

    fs::create_dir_all(outside.join("catch")).unwrap();
    fs::write(
        outside.join("secret.txt"),
        format!(
            "Japan's aid totals $12.1 billion {SENTINEL}, said AUTHORIZATION Peace Formula extraheader.\n\
             claims: [\n  {SENTINEL}: {SENTINEL}\n"
        ),
    )
    .unwrap();
    write(
        &project.join(".git/config"),
        format!(
            "[http \"https://github.com/\"]\n\textraheader = AUTHORIZATION: basic {SENTINEL}\n\
             # Japan's aid totals $12.1 billion {SENTINEL} Peace Formula.\n"
        )
        .as_bytes(),
    );

    for spec in &case.sources {
        let name = SOURCE_NAMES[spec.name];
        let bytes = Case::source_bytes(spec);
        written.push(format!("{name:?}: {:?}", String::from_utf8_lossy(&bytes)));
        write(&project.join(name), &bytes);
    }
    for file in &case.claim_files {
        let name = CLAIM_NAMES[file.name];
        let text = case.claim_file_text(file, &outside);
        written.push(format!("{name:?}:\n{text}"));
        write(&project.join(name), text.as_bytes());
    }
    #[cfg(unix)]
    let reports_linked = case.links.iter().any(|l| matches!(l, Link::Reports));
    #[cfg(not(unix))]
    let reports_linked = false;
    if !reports_linked {
        fs::create_dir_all(project.join("reports")).unwrap();
    }
    let summary: Vec<String> = case.summary.iter().map(Text::render).collect();
    let summary = summary.join(". ") + ".\n";
    written.push(format!("\"summary.txt\": {summary:?}"));
    write(&project.join("summary.txt"), summary.as_bytes());
    if let Some((lines, junk)) = &case.toml {
        let text = lines.iter().chain(junk).fold(String::new(), |t, l| t + l + "\n");
        written.push(format!("\"factcheck.toml\":\n{text}"));
        write(&project.join("factcheck.toml"), text.as_bytes());
    }
    for snap in &case.snapshots {
        let path = case.snapshot_path(snap.file, snap.new);
        written.push(format!("{path:?}: {:?}", snap.text));
        write(&project.join(path), snap.text.as_bytes());
    }
    #[cfg(unix)]
    for l in &case.links {
        let (target, at): (&str, String) = match l {
            Link::Source(name) => (SOURCE_LINKS.iter().find(|s| s.0 == *name).unwrap().1, format!("links/{name}")),
            Link::ClaimsCatch => ("OUT/catch", "claims/catch".into()),
            Link::ClaimsLoop => (".", "claims/loop".into()),
            Link::ClaimsUp => ("..", "claims/up".into()),
            Link::ClaimsRoot => ("/", "claims/root".into()),
            Link::ClaimsGit => ("../.git", "claims/gitlink".into()),
            Link::ClaimSecret => ("OUT/secret.txt", "claims/secret.yaml".into()),
            Link::ClaimEnviron => ("/proc/self/environ", "claims/env.yaml".into()),
            Link::Snapshot { file, new, target } => (target, case.snapshot_path(*file, *new)),
            Link::Reports => ("OUT/catch", "reports".into()),
            Link::ReportFile => ("OUT/catch/r.json", "r.json".into()),
        };
        if link(target, &project.join(&at), &outside) {
            written.push(format!("{at:?} -> {target:?}"));
        }
    }
    (scratch, written)
}

// ---------------------------------------------------------------------------------------------
// Running and checking.

/// Everything under `dir`, not following links: each path with its kind and content.
fn listing(dir: &Path) -> BTreeMap<PathBuf, String> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, String>) {
        let Ok(entries) = fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let path = entry.path();
            let rel = path.strip_prefix(root).unwrap().to_path_buf();
            let Ok(meta) = fs::symlink_metadata(&path) else { continue };
            if meta.file_type().is_symlink() {
                out.insert(rel, format!("link to {:?}", fs::read_link(&path).ok()));
            } else if meta.is_dir() {
                out.insert(rel, "folder".into());
                walk(root, &path, out);
            } else {
                out.insert(rel, format!("file {:?} {:?}", meta.len(), fs::read(&path).ok()));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// The binary under test.
fn binary() -> PathBuf {
    std::env::var_os("FACTCHECK_TEST_BIN").map(PathBuf::from).unwrap_or_else(|| insta_cmd::get_cargo_bin("factcheck"))
}

struct Run {
    code: Option<i32>,
    signal: Option<i32>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    timed_out: bool,
    overflow: bool,
}

/// Reads at most `OUTPUT_CAP` bytes of `r`, draining the rest; whether there was more.
fn read_capped(mut r: impl Read) -> (Vec<u8>, bool) {
    let mut out = Vec::new();
    let mut buf = [0u8; 64 * 1024];
    let mut overflow = false;
    loop {
        match r.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                if out.len() + n > OUTPUT_CAP {
                    overflow = true;
                } else {
                    out.extend_from_slice(&buf[..n]);
                }
            }
        }
    }
    (out, overflow)
}

fn run(cwd: &Path, args: &[&str]) -> Run {
    let mut cmd = Command::new(binary());
    for (key, _) in std::env::vars_os() {
        if key.to_str().is_some_and(|k| k.starts_with("FACTCHECK_") || k == "NO_COLOR" || k == "CLICOLOR_FORCE") {
            cmd.env_remove(key);
        }
    }
    cmd.env("FACTCHECK_TEST_SECRET", SENTINEL).current_dir(cwd).args(args);
    let mut child = cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let stdout = child.stdout.take().unwrap();
    let stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || read_capped(stdout));
    let err = std::thread::spawn(move || read_capped(stderr));
    let started = Instant::now();
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > TIME_LIMIT {
            timed_out = true;
            let _ = child.kill();
            break child.wait().unwrap();
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let (stdout, o1) = out.join().unwrap();
    let (stderr, o2) = err.join().unwrap();
    #[cfg(unix)]
    let signal = std::os::unix::process::ExitStatusExt::signal(&status);
    #[cfg(not(unix))]
    let signal = None;
    Run { code: status.code(), signal, stdout, stderr, timed_out, overflow: o1 || o2 }
}

/// The first raw control character in `bytes` (a line feed and a tab are allowed, and, when
/// an ESC that starts an SGR colour sequence `ESC [ digits/; m`), with its byte offset.
fn raw_control(bytes: &[u8]) -> Option<(usize, char)> {
    let text = String::from_utf8_lossy(bytes);
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\u{1b}' {
            if chars.next().map(|x| x.1) != Some('[') {
                return Some((i, c));
            }
            match chars.by_ref().find(|(_, d)| !(d.is_ascii_digit() || *d == ';')) {
                Some((_, 'm')) => {}
                _ => return Some((i, c)),
            }
        } else if (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        {
            return Some((i, c));
        }
    }
    None
}

/// What is wrong with `bytes` read on a terminal or in a CI log, if anything.
fn unsafe_output(bytes: &[u8]) -> Option<String> {
    if let Some((at, c)) = raw_control(bytes) {
        let text = String::from_utf8_lossy(bytes);
        let mut from = at.saturating_sub(80);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = (at + 80).min(text.len());
        while !text.is_char_boundary(to) {
            to += 1;
        }
        return Some(format!("raw {c:?} at byte {at}: {:?}", &text[from..to]));
    }
    let text = String::from_utf8_lossy(bytes);
    for line in text.lines() {
        if line.trim_start().starts_with("::add-mask::") || line.trim_start().starts_with("::warning::y") {
            return Some(format!("a workflow command line: {line:?}"));
        }
        if line.contains("##[") {
            return Some(format!("the older command form: {line:?}"));
        }
    }
    None
}

fn check_case(case: &Case) -> Result<(), TestCaseError> {
    let (scratch, written) = lay_out(case);
    let (project, outside) = (scratch.dir.join("project"), scratch.dir.join("outside"));
    let (args, stdout_shown_raw) = case.args();
    let before = listing(&outside);
    let result = run(&project, &args);
    let after = listing(&outside);
    let beside: Vec<_> = fs::read_dir(&scratch.dir).unwrap().map(|e| e.unwrap().file_name()).collect();

    let about = || {
        format!(
            "\n{} case: factcheck {args:?}\nexit {:?} signal {:?}\n--- files\n{}\n--- stdout\n{}\n--- stderr\n{}",
            if case.wild { "a wild" } else { "a calm" },
            result.code,
            result.signal,
            written.join("\n"),
            String::from_utf8_lossy(&result.stdout),
            String::from_utf8_lossy(&result.stderr),
        )
    };
    prop_assert!(!result.timed_out, "did not finish within {:?}{}", TIME_LIMIT, about());
    prop_assert!(!result.overflow, "more than {} bytes of output{}", OUTPUT_CAP, about());
    let stderr = String::from_utf8_lossy(&result.stderr);
    prop_assert!(!stderr.contains("panicked"), "a panic{}", about());
    prop_assert!(matches!(result.code, Some(0..=2)), "exit code not 0, 1 or 2{}", about());
    for (name, out) in [("stdout", &result.stdout), ("stderr", &result.stderr)] {
        prop_assert!(
            !out.windows(SENTINEL.len()).any(|w| w == SENTINEL.as_bytes()),
            "the secret leaked on {}{}",
            name,
            about()
        );
    }
    prop_assert_eq!(&before, &after, "written outside the project{}", about());
    prop_assert!(
        after.keys().all(|p| !p.starts_with("catch") || p.as_os_str() == "catch"),
        "written into outside/catch{}",
        about()
    );
    prop_assert!(beside.len() == 2, "written beside the project: {:?}{}", beside, about());
    if let Some(why) = unsafe_output(&result.stderr) {
        prop_assert!(false, "stderr: {}{}", why, about());
    }
    if stdout_shown_raw && let Some(why) = unsafe_output(&result.stdout) {
        prop_assert!(false, "stdout: {}{}", why, about());
    }
    drop(scratch);
    Ok(())
}

/// The number of cases: `PROPTEST_CASES` when set, else a few dozen (a debug build runs them
/// in seconds). No regression file is written: a failure prints the whole case.
fn config() -> Config {
    let mut config = Config::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = 48;
    }
    config.failure_persistence = Some(Box::new(FileFailurePersistence::Off));
    config.max_shrink_iters = 400;
    config.max_shrink_time = 300_000;
    config
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn the_whole_cli_keeps_its_promises(case in case()) {
        check_case(&case)?;
    }
}

#[test]
fn the_checker_finds_raw_controls() {
    assert!(raw_control(b"\x1b[1m\x1b[32mpass\x1b[0m line\n\tnext").is_none());
    for raw in [
        "\x1b]0;pwned\x07",
        "\x1b[2J",
        "\x1b[",
        "a\rb",
        "a\u{9b}b",
        "\u{7f}",
        "\u{85}",
        "\u{202e}",
        "\u{2028}",
        "\u{2069}",
        "\0",
    ] {
        assert!(raw_control(raw.as_bytes()).is_some(), "{raw:?}");
    }
    assert!(unsafe_output(b"ok\n::add-mask::x\n").is_some());
    assert!(unsafe_output(b"a ##[add-mask]y\n").is_some());
    assert!(unsafe_output("\u{241b}]0;pwned \\u{9b}\n".as_bytes()).is_none());
}
