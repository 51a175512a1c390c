//! The report formats for CI and review (`junit`, `sarif`, `github`, `markdown`, next to `human`
//! and `json`), each on the same sample report: `tests/fixtures/formats/report.yaml`, whose
//! claims get every verdict and severity, one with two sources, one with no evidence, and text
//! that each format must escape. Then `--output FORMAT=FILE`.

use insta_cmd::assert_cmd_snapshot;
use std::path::Path;
use std::process::Output;

const SAMPLE: &str = "tests/fixtures/formats/report.yaml";
/// Claims in the sample, and how many of them fail.
const CLAIMS: usize = 9;
const FAILED: usize = 6;

mod common;
use common::{SUMMARY, check_seed_summary, factcheck, root};

fn run(args: &[&str]) -> Output {
    factcheck().args(args).output().unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn sample_human() {
    assert_cmd_snapshot!(factcheck().args(["verify", "--color", "never", SAMPLE]));
}

#[test]
fn sample_json() {
    assert_cmd_snapshot!(factcheck().args(["verify", "--format", "json", SAMPLE]));
}

#[test]
fn sample_junit() {
    assert_cmd_snapshot!(factcheck().args(["verify", "--format", "junit", SAMPLE]));
}

#[test]
fn sample_github() {
    assert_cmd_snapshot!(factcheck().args(["verify", "--format", "github", SAMPLE]));
}

#[test]
fn sample_markdown() {
    assert_cmd_snapshot!(factcheck().args(["verify", "--format", "markdown", SAMPLE]));
}

/// The tool's version is left out of the snapshot, so that a release does not change it.
#[test]
fn sample_sarif() {
    let out = run(&["verify", "--format", "sarif", "--sarif-all", SAMPLE]);
    assert_eq!(out.status.code(), Some(1));
    let sarif = stdout(&out).replace(
        &format!("\"semanticVersion\": \"{}\"", env!("CARGO_PKG_VERSION")),
        "\"semanticVersion\": \"[VERSION]\"",
    );
    insta::assert_snapshot!(sarif);
}

#[test]
fn check_junit_has_skipped_sentences() {
    assert_cmd_snapshot!(check_seed_summary("junit"));
}

#[test]
fn check_markdown_lists_skipped_sentences() {
    assert_cmd_snapshot!(check_seed_summary("markdown"));
}

/// The pattern that the schema gives a `language` property: an ECMAScript regex whose stray `]`
/// (a literal `]` in ECMAScript) Rust's regex syntax rejects, and the same pattern escaped.
const LANGUAGE_PATTERN: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";
const LANGUAGE_PATTERN_ESCAPED: &str = r"^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}\]?$";

/// Replaces every `LANGUAGE_PATTERN` in `schema` by its escaped form; returns how many.
fn escape_language_pattern(schema: &mut serde_json::Value) -> usize {
    match schema {
        serde_json::Value::String(s) if s == LANGUAGE_PATTERN => {
            *s = LANGUAGE_PATTERN_ESCAPED.to_string();
            1
        }
        serde_json::Value::Array(items) => items.iter_mut().map(escape_language_pattern).sum(),
        serde_json::Value::Object(map) => map.values_mut().map(escape_language_pattern).sum(),
        _ => 0,
    }
}

/// A validator for the official SARIF 2.1.0 schema (tests/data/PROVENANCE.md), which checks
/// formats too (`uri-reference` for every artifact URI). The schema file is kept as published;
/// its `language` pattern is escaped here, in memory, meaning the same in ECMAScript.
fn sarif_validator() -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sarif-schema-2.1.0.json");
    let mut schema: serde_json::Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    assert_eq!(escape_language_pattern(&mut schema), 2, "the schema changed: see PROVENANCE.md");
    jsonschema::options().should_validate_formats(true).build(&schema).expect("the SARIF schema compiles")
}

/// Every SARIF log is valid against the official SARIF 2.1.0 schema (see tests/data/PROVENANCE.md).
#[test]
fn sarif_is_valid_against_the_schema() {
    let validator = sarif_validator();
    let cases: [(&[&str], usize); 4] = [
        (&["verify", "--format", "sarif", SAMPLE], FAILED),
        (&["verify", "--format", "sarif", "--sarif-all", SAMPLE], CLAIMS),
        (&["verify", "--format", "sarif", "claims/"], 0),
        (&["check", "--format", "sarif", "--sarif-all", "--source", "seeds/ukraine-japan-pact.txt", SUMMARY], 8),
    ];
    for (args, results) in cases {
        let out = run(args);
        let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let errors: Vec<String> =
            validator.iter_errors(&log).map(|e| format!("{e} at {}", e.instance_path())).collect();
        assert!(errors.is_empty(), "{args:?}: not valid SARIF 2.1.0:\n{}", errors.join("\n"));
        assert_eq!(log["runs"][0]["results"].as_array().unwrap().len(), results, "{args:?}");
    }
    // The validator does reject what is not SARIF.
    let bad =
        serde_json::json!({"version": "2.1.0", "runs": [{"tool": {"driver": {}}, "results": [{"level": "fatal"}]}]});
    assert!(validator.iter_errors(&bad).count() > 0);
    // And checks formats: a URI reference has no spaces.
    let mut spaced: serde_json::Value =
        serde_json::from_slice(&run(&["verify", "--format", "sarif", SAMPLE]).stdout).unwrap();
    spaced["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] = "a b|c".into();
    assert!(validator.iter_errors(&spaced).count() > 0);
}

#[test]
fn sarif_locates_claims_and_evidence() {
    let log: serde_json::Value = serde_json::from_slice(&run(&["verify", "--format", "sarif", SAMPLE]).stdout).unwrap();
    let results = log["runs"][0]["results"].as_array().unwrap();
    let traffic = results.iter().find(|r| r["properties"]["id"] == "daily-traffic").unwrap();
    assert_eq!(traffic["ruleId"], "factcheck/contradicted");
    assert_eq!(traffic["level"], "error");
    let claim = &traffic["locations"][0]["physicalLocation"];
    assert_eq!(claim["artifactLocation"]["uri"], "tests/fixtures/formats/report.yaml");
    assert_eq!(claim["region"]["startLine"], 28);
    assert_eq!(claim["region"]["startColumn"], 12);
    let related = traffic["relatedLocations"].as_array().unwrap();
    let uris: Vec<&str> =
        related.iter().map(|l| l["physicalLocation"]["artifactLocation"]["uri"].as_str().unwrap()).collect();
    assert_eq!(uris, ["tests/fixtures/formats/bridge.txt", "tests/fixtures/formats/traffic.txt"]);
    // After `Søren Ødegaard`: columns count characters, byte offsets count bytes.
    let region = &related[1]["physicalLocation"]["region"];
    assert_eq!((region["startColumn"].as_u64(), region["byteOffset"].as_u64()), (Some(62), Some(63)));
    let text = std::fs::read_to_string(root().join("tests/fixtures/formats/traffic.txt")).unwrap();
    let (start, len) =
        (region["byteOffset"].as_u64().unwrap() as usize, region["byteLength"].as_u64().unwrap() as usize);
    assert_eq!(&text[start..start + len], region["snippet"]["text"].as_str().unwrap());
    let levels: Vec<&str> = results.iter().map(|r| r["level"].as_str().unwrap()).collect();
    for level in ["error", "warning", "note"] {
        assert!(levels.contains(&level), "{levels:?}");
    }
    let rules: Vec<&str> = results.iter().map(|r| r["ruleId"].as_str().unwrap()).collect();
    for rule in
        ["factcheck/contradicted", "factcheck/conflicting", "factcheck/not_found", "factcheck/unexpected-support"]
    {
        assert!(rules.contains(&rule), "{rules:?}");
    }
}

fn junit_counts(xml: &str) -> (usize, usize, usize, usize) {
    let doc = roxmltree::Document::parse(xml).expect("JUnit XML parses");
    let count = |name: &str| doc.descendants().filter(|n| n.has_tag_name(name)).count();
    (count("testsuite"), count("testcase"), count("failure"), count("skipped"))
}

#[test]
fn junit_parses_with_the_expected_counts() {
    let seeds: serde_json::Value = serde_json::from_slice(&run(&["verify", "--format", "json"]).stdout).unwrap();
    let seeds = seeds["summary"]["claims"].as_u64().unwrap() as usize;
    let out = run(&["verify", "--format", "junit", SAMPLE, "claims/"]);
    let xml = stdout(&out);
    assert_eq!(junit_counts(&xml), (2, CLAIMS + seeds, FAILED, 0));
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    assert_eq!(root.attribute("tests"), Some((CLAIMS + seeds).to_string().as_str()));
    assert_eq!(root.attribute("failures"), Some(FAILED.to_string().as_str()));
    let ticket = doc.descendants().find(|n| n.attribute("name") == Some("ticket-rise")).unwrap();
    assert_eq!(ticket.attribute("classname"), Some(SAMPLE));
    let failure = ticket.children().find(|n| n.has_tag_name("failure")).unwrap();
    assert_eq!(failure.attribute("type"), Some("factcheck/contradicted"));
    let text = failure.text().unwrap();
    assert!(text.contains("tests/fixtures/formats/bridge.txt:3:20"), "{text}");
    assert!(text.contains("100% \"official\" figure <per the board> & the\n"), "{text}");

    let skipped = run(&["check", "--format", "junit", "--source", "seeds/ukraine-japan-pact.txt", SUMMARY]);
    assert_eq!(junit_counts(&stdout(&skipped)), (1, 8, 4, 1));
}

#[test]
fn github_commands_are_one_line_each() {
    let out = run(&["verify", "--format", "github", SAMPLE]);
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), FAILED + 1);
    assert!(
        lines.iter().all(|l| l.starts_with("::error ") || l.starts_with("::warning ") || l.starts_with("::notice "))
    );
    assert!(lines.last().unwrap().starts_with("::notice title=factcheck::9 claims:"));
    let ticket = lines.iter().find(|l| l.contains("ticket-rise")).unwrap();
    assert!(ticket.starts_with("::warning file=tests/fixtures/formats/report.yaml,line=14,col=12,title=factcheck ticket-rise%3A contradicted%2C expected supported (warning)::"), "{ticket}");
    assert!(ticket.contains("20%25") && ticket.contains("the%0A    company's report"), "{ticket}");
}

#[test]
fn outputs_go_to_files_and_the_human_report_to_the_terminal() {
    let dir = std::env::temp_dir().join(format!("factcheck-outputs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = |name: &str| dir.join(name).to_string_lossy().into_owned();
    let (junit, sarif, github, markdown, json) =
        (file("r.xml"), file("r.sarif"), file("r.github"), file("r.md"), file("r=1.json"));
    let out = factcheck()
        .args(["verify", "--color", "always", SAMPLE])
        .args(["--output", &format!("junit={junit}"), "--output", &format!("sarif={sarif}")])
        .args(["--output", &format!("github={github}"), "--output", &format!("markdown={markdown}")])
        .args(["--output", &format!("json={json}"), "--output", &format!("human={}", file("r.txt"))])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(out.stdout, run(&["verify", "--color", "always", SAMPLE]).stdout, "stdout keeps the --format report");
    for (format, path) in
        [("junit", &junit), ("sarif", &sarif), ("github", &github), ("markdown", &markdown), ("json", &json)]
    {
        let written = std::fs::read(path).unwrap();
        assert_eq!(written, run(&["verify", "--format", format, SAMPLE]).stdout, "{format}");
    }
    // A human report in a file has no colour.
    assert_eq!(std::fs::read(file("r.txt")).unwrap(), run(&["verify", "--color", "never", SAMPLE]).stdout);
    // No temporary file is left behind.
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 6);
    // `check` takes them too.
    let checked = factcheck()
        .args(["check", "--quiet", "--source", "seeds/ukraine-japan-pact.txt", SUMMARY])
        .args(["--output", &format!("junit={junit}")])
        .output()
        .unwrap();
    assert_eq!(checked.status.code(), Some(1));
    assert_eq!(junit_counts(&std::fs::read_to_string(&junit).unwrap()), (1, 8, 4, 1));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bad_outputs_exit_2() {
    for (output, says) in [
        ("report.xml", "FORMAT=FILE"),
        ("xml=report.xml", "unknown format `xml`"),
        ("junit=", "expected a file"),
        ("junit=-", "expected a file"),
    ] {
        let out = run(&["verify", "--output", output, SAMPLE]);
        assert_eq!(out.status.code(), Some(2), "{output}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(says),
            "{output}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let twice = run(&["verify", "--output", "junit=r.xml", "--output", "sarif=r.xml", SAMPLE]);
    assert_eq!(twice.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&twice.stderr).contains("twice"));
    let missing = run(&["verify", "--quiet", "--output", "junit=no/such/folder/r.xml", SAMPLE]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no/such/folder/r.xml"));
    assert!(!root().join("no").exists());
}
