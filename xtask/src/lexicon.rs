//! `cargo xtask lexicon [--from DIR] [--out DIR] [--check]`: compiles Open English WordNet's
//! YAML sources (`DIR/src/yaml`) into `lexicon.txt`, the table that `factcheck-lexicon`
//! embeds, and copies the two licence notices beside it. `--check` writes nothing and fails
//! when the committed table differs from a fresh build (the build is deterministic: every
//! map and set is ordered, so a re-run gives the same bytes).
//!
//! What goes in: single-word lemmas made of letters (and inner hyphens), lower-cased, so that
//! lookups of lower-cased news tokens find them; lemmas of one letter and acronyms written in
//! capitals (`SARS`, `IT`) are left out, as lower-casing them would make `it` or `us` look
//! like nouns. For each lemma: its parts of speech, its irregular forms, and three relations
//! between lemmas (see [`relations`]), each pair written once, on the line of the lemma that
//! sorts first.

use rayon::prelude::*;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// How many of a lemma's first senses count for synonyms. OEWN lists a lemma's senses most
/// frequent first; beyond the first few come rare senses (`cost` is a sense of `be`, its
/// ninth), which would make synonyms of most common words.
const FIRST_SENSES: usize = 3;

/// How many of an adjective's first senses count when it is a satellite taking a head's
/// meaning (`jobless` -> `unemployed`) or antonyms (`quick` -> `slow`): a head has many
/// satellites (`fast` has twenty), and a third sense already strays (`windy`, "fast").
const SATELLITE_FIRST_SENSES: usize = 1;

/// The table's first lines; `#` lines are comments for the reader of the table.
const HEADER: &str = "\
# factcheck-lexicon: lexical relations compiled from Open English WordNet (CC BY 4.0, see
# LICENSE-OEWN.md and WNDB_License.txt) by `cargo xtask lexicon`; see README.md. Do not edit.
# One line per lemma, sorted: lemma TAB parts of speech (n v a r) TAB irregular forms
# (form/pos) TAB synonyms TAB derivations TAB antonyms. A relation is symmetric and written
# once, on the line of the lemma that sorts first.
";

/// One part of speech of one entry of `entries-*.yaml`.
#[derive(Deserialize)]
struct EntryYaml {
    #[serde(default)]
    form: Option<Vec<String>>,
    #[serde(default)]
    sense: Option<Vec<SenseYaml>>,
}

/// A sense of an entry: its sense key, synset, and the relations to other senses we use.
#[derive(Deserialize)]
struct SenseYaml {
    id: String,
    synset: String,
    #[serde(default)]
    derivation: Option<Vec<String>>,
    #[serde(default)]
    pertainym: Option<Vec<String>>,
    #[serde(default)]
    antonym: Option<Vec<String>>,
}

/// A synset of `noun.*.yaml`, `verb.*.yaml`, ...: only `similar` (adjective satellite to head
/// and back) is used; members come from the entries, which also give each sense's rank.
#[derive(Deserialize)]
struct SynsetYaml {
    #[serde(default)]
    similar: Option<Vec<String>>,
}

/// The lemma as the table keeps it, or `None` when it is left out (see the module comment).
/// `lower_case` holds the entries written in lower case: a capitalised entry whose lower-case
/// spelling is one of them (`Be`, beryllium; `March`; `Wed`) is left out rather than merged,
/// and so is one of two letters (`He`, `In`: chemical symbols).
fn table_lemma(lemma: &str, lower_case: &HashSet<String>) -> Option<String> {
    let letters = lemma.chars().filter(|c| c.is_alphabetic()).count();
    let word_chars = lemma.chars().all(|c| c.is_alphabetic() || c == '-');
    let inner_hyphens = !lemma.starts_with('-') && !lemma.ends_with('-') && !lemma.contains("--");
    if letters < 2 || !word_chars || !inner_hyphens || lemma.chars().all(|c| !c.is_lowercase()) {
        return None;
    }
    if !lemma.chars().any(char::is_uppercase) {
        return Some(lemma.to_string());
    }
    let lower = lemma.to_lowercase();
    (letters >= 3 && !lower_case.contains(&lower)).then_some(lower)
}

/// The table's part-of-speech letter of an entry key (`n`, `v`, `a`, `r`, or `n-1`, `n-2`
/// for homographs).
fn pos_letter(key: &str) -> Result<char, String> {
    match key.chars().next() {
        Some(c @ ('n' | 'v' | 'a' | 'r')) => Ok(c),
        Some('s') => Ok('a'),
        _ => Err(format!("unknown part of speech {key:?}")),
    }
}

/// A sense, once read: whose it is, where it ranks among that lemma's senses of its part of
/// speech (0 = most frequent), and its synset.
struct Sense {
    lemma: Option<String>,
    rank: usize,
    synset: String,
    derivation: Vec<String>,
    antonym: Vec<String>,
}

/// Everything read from the YAML that the table needs.
#[derive(Default)]
struct Wordnet {
    /// Kept lemma -> its part-of-speech letters.
    pos: BTreeMap<String, BTreeSet<char>>,
    /// Kept lemma -> its irregular (and listed) forms as `form/pos`.
    forms: BTreeMap<String, BTreeSet<String>>,
    /// Sense key -> sense.
    senses: HashMap<String, Sense>,
    /// Synset -> the synsets it is `similar` to.
    similar: HashMap<String, Vec<String>>,
}

fn yaml_files(dir: &Path, keep: impl Fn(&str) -> bool) -> Result<Vec<PathBuf>, String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot list {}: {e}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(&keep))
        .collect();
    files.sort();
    Ok(files)
}

/// Parses each file (in parallel) into `T`, in file order.
fn parse_all<T: for<'de> Deserialize<'de> + Send>(files: &[PathBuf]) -> Result<Vec<T>, String> {
    files
        .par_iter()
        .map(|f| {
            let text = std::fs::read_to_string(f).map_err(|e| format!("cannot read {}: {e}", f.display()))?;
            // Our own input, read once by a developer: no budget; comments are not needed.
            let options = serde_saphyr::options! { budget: None, emit_comments: false };
            serde_saphyr::from_str_with_options(&text, options).map_err(|e| format!("{}: {e}", f.display()))
        })
        .collect()
}

fn read_wordnet(yaml: &Path) -> Result<Wordnet, String> {
    let entry_files = yaml_files(yaml, |n| n.starts_with("entries-"))?;
    let synset_files = yaml_files(yaml, |n| ["noun.", "verb.", "adj.", "adv."].iter().any(|p| n.starts_with(p)))?;
    if entry_files.is_empty() || synset_files.is_empty() {
        return Err(format!("no OEWN entries-*.yaml and synset files in {}", yaml.display()));
    }
    let entries: Vec<BTreeMap<String, BTreeMap<String, EntryYaml>>> = parse_all(&entry_files)?;
    let synsets: Vec<BTreeMap<String, SynsetYaml>> = parse_all(&synset_files)?;

    let lower_case: HashSet<String> = entries
        .iter()
        .flatten()
        .map(|(lemma, _)| lemma)
        .filter(|l| !l.chars().any(char::is_uppercase))
        .cloned()
        .collect();
    let mut wn = Wordnet::default();
    for (lemma, by_pos) in entries.into_iter().flatten() {
        let kept = table_lemma(&lemma, &lower_case);
        for (pos_key, entry) in by_pos {
            let pos = pos_letter(&pos_key).map_err(|e| format!("{lemma}: {e}"))?;
            if let Some(kept) = &kept {
                wn.pos.entry(kept.clone()).or_default().insert(pos);
                for form in entry.form.iter().flatten().filter_map(|f| table_lemma(f, &lower_case)) {
                    if &form != kept {
                        wn.forms.entry(kept.clone()).or_default().insert(format!("{form}/{pos}"));
                    }
                }
            }
            for (rank, s) in entry.sense.into_iter().flatten().enumerate() {
                let mut derivation = s.derivation.unwrap_or_default();
                // A pertainym (`japanese` -> `japan`, `quickly` -> `quick`) is a derivation
                // across parts of speech: the table does not tell them apart.
                derivation.extend(s.pertainym.unwrap_or_default());
                let sense = Sense {
                    lemma: kept.clone(),
                    rank,
                    synset: s.synset,
                    derivation,
                    antonym: s.antonym.unwrap_or_default(),
                };
                if wn.senses.insert(s.id.clone(), sense).is_some() {
                    return Err(format!("sense {} is defined twice", s.id));
                }
            }
        }
    }
    for (id, synset) in synsets.into_iter().flatten() {
        if let Some(similar) = synset.similar {
            wn.similar.insert(id, similar);
        }
    }
    Ok(wn)
}

/// The three relations between kept lemmas, each an ordered pair `(a, b)` with `a < b`:
///
/// - synonyms: `a` and `b` have a sense in one synset, each among the lemma's [`FIRST_SENSES`]
///   first senses; or (adjectives) the first sense of `a` is a satellite `similar` to a head
///   synset among `b`'s first senses (`jobless` and `unemployed`);
/// - derivations: a sense of `a` and a sense of `b` are joined by `derivation` or `pertainym`
///   (`die`/`death`, `publish`/`publication`), any senses;
/// - antonyms: a sense of `a` and a sense of `b` are joined by `antonym`, directly or through one
///   derivation on either side (`slowness`/`fast`), or the first sense of `a` is a satellite
///   `similar` to a head synset with a sense whose antonym is `b`'s (`quick`/`slow`).
struct Relations {
    synonyms: BTreeSet<(String, String)>,
    derivations: BTreeSet<(String, String)>,
    antonyms: BTreeSet<(String, String)>,
}

fn relations(wn: &Wordnet) -> Result<Relations, String> {
    let lemma_of = |key: &str| -> Result<Option<&str>, String> {
        match wn.senses.get(key) {
            Some(s) => Ok(s.lemma.as_deref()),
            None => Err(format!("sense {key} is named but not defined")),
        }
    };
    let pair = |set: &mut BTreeSet<(String, String)>, a: &str, b: &str| {
        if a != b {
            let (a, b) = if a < b { (a, b) } else { (b, a) };
            set.insert((a.to_string(), b.to_string()));
        }
    };

    // Synset -> the kept lemmas whose first senses include it.
    let mut frequent_members: HashMap<&str, Vec<&str>> = HashMap::new();
    // Satellite synset -> the kept lemmas whose first sense it is.
    let mut satellite_members: HashMap<&str, Vec<&str>> = HashMap::new();
    for s in wn.senses.values() {
        let Some(lemma) = &s.lemma else { continue };
        if s.rank < FIRST_SENSES {
            frequent_members.entry(&s.synset).or_default().push(lemma);
        }
        if s.rank < SATELLITE_FIRST_SENSES && s.synset.ends_with("-s") {
            satellite_members.entry(&s.synset).or_default().push(lemma);
        }
    }
    let mut synonyms = BTreeSet::new();
    for members in frequent_members.values() {
        for a in members {
            for b in members {
                pair(&mut synonyms, a, b);
            }
        }
    }
    for (satellite, members) in &satellite_members {
        let heads = wn.similar.get(*satellite).into_iter().flatten();
        for b in heads.filter_map(|head| frequent_members.get(head.as_str())).flatten() {
            for a in members {
                pair(&mut synonyms, a, b);
            }
        }
    }

    let mut derivations = BTreeSet::new();
    // Sense key -> the sense keys derived from it, both directions (OEWN mostly, not always,
    // writes both).
    let mut derived: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    for (key, s) in &wn.senses {
        for target in &s.derivation {
            lemma_of(target)?;
            derived.entry(key).or_default().insert(target);
            derived.entry(target).or_default().insert(key);
        }
    }
    for (key, targets) in &derived {
        for target in targets {
            if let (Some(a), Some(b)) = (lemma_of(key)?, lemma_of(target)?) {
                pair(&mut derivations, a, b);
            }
        }
    }

    let mut antonyms = BTreeSet::new();
    let with_derived = |key: &'_ str| -> Vec<String> {
        let mut keys = vec![key.to_string()];
        keys.extend(derived.get(key).into_iter().flatten().map(|k| k.to_string()));
        keys
    };
    // Synset -> its senses' direct antonyms (sense keys), for the satellites of a head.
    let mut synset_antonyms: HashMap<&str, Vec<&str>> = HashMap::new();
    for (key, s) in &wn.senses {
        for target in &s.antonym {
            lemma_of(target)?;
            synset_antonyms.entry(&s.synset).or_default().push(target);
            for a in with_derived(key) {
                for b in with_derived(target) {
                    if let (Some(a), Some(b)) = (lemma_of(&a)?, lemma_of(&b)?) {
                        pair(&mut antonyms, a, b);
                    }
                }
            }
        }
    }
    for (satellite, members) in &satellite_members {
        for head in wn.similar.get(*satellite).into_iter().flatten() {
            for target in synset_antonyms.get(head.as_str()).into_iter().flatten() {
                if let Some(b) = lemma_of(target)? {
                    for a in members {
                        pair(&mut antonyms, a, b);
                    }
                }
            }
        }
    }
    // A pair both synonyms and antonyms (rare, through different senses) would mislead a
    // matcher either way: it keeps neither.
    let both: Vec<_> = synonyms.intersection(&antonyms).cloned().collect();
    for p in &both {
        synonyms.remove(p);
        antonyms.remove(p);
    }
    Ok(Relations { synonyms, derivations, antonyms })
}

/// The table's text (see [`HEADER`]).
fn render(wn: &Wordnet, rel: &Relations) -> String {
    fn by_first(set: &BTreeSet<(String, String)>) -> BTreeMap<&str, Vec<&str>> {
        let mut map: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for (a, b) in set {
            map.entry(a.as_str()).or_default().push(b.as_str());
        }
        map
    }
    let (synonyms, derivations, antonyms) =
        (by_first(&rel.synonyms), by_first(&rel.derivations), by_first(&rel.antonyms));
    let mut out = String::from(HEADER);
    let join = |list: Option<&Vec<&str>>| list.map(|l| l.join(" ")).unwrap_or_default();
    for (lemma, pos) in &wn.pos {
        let pos: String = pos.iter().collect();
        let forms = wn.forms.get(lemma).map(|f| f.iter().map(String::as_str).collect::<Vec<_>>().join(" "));
        let _ = writeln!(
            out,
            "{lemma}\t{pos}\t{}\t{}\t{}\t{}",
            forms.unwrap_or_default(),
            join(synonyms.get(lemma.as_str())),
            join(derivations.get(lemma.as_str())),
            join(antonyms.get(lemma.as_str())),
        );
    }
    // Trailing tabs carry no information.
    out.lines().map(|l| l.trim_end_matches('\t')).fold(String::with_capacity(out.len()), |mut s, l| {
        s.push_str(l);
        s.push('\n');
        s
    })
}

/// The table built from an OEWN checkout (the directory holding `src/yaml`).
pub fn build(from: &Path) -> Result<String, String> {
    let wn = read_wordnet(&from.join("src/yaml"))?;
    let rel = relations(&wn)?;
    Ok(render(&wn, &rel))
}

/// Options of `cargo xtask lexicon`.
pub struct Options {
    pub from: PathBuf,
    pub out: PathBuf,
    pub check: bool,
}

pub fn parse(args: &[String]) -> Option<Options> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut options = Options {
        from: root.join("../shared/lexicon/open-english-wordnet"),
        out: root.join("crates/factcheck-lexicon/data"),
        check: false,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--from" => options.from = PathBuf::from(it.next()?),
            "--out" => options.out = PathBuf::from(it.next()?),
            "--check" => options.check = true,
            _ => return None,
        }
    }
    Some(options)
}

/// Builds the table and writes it with the licence notices, or (`--check`) compares it with the
/// table in `out`. Returns a one-line summary.
pub fn run(options: &Options) -> Result<String, String> {
    let table = build(&options.from)?;
    let path = options.out.join("lexicon.txt");
    let lemmas = table.lines().filter(|l| !l.starts_with('#')).count();
    if options.check {
        let committed = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        return if committed == table {
            Ok(format!("{} is up to date ({lemmas} lemmas)", path.display()))
        } else {
            Err(format!("{} differs from a fresh build: run `cargo xtask lexicon`", path.display()))
        };
    }
    std::fs::create_dir_all(&options.out).map_err(|e| format!("cannot create {}: {e}", options.out.display()))?;
    std::fs::write(&path, &table).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    for (from, to) in [("LICENSE.md", "LICENSE-OEWN.md"), ("WNDB_License.txt", "WNDB_License.txt")] {
        let (from, to) = (options.from.join(from), options.out.join(to));
        // Read and write, not `fs::copy`, which would carry a read-only source's mode over and
        // make the next run fail to overwrite the notice.
        let text = std::fs::read(&from).map_err(|e| format!("cannot read {}: {e}", from.display()))?;
        std::fs::write(&to, text).map_err(|e| format!("cannot write {}: {e}", to.display()))?;
    }
    Ok(format!("{lemmas} lemmas, {} bytes: {}", table.len(), path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A few OEWN-shaped entries across two files, and a synset file with a satellite.
    const ENTRIES_F: &str = "\
fast:
  a:
    sense:
    - antonym:
      - 'slow%3:00:01::'
      derivation:
      - 'fastness%1:07:00::'
      id: 'fast%3:00:01::'
      synset: 00000001-a
fastness:
  n:
    sense:
    - derivation:
      - 'fast%3:00:01::'
      id: 'fastness%1:07:00::'
      synset: 00000003-n
";
    const ENTRIES_S: &str = "\
SARS:
  n:
    sense:
    - id: 'sars%1:26:00::'
      synset: 00000005-n
quick:
  a:
    sense:
    - id: quick%5:00:00:fast:01
      synset: 00000002-s
    - id: 'quick%3:00:00::'
      synset: 00000006-a
slow:
  a:
    form:
    - slower
    sense:
    - antonym:
      - 'fast%3:00:01::'
      id: 'slow%3:00:01::'
      synset: 00000004-a
slow motion:
  n:
    sense:
    - id: 'slow_motion%1:04:00::'
      synset: 00000007-n
";
    const SYNSETS: &str = "\
00000001-a:
  definition:
  - acting or moving or capable of acting or moving quickly
  members:
  - fast
  partOfSpeech: a
  similar:
  - 00000002-s
00000002-s:
  members:
  - quick
  partOfSpeech: s
  similar:
  - 00000001-a
";

    /// The relations of the module comment on a tiny wordnet: derivation both ways, antonyms
    /// direct, through a derivation and through a satellite, a satellite's synonym, forms; no
    /// acronym, no multi-word lemma; and a second build gives the same bytes.
    #[test]
    fn a_small_wordnet_compiles_to_the_expected_table_every_time() {
        let from = std::env::temp_dir().join(format!("factcheck-xtask-lexicon-{}", std::process::id()));
        let yaml = from.join("src/yaml");
        std::fs::create_dir_all(&yaml).expect("temp dir");
        for (name, text) in [("entries-f.yaml", ENTRIES_F), ("entries-s.yaml", ENTRIES_S), ("adj.all.yaml", SYNSETS)] {
            std::fs::write(yaml.join(name), text).expect("fixture written");
        }
        let table = build(&from).expect("the fixture compiles");
        let body: Vec<&str> = table.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(
            body,
            [
                "fast\ta\t\tquick\tfastness\tslow",
                "fastness\tn\t\t\t\tslow",
                "quick\ta\t\t\t\tslow",
                "slow\ta\tslower/a",
            ]
        );
        assert_eq!(build(&from).expect("the fixture compiles again"), table, "deterministic");
        let _ = std::fs::remove_dir_all(&from);
    }

    #[test]
    fn lemmas_the_table_keeps() {
        let lower_case: HashSet<String> = ["be".to_string()].into();
        assert_eq!(table_lemma("year-old", &lower_case).as_deref(), Some("year-old"));
        assert_eq!(table_lemma("Japanese", &lower_case).as_deref(), Some("japanese"));
        for dropped in ["Be", "He", "SARS", "car park", "a", "3D", "-ish", "o'clock"] {
            assert_eq!(table_lemma(dropped, &lower_case), None, "{dropped}");
        }
    }
}
