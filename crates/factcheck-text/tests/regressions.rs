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
