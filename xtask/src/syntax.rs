//! `cargo xtask syntax`: trains the tagger and parser of `crates/factcheck-syntax` from the UD
//! English treebanks, or measures the committed model.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use factcheck_syntax::train::{Options, train};
use factcheck_syntax::{Scores, Sentence, evaluate, read_conllu};

/// What `cargo xtask syntax` was asked to do.
pub struct Task {
    ud: PathBuf,
    out: PathBuf,
    evaluate_only: bool,
}

/// Reads `[--ud DIR] [--out FILE] [--evaluate]`.
pub fn parse(args: &[String]) -> Option<Task> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut task = Task {
        ud: root.join("../shared/ud"),
        out: root.join("crates/factcheck-syntax/model/en.bin"),
        evaluate_only: false,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--ud" => task.ud = PathBuf::from(it.next()?),
            "--out" => task.out = PathBuf::from(it.next()?),
            "--evaluate" => task.evaluate_only = true,
            _ => return None,
        }
    }
    Some(task)
}

fn read(path: &Path) -> Result<Vec<Sentence>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    read_conllu(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The EWT documents of one split, in the order of its file list.
fn ewt(ud: &Path, split: &str) -> Result<Vec<Sentence>, String> {
    let list = ud.join("en_ewt/file-lists").join(format!("files.{split}"));
    let names = std::fs::read_to_string(&list).map_err(|e| format!("cannot read {}: {e}", list.display()))?;
    let mut out = Vec::new();
    for name in names.lines().filter(|l| !l.trim().is_empty()) {
        out.extend(read(&ud.join("en_ewt/sources").join(name.trim()))?);
    }
    Ok(out)
}

/// GUM's news, interview and biography documents, in name order: every fifth is held out.
fn gum(ud: &Path) -> Result<(Vec<Sentence>, Vec<Sentence>), String> {
    let dir = ud.join("en_gum_news/sources");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("cannot list {}: {e}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "conllu"))
        .collect();
    names.sort();
    let (mut train, mut held) = (Vec::new(), Vec::new());
    for (i, p) in names.iter().enumerate() {
        if i % 5 == 4 { held.extend(read(p)?) } else { train.extend(read(p)?) }
    }
    Ok((train, held))
}

fn line(out: &mut String, name: &str, s: &Scores) {
    let _ = writeln!(
        out,
        "| {name} | {} | {:.2} | {:.2} | {:.2} |",
        s.words,
        s.percent(s.upos),
        s.percent(s.heads),
        s.percent(s.labelled)
    );
}

/// Trains (unless `--evaluate`) and prints the accuracy table.
pub fn run(task: &Task) -> Result<String, String> {
    let (gum_train, gum_held) = gum(&task.ud)?;
    if !task.evaluate_only {
        let mut data = ewt(&task.ud, "train")?;
        data.extend(gum_train);
        let knob =
            |name: &str, default: usize| std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default);
        let options = Options {
            tagger_epochs: knob("SYNTAX_TAGGER_EPOCHS", 8),
            parser_epochs: knob("SYNTAX_PARSER_EPOCHS", 14),
            folds: knob("SYNTAX_FOLDS", 4),
            min_counts: [
                knob("SYNTAX_TAGGER_MIN_COUNT", 3) as u32,
                knob("SYNTAX_PARSER_MIN_COUNT", 4) as u32,
                knob("SYNTAX_LABELLER_MIN_COUNT", 3) as u32,
            ],
            budgets: [
                knob("SYNTAX_TAGGER_FEATURES", usize::MAX),
                knob("SYNTAX_PARSER_FEATURES", 360_000),
                knob("SYNTAX_LABELLER_FEATURES", usize::MAX),
            ],
            parser_seed: knob("SYNTAX_PARSER_SEED", 29) as u64,
        };
        let bytes = train(&data, &options);
        std::fs::write(&task.out, &bytes).map_err(|e| format!("cannot write {}: {e}", task.out.display()))?;
    }
    let bytes = std::fs::read(&task.out).map_err(|e| format!("cannot read {}: {e}", task.out.display()))?;
    let model = factcheck_syntax::Model::read(&bytes).ok_or("the model file is not a syntax model")?;
    let mut out = String::from("| treebank | words | UPOS % | UAS % | LAS % |\n|---|---|---|---|---|\n");
    line(&mut out, "EWT dev", &evaluate(&model, &ewt(&task.ud, "dev")?));
    line(&mut out, "EWT test", &evaluate(&model, &ewt(&task.ud, "test")?));
    line(&mut out, "GUM news, interviews, bios (held-out fifth)", &evaluate(&model, &gum_held));
    let _ = write!(out, "model: {} bytes", bytes.len());
    Ok(out)
}
