//! Command-line arguments.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Checks claims about a text against the text itself, with the evidence, and an exit code
/// for CI.
#[derive(Debug, Parser)]
#[command(
    name = "factcheck",
    version,
    after_help = "Example:\n  factcheck verify claims/            check every claim file in claims/\n  factcheck verify --format json x.yaml\n\nExit codes: 0 every claim passed, 1 a claim failed, 2 the check could not run."
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Verify claim files against their sources.
    #[command(
        after_help = "Example:\n  factcheck verify                   claim files under ./claims\n  factcheck verify claims/pact.yaml --format json\n  factcheck verify --tag money --deny warnings\n  factcheck verify --format github --output junit=factcheck.xml --output sarif=factcheck.sarif\n\nA claim passes when its verdict (supported, contradicted, conflicting, not_found)\nequals its `expect` (default: supported).\nExit codes: 0 every claim passed, 1 a claim failed, 2 the check could not run."
    )]
    Verify(VerifyArgs),
    /// List the numbers, amounts, percentages, quantities and dates of a text.
    #[command(
        after_help = "Example:\n  factcheck extract seeds/ukraine-japan-pact.txt\n  factcheck extract --format json --kind money article.txt\n  cat article.txt | factcheck extract --format yaml --as-of 2024-05-21 > claims.yaml\n\n`--format yaml` writes a starter claim file: one claim per fact, each checked to verify\nas supported against the same text. Save it beside the text.\nExit codes: 0 the text was read, 2 it could not be (missing, not UTF-8, bad arguments)."
    )]
    Extract(ExtractArgs),
    /// Check every sentence of a text (a summary, a draft) against its source.
    #[command(
        after_help = "Example:\n  factcheck check --source seeds/ukraine-japan-pact.txt summary.txt\n  llm-summarise article.txt | factcheck check --source article.txt --format json -\n\nEvery sentence is a statement: its figures and dates must fit the source's, its names\nmust stand in the source sentence it rests on, with the same polarity. A sentence with no\nfigure, date or name is reported as skipped.\nExit codes: 0 every sentence passed, 1 one failed, 2 the check could not run."
    )]
    Check(CheckArgs),
    /// Replace each report snapshot (`X.report.md`) by the one `verify --snapshot` left to review
    /// (`X.report.md.new`).
    #[command(
        after_help = "Example:\n  factcheck verify --snapshot        writes claims/x.report.md.new where the report changed\n  factcheck accept                   claims/x.report.md.new becomes claims/x.report.md\n  factcheck accept claims/x.yaml     only that file's snapshot\n\nExit codes: 0 done (or nothing to accept), 2 a path is missing or a file cannot be renamed."
    )]
    Accept(AcceptArgs),
    /// Print the JSON Schema of claim files (for editors: completion and validation).
    #[command(
        after_help = "Example:\n  factcheck schema > schema/claims.schema.json\n\nThen, as the first line of a claim file:\n  # yaml-language-server: $schema=../schema/claims.schema.json"
    )]
    Schema,
    /// Create a starter project: factcheck.toml, claims/example.yaml and seeds/example.txt,
    /// each only where it is absent.
    #[command(
        after_help = "Example:\n  factcheck init && factcheck verify\n\nNothing is overwritten: each file that exists is left as it is, and said so.\nExit codes: 0 done, 2 a file could not be written."
    )]
    Init,
    /// Print a shell completion script.
    #[command(
        after_help = "Example:\n  factcheck completions bash > ~/.local/share/bash-completion/completions/factcheck\n  factcheck completions zsh > ~/.zfunc/_factcheck\n  factcheck completions fish > ~/.config/fish/completions/factcheck.fish"
    )]
    Completions(CompletionsArgs),
    /// Print the manual page (roff), or write every command's page into a folder.
    #[command(
        after_help = "Example:\n  factcheck man > factcheck.1 && man ./factcheck.1\n  factcheck man --dir man/man1     factcheck.1 and a page per command (factcheck-verify.1, ...)"
    )]
    Man(ManArgs),
}

/// Options of `factcheck accept`.
#[derive(Debug, clap::Args)]
pub struct AcceptArgs {
    /// Claim files, snapshots or folders [default: `claims` in factcheck.toml, else claims/]
    pub paths: Vec<PathBuf>,
}

/// Options of `factcheck man`.
#[derive(Debug, clap::Args)]
pub struct ManArgs {
    /// Write `factcheck.1` and the page of every command (`factcheck-verify.1`, ...) into this
    /// folder, instead of printing the main page.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// Options of `factcheck completions`.
#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// What `verify --snapshot` does with each claim file's report snapshot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SnapshotMode {
    /// Where the report differs from `X.report.md`, write `X.report.md.new`, show the
    /// difference and fail.
    Review,
    /// Only compare, writing nothing; fail on a difference (for CI).
    Check,
    /// Write `X.report.md` itself.
    Update,
}

/// Options of `factcheck check`.
#[derive(Debug, Clone, clap::Args)]
pub struct CheckArgs {
    /// The text to check; `-` or nothing for standard input.
    pub text: Option<PathBuf>,
    /// The source the text must agree with (repeat for several).
    #[arg(long = "source", value_name = "ARTICLE", required = true)]
    pub sources: Vec<PathBuf>,
    /// Every checkable sentence must have this verdict [default: supported].
    #[arg(long, value_enum, value_name = "VERDICT", conflicts_with = "fail_on")]
    pub expect_all: Option<ExpectAll>,
    /// Fail only on sentences with this verdict, instead.
    #[arg(long, value_enum, value_name = "VERDICT")]
    pub fail_on: Option<FailOn>,
    /// The date the source was written: gives dates without a year their year.
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<jiff::civil::Date>,
    /// Where the reports go.
    #[command(flatten)]
    pub report: ReportArgs,
    /// When to colour the human report.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Print only failing sentences and the summary.
    #[arg(long, short)]
    pub quiet: bool,
    /// Threads to use [default: one per core; never more than the cores, nor 256].
    #[arg(long, short = 'j', value_name = "N", env = "FACTCHECK_JOBS")]
    pub jobs: Option<std::num::NonZeroUsize>,
    /// The largest text or source read, in MiB [default: 64]; a larger one is an error.
    #[arg(long, value_name = "MIB", env = "FACTCHECK_MAX_SOURCE_MB", value_parser = clap::value_parser!(u32).range(1..=1024))]
    pub max_source_mb: Option<u32>,
}

/// The verdict `--expect-all` asks of every sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExpectAll {
    /// Contradicted, conflicting and not found sentences fail.
    Supported,
}

/// The verdict `--fail-on` fails on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Only contradicted (and conflicting) sentences fail; not found ones pass.
    Contradicted,
}

/// Options of `factcheck extract`.
#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// The text to read; `-` or nothing for standard input.
    pub input: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = FactsFormat::Human)]
    pub format: FactsFormat,
    /// The date the text was written: gives dates without a year their year.
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<jiff::civil::Date>,
    /// List only facts of this kind (repeat for several).
    #[arg(long, value_enum)]
    pub kind: Vec<FactKind>,
    /// When to colour the table.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// The largest text read, in MiB [default: 64]; a larger one is an error.
    #[arg(long, value_name = "MIB", env = "FACTCHECK_MAX_SOURCE_MB", value_parser = clap::value_parser!(u32).range(1..=1024))]
    pub max_source_mb: Option<u32>,
    /// Write the listing to FILE (whole or not at all) instead of standard output; a starter
    /// file's `source:` is then the text's path from FILE's folder.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The `source:` a starter file names [default: the text's path from the --output file's
    /// folder, else the text's file name].
    #[arg(long, value_name = "PATH")]
    pub source_path: Option<String>,
}

/// Formats of `factcheck extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FactsFormat {
    /// A table: line:column, kind, text, normalised value.
    Human,
    /// One JSON object with `version` and `mentions`.
    Json,
    /// A starter claim file.
    Yaml,
}

/// Kinds of fact, for `--kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FactKind {
    /// Plain numbers.
    Number,
    /// Amounts of money.
    Money,
    /// Percentages.
    Percent,
    /// Numbers with a unit.
    Quantity,
    /// Dates, months, years and ranges of them.
    Date,
}

/// Options of `factcheck verify`.
#[derive(Debug, clap::Args)]
pub struct VerifyArgs {
    /// Claim files, or folders searched for *.yaml and *.yml [default: `claims` in
    /// factcheck.toml, else claims/]
    pub paths: Vec<PathBuf>,
    /// Where the reports go.
    #[command(flatten)]
    pub report: ReportArgs,
    /// Compare each claim file's Markdown report with the snapshot `X.report.md` beside it:
    /// `review` (the default) writes `X.report.md.new` where they differ and fails, `check`
    /// only fails, `update` rewrites `X.report.md`.
    #[arg(
        long,
        value_enum,
        value_name = "MODE",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "review",
        conflicts_with = "tags"
    )]
    pub snapshot: Option<SnapshotMode>,
    /// When to colour the human report (NO_COLOR is honoured; never colour when not a terminal
    /// under `auto`).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Fail the run on failing claims of severity `warning` too (also `deny` in factcheck.toml).
    #[arg(long, value_enum)]
    pub deny: Option<Deny>,
    /// Check only claims with this tag (repeat for several: a claim with any of them).
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// Print only failing claims and the summary.
    #[arg(long, short)]
    pub quiet: bool,
    /// Let claim files name sources outside the project root (`root` in factcheck.toml, else
    /// the folder with factcheck.toml, else the git root, else the current folder), and claim
    /// files be links that lead out of it; never into `.git/`.
    #[arg(long, env = "FACTCHECK_ALLOW_OUTSIDE_ROOT", value_parser = clap::builder::BoolishValueParser::new())]
    pub allow_outside_root: bool,
    /// Sources must resolve inside this folder instead of the project root.
    #[arg(long, value_name = "DIR", env = "FACTCHECK_ROOT")]
    pub root: Option<PathBuf>,
    /// The largest source read, in MiB [default: 64; `max_source_mb` in factcheck.toml may lower
    /// it, or raise it with --trust-config]; a larger one is an error.
    #[arg(long, value_name = "MIB", env = "FACTCHECK_MAX_SOURCE_MB", value_parser = clap::value_parser!(u32).range(1..=1024))]
    pub max_source_mb: Option<u32>,
    /// Threads to use [default: one per core; never more than the cores, nor 256].
    #[arg(long, short = 'j', value_name = "N", env = "FACTCHECK_JOBS")]
    pub jobs: Option<std::num::NonZeroUsize>,
    /// Use the settings of factcheck.toml that widen what a run reads or uses (`root`,
    /// `max_source_mb` above 64, `jobs`). Without it they only narrow: factcheck.toml may come
    /// from the pull request under check.
    #[arg(long, env = "FACTCHECK_TRUST_CONFIG", value_parser = clap::builder::BoolishValueParser::new())]
    pub trust_config: bool,
}

/// The report options shared by `verify` and `check`: one format for standard output, any
/// number of `FORMAT=FILE` reports written to files.
#[derive(Debug, Clone, clap::Args)]
pub struct ReportArgs {
    /// Format of the report on standard output [default: human; for `verify`, `format` in
    /// factcheck.toml if set].
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Also write the report in FORMAT to FILE (repeatable: `--output junit=report.xml --output
    /// sarif=report.sarif`). Each file is written whole or not at all; standard output still
    /// gets the `--format` report.
    #[arg(long = "output", value_name = "FORMAT=FILE", value_parser = parse_output)]
    pub outputs: Vec<Output>,
    /// In SARIF, also list passing claims (as results of kind `pass`), not only failing ones.
    #[arg(long)]
    pub sarif_all: bool,
    /// In the human report, show passing claims with their evidence too (the claim's line and
    /// each source sentence, as for failing ones), not only where the first was found.
    // Every command that flattens these options has `--quiet`, which leaves passing claims out.
    #[arg(long, short, conflicts_with = "quiet")]
    pub verbose: bool,
}

/// One `--output FORMAT=FILE`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// The format written.
    pub format: Format,
    /// The file written.
    pub path: PathBuf,
}

/// Reads `FORMAT=FILE`; the format comes first because file names may hold `=`.
fn parse_output(arg: &str) -> Result<Output, String> {
    let names: Vec<String> = Format::value_variants()
        .iter()
        .filter_map(|f| f.to_possible_value())
        .map(|v| v.get_name().to_string())
        .collect();
    let Some((format, path)) = arg.split_once('=') else {
        return Err(format!("expected FORMAT=FILE, e.g. `junit=report.xml` (formats: {})", names.join(", ")));
    };
    let format = Format::from_str(format, false)
        .map_err(|_| format!("unknown format `{format}` (formats: {})", names.join(", ")))?;
    if path.is_empty() || path == "-" {
        return Err("expected a file after `=`; use --format for standard output".to_string());
    }
    Ok(Output { format, path: PathBuf::from(path) })
}

/// The report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For reviewers: a line per passing claim, a rustc-style block per failing one.
    Human,
    /// One JSON object with `version`, `summary` and `claims`.
    Json,
    /// JSON Lines: a claim's object a line, as claims are verified, then the summary.
    Jsonl,
    /// JUnit XML: a testsuite per claim file, a testcase per claim.
    Junit,
    /// SARIF 2.1.0: a result per failing claim, at its line in the claim file.
    Sarif,
    /// GitHub Actions workflow commands: an annotation per failing claim, then a summary.
    Github,
    /// Markdown for a job summary or a pull-request comment.
    Markdown,
}

impl Format {
    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::Human => "human",
            Format::Json => "json",
            Format::Jsonl => "jsonl",
            Format::Junit => "junit",
            Format::Sarif => "sarif",
            Format::Github => "github",
            Format::Markdown => "markdown",
        }
    }
}

/// When to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour on a terminal, unless NO_COLOR is set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// What `--deny` can turn into failures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Deny {
    /// Failing claims of severity `warning`.
    Warnings,
}
