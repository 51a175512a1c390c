//! `factcheck extract`: reads one text and lists its facts.

use crate::args::{ExtractArgs, FactKind, FactsFormat};
use crate::escape::terminal;
use crate::exit;
use crate::render::facts::{FactsHuman, FactsJson, FactsRenderer, FactsReport, FactsYaml};
use factcheck_core::ValueKind;
use factcheck_engine::document::Document;
use factcheck_engine::facts::{Starter, dateline, facts, starters};
use std::io::Write;

/// Runs `factcheck extract`; returns the exit code.
pub fn run(args: &ExtractArgs, stderr: &mut dyn Write, choice: anstream::ColorChoice) -> u8 {
    let limit = crate::check::source_limit(args.max_source_mb);
    let (path, text) = match crate::check::read_text(args.input.as_deref(), &crate::project_root(), limit) {
        Ok((shown, text)) => (if shown == "<stdin>" { "-".to_string() } else { shown }, text),
        Err(e) => {
            let _ = writeln!(stderr, "error: {e}");
            return exit::CHECK_ERROR;
        }
    };
    let wanted = |kind: ValueKind| {
        args.kind.is_empty()
            || args.kind.iter().any(|k| {
                kind == match k {
                    FactKind::Number => ValueKind::Number,
                    FactKind::Money => ValueKind::Money,
                    FactKind::Percent => ValueKind::Percent,
                    FactKind::Quantity => ValueKind::Quantity,
                    FactKind::Date => ValueKind::Date,
                }
            })
    };
    // A starter file without --as-of takes the date the text gives itself near its top, so that
    // its yearless dates have a year and the file says which.
    let mut as_of = args.as_of;
    if as_of.is_none() && args.format == FactsFormat::Yaml {
        as_of = dateline(&Document::analyse(path.clone(), text.clone()));
    }
    // Only the starter file needs subjects; the other formats list the facts as read.
    let mut found: Vec<Starter> = if args.format == FactsFormat::Yaml {
        starters(&path, &text, as_of)
    } else {
        let doc = Document::analyse(path.clone(), text.clone());
        facts(&doc, args.as_of).into_iter().map(|fact| Starter { fact, subject: None }).collect()
    };
    found.retain(|s| wanted(s.fact.kind));
    let opening = opening_words(&text);
    // A starter file names its text from where it is saved.
    let source = args.source_path.clone().or_else(|| {
        let (output, input) = (args.output.as_ref()?, args.input.as_ref().filter(|p| p.as_os_str() != "-")?);
        let folder = crate::confine_lexical_parent(output);
        Some(factcheck_loader::error::display_path(&crate::config::relative_to(&folder, input)))
    });
    let report =
        FactsReport { path: &path, as_of, facts: &found, opening: opening.as_deref(), source: source.as_deref() };
    let renderer: Box<dyn FactsRenderer> = match args.format {
        FactsFormat::Human => Box::new(FactsHuman),
        FactsFormat::Json => Box::new(FactsJson),
        FactsFormat::Yaml => Box::new(FactsYaml),
    };
    let mut rendered = Vec::new();
    let written = renderer.render(&report, &mut rendered).and_then(|_| match &args.output {
        Some(file) => {
            let target = factcheck_loader::confine::writable(file, &crate::project_root())
                .map_err(|why| std::io::Error::other(format!("`{}` {why}", terminal(&file.to_string_lossy()))))?;
            crate::output::write_atomically(&target, &anstream::adapter::strip_bytes(&rendered).into_vec())
        }
        None => {
            let mut stdout = anstream::AutoStream::new(std::io::stdout().lock(), choice);
            stdout.write_all(&rendered).and_then(|_| stdout.flush())
        }
    });
    match written {
        Ok(()) => exit::SUCCESS,
        Err(e) => {
            let _ = writeln!(stderr, "error: cannot write the listing: {e}");
            exit::CHECK_ERROR
        }
    }
}

/// The first dozen words of the text's first line, verbatim: a quote that stands in it.
fn opening_words(text: &str) -> Option<String> {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    let mut end = 0;
    for (n, (i, w)) in line.split_whitespace().map(|w| (w.as_ptr() as usize - line.as_ptr() as usize, w)).enumerate() {
        if n == 12 {
            break;
        }
        end = i + w.len();
    }
    Some(line[..end].to_string())
}
