//! `factcheck init`: a starter project in the current folder. Each file is created only where
//! none exists, and written whole or not at all; the command says what it created and what it
//! left. The files teach the format in their comments, and the example verifies as passing.

use crate::exit;
use crate::output::write_atomically;
use std::io::Write;
use std::path::Path;

/// The configuration `init` writes.
pub const CONFIG: &str = r#"# factcheck.toml: the defaults of `factcheck` in this project. The folder holding this file is
# the project root: claim files may name sources only inside it. Options given on the command
# line override what is set here. Paths are relative to this file.

# The claim files (or folders of them) that `factcheck verify` and `factcheck accept` read when
# given no path.
claims = ["claims"]

# The report on standard output: human, json, jsonl, junit, sarif, github or markdown.
# format = "human"

# Failing claims of severity `warning` fail the run too (as `--deny warnings`).
# deny = ["warnings"]

# The three settings below may only narrow what a run reads or uses, unless the run is given
# --trust-config: this file may come from the pull request under check.

# The folder sources must stay inside, instead of this one (a folder inside it narrows).
# root = "."

# Threads to use (default, and most: one per core).
# jobs = 4

# The largest source read, in MiB (default, and most without --trust-config: 64).
# max_source_mb = 64
"#;

/// The source text the example claims are about.
pub const SOURCE: &str = "\
Harbour Bridge reopens after repairs

The Harbour Bridge reopened on March 1 after 14 months of repairs. The repairs cost
$48.5 million, about 8% more than the city's budget of $45 million. Mayor Ana Ruiz said the
bridge would carry more traffic than before.
";

/// The example claim file.
pub const CLAIMS: &str = r#"# An example claim file: claims about a text, checked against it by `factcheck verify`.
# Each claim gets a verdict (supported, contradicted, conflicting or not_found) and passes
# when the verdict is the one it expects (`expect`, default supported).
#
# For completion and validation in editors (the YAML language server), write the schema once
# with `factcheck schema > schema/claims.schema.json`, and make the first line of this file the
# comment `yaml-language-server: $schema=../schema/claims.schema.json` (after a `#`).

source: ../seeds/example.txt   # the text, relative to this file (or a list of texts)
as_of: 2025-03-03              # when it was written: gives "March 1" its year
aliases:                       # words that name the same thing
  bridge: [crossing]
defaults:                      # for every claim, unless it says otherwise
  severity: error              # error fails the run; warning and info are only reported
claims:
  # SUBJECT OP VALUE, with an operator: = != ~ ≈ < <= > >= (spaces around it).
  - id: repair-cost            # letters, digits, `.`, `_`, `-`; unique in this file
    claim: repairs cost = $48.5 million
  - id: reopening-date
    claim: bridge reopening date = March 1
  - id: city-budget
    claim: city budget ~ $45M  # ~ allows 10% either way
  # A deliberately wrong figure: it passes because it is expected to be contradicted.
  - id: budget-not-50m
    claim: city budget = $50 million
    expect: contradicted
    note: the text says $45 million
  # A quote must stand in the text (white space, quotes and dashes are folded).
  - id: repair-time
    quote: 14 months of repairs
  # No operator: a statement, whose figures and words are checked against one sentence.
  - id: reopening-statement
    claim: The Harbour Bridge reopened on March 1 after 14 months of repairs
  # The structured form: subject, op, value, and a tolerance.
  - id: repair-cost-tolerance
    subject: repairs cost
    op: "="
    value: $50 million
    tolerance: 5%                # $50M is 3% off $48.5M: inside the tolerance
    severity: warning
    tags: [money]
"#;

/// Creates the starter files under `dir`, saying on `out` what it did. Returns the exit code.
pub fn run(dir: &Path, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let files: [(&str, &str); 3] =
        [("factcheck.toml", CONFIG), ("claims/example.yaml", CLAIMS), ("seeds/example.txt", SOURCE)];
    let mut code = exit::SUCCESS;
    let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    for (name, text) in files {
        let path = dir.join(name);
        if path.exists() {
            let _ = writeln!(out, "left    {name} (it exists)");
            continue;
        }
        let written = match path.parent() {
            Some(parent) => std::fs::create_dir_all(parent),
            None => Ok(()),
        }
        .and_then(|_| {
            // A folder that links out of the project (`claims -> /elsewhere`) is not written into.
            let target = factcheck_loader::confine::writable(&path, &dir)
                .map_err(|why| std::io::Error::other(format!("it {why}")))?;
            write_atomically(&target, text.as_bytes())
        });
        match written {
            Ok(()) => {
                let _ = writeln!(out, "created {name}");
            }
            Err(e) => {
                let _ = writeln!(err, "error: cannot write `{name}`: {e}");
                code = exit::CHECK_ERROR;
            }
        }
    }
    if code == exit::SUCCESS {
        let _ = writeln!(out, "next: factcheck verify");
    }
    code
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::ValueEnum;

    /// The starter factcheck.toml shows every key and every format, and each commented-out
    /// setting, uncommented, is a valid configuration.
    #[test]
    fn the_starter_config_lists_every_key_and_format() {
        for key in crate::config::KEYS {
            assert!(CONFIG.contains(&format!("\n{key} = ")) || CONFIG.contains(&format!("# {key} = ")), "{key}");
        }
        for format in crate::args::Format::value_variants() {
            assert!(CONFIG.contains(format.name()), "{}", format.name());
        }
        let uncommented: String = CONFIG
            .lines()
            .map(|l| l.strip_prefix("# ").filter(|rest| rest.contains(" = ")).unwrap_or(l))
            .map(|l| format!("{l}\n"))
            .collect();
        let dir = std::env::temp_dir();
        let config = crate::config::parse(&uncommented, "factcheck.toml", &dir, &dir).unwrap();
        assert_eq!(config.max_source_mb.map(|m| m.get()), Some(64));
        assert!(config.deny_warnings);
    }
}
