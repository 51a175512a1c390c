//! The figures other extractors are known to misread, and text that holds no figure: each case
//! of `regressions.txt` lists exactly what the extractor must find.

use factcheck_text::extract::extract;
use factcheck_text::text::tokenize;

#[test]
fn known_misreadings_are_read_right() {
    let cases = include_str!("regressions.txt");
    let mut failures = Vec::new();
    for line in cases.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        let (input, expected) = line.split_once(" => ").expect("INPUT => EXPECTED");
        let expected: Vec<(String, String)> = if expected.trim() == "nothing" {
            vec![]
        } else {
            expected
                .split(" ; ")
                .map(|pair| {
                    let (text, value) = pair.split_once(" := ").expect("TEXT := VALUE");
                    (text.trim().to_string(), value.trim().to_string())
                })
                .collect()
        };
        let tokens = tokenize(input);
        let found: Vec<(String, String)> =
            extract(input, &tokens).iter().map(|m| (input[m.start..m.end].to_string(), m.value.to_string())).collect();
        if found != expected {
            failures.push(format!("{input}\n  expected {expected:?}\n  found    {found:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every value found holds a digit or a word of `may_make_value`: the matcher skips reading a
/// sentence with neither, and would lose the value otherwise.
#[test]
fn every_value_holds_a_digit_or_a_value_word() {
    use factcheck_text::extract::may_make_value;
    let cases = include_str!("regressions.txt");
    // The inputs of the Recognizers-Text specs the repository keeps (see conformance.rs).
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/conformance/recognizers-text");
    let mut conformance = Vec::new();
    for kind in ["Number", "NumberWithUnit", "DateTime"] {
        let mut files: Vec<_> = std::fs::read_dir(root.join(kind)).expect("the spec folder").flatten().collect();
        files.sort_by_key(|e| e.path());
        conformance.extend(files.iter().filter_map(|e| std::fs::read_to_string(e.path()).ok()));
    }
    assert!(!conformance.is_empty(), "the specs are read");
    // And the articles of the repository's fixtures, news as it is written.
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let mut articles = Vec::new();
    for folder in std::fs::read_dir(&fixtures).expect("the fixtures").flatten() {
        for file in std::fs::read_dir(folder.path().join("articles")).into_iter().flatten().flatten() {
            if file.path().extension().is_some_and(|e| e == "txt") {
                articles.extend(std::fs::read_to_string(file.path()).ok());
            }
        }
    }
    assert!(articles.len() > 20, "the articles are read");
    let inputs = cases
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once(" => ").map(|(input, _)| input.to_string()))
        .chain(conformance.iter().flat_map(|json| {
            json.split("\"Input\": \"").skip(1).filter_map(|rest| rest.split_once('"').map(|(i, _)| i.to_string()))
        }))
        .chain(articles);
    let mut misses = Vec::new();
    for input in inputs {
        let tokens = tokenize(&input);
        for m in extract(&input, &tokens) {
            let held = tokens[m.first_token..m.end_token].iter().any(|t| may_make_value(&t.norm));
            if !held {
                misses.push(format!("{input}: {}", &input[m.start..m.end]));
            }
        }
    }
    assert!(misses.is_empty(), "{}", misses.join("\n"));
}
