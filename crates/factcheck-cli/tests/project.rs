//! The project-level commands and files: report snapshots (`verify --snapshot`, `accept`),
//! `factcheck.toml`, `init`, the claim-file schema, completions and the manual page, and the CI
//! examples. Each test that writes works in its own temporary copy of the seed project, which is
//! its own project root (it holds a factcheck.toml).

use insta_cmd::get_cargo_bin;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("workspace root")
}

fn factcheck(dir: &Path) -> Command {
    let mut cmd = Command::new(get_cargo_bin("factcheck"));
    cmd.current_dir(dir).env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE");
    cmd
}

fn run(dir: &Path, args: &[&str]) -> Output {
    factcheck(dir).args(args).output().expect("factcheck runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A new empty folder for `name`, removed first if a previous run left it.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factcheck-project-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir.canonicalize().unwrap()
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A copy of the seed project (claims/ and seeds/) with an empty factcheck.toml.
fn seed_project(name: &str) -> PathBuf {
    let dir = temp_dir(name);
    copy_dir(&root().join("claims"), &dir.join("claims"));
    copy_dir(&root().join("seeds"), &dir.join("seeds"));
    fs::write(dir.join("factcheck.toml"), "").unwrap();
    dir
}

const SNAPSHOT: &str = "claims/ukraine-japan-pact.report.md";
const PENDING: &str = "claims/ukraine-japan-pact.report.md.new";

#[test]
fn committed_snapshot_matches_the_seed_claims() {
    let out = run(&root(), &["verify", "--quiet", "--snapshot=check"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(!root().join(PENDING).exists());
}

#[test]
fn snapshot_review_accept_and_check() {
    let dir = seed_project("snapshot");
    // The committed snapshot is the same from any folder, however the claim file is named.
    assert_eq!(run(&dir, &["verify", "-q", "--snapshot=check"]).status.code(), Some(0));
    let claims = dir.join("claims");
    assert_eq!(run(&claims, &["verify", "-q", "--snapshot=check", "ukraine-japan-pact.yaml"]).status.code(), Some(0));
    let committed = fs::read_to_string(dir.join(SNAPSHOT)).unwrap();

    // A figure changes in the source: the verdict flips, the run fails, the new report waits.
    // (A word of the same length: a longer or shorter one would also move the place of the
    // evidence after it on that line, which the snapshot names.)
    let seed = dir.join("seeds/ukraine-japan-pact.txt");
    let article = fs::read_to_string(&seed).unwrap();
    assert!(article.contains("in Washington"));
    fs::write(&seed, article.replace("in Washington", "in Copenhagen")).unwrap();
    let check = run(&dir, &["verify", "-q", "--snapshot=check"]);
    assert_eq!(check.status.code(), Some(1));
    assert!(!dir.join(PENDING).exists(), "check mode writes nothing");
    let review = run(&dir, &["verify", "-q", "--snapshot"]);
    assert_eq!(review.status.code(), Some(1));
    let stderr = text(&review.stderr);
    assert!(stderr.contains(&format!("wrote {PENDING}")), "{stderr}");
    // The one flipped verdict is a two-line diff: its row out, its row in.
    let changed: Vec<&str> = stderr
        .lines()
        .filter(|l| (l.starts_with('-') && !l.starts_with("---")) || (l.starts_with('+') && !l.starts_with("+++")))
        .collect();
    assert_eq!(
        changed,
        [
            "-| `nato-summit-city` NATO summit location = Washington | supported | supported | `seeds/ukraine-japan-pact.txt:7:162` `Washington` |",
            "+| `nato-summit-city` NATO summit location = Washington | contradicted | supported | `seeds/ukraine-japan-pact.txt:7:162` `Copenhagen` |"
        ],
        "{stderr}"
    );
    assert_eq!(fs::read_to_string(dir.join(SNAPSHOT)).unwrap(), committed, "review leaves the snapshot");
    let pending = fs::read_to_string(dir.join(PENDING)).unwrap();
    assert!(pending.contains("| contradicted | supported |"), "{pending}");
    assert!(!pending.contains(dir.to_str().unwrap()), "no absolute path");

    // Accepted, the snapshot is the new report, and the check passes again (claims still fail).
    let accept = run(&dir, &["accept"]);
    assert_eq!(accept.status.code(), Some(0), "{}", text(&accept.stderr));
    assert_eq!(text(&accept.stdout), format!("accepted {SNAPSHOT}\n"));
    assert_eq!(fs::read_to_string(dir.join(SNAPSHOT)).unwrap(), pending);
    assert!(!dir.join(PENDING).exists());
    let check = run(&dir, &["verify", "-q", "--snapshot=check"]);
    assert_eq!(check.status.code(), Some(1), "the claims fail as before");
    assert!(text(&check.stderr).is_empty(), "{}", text(&check.stderr));
    assert_eq!(text(&run(&dir, &["accept"]).stdout), "nothing to accept in claims\n");

    // The source restored: a stale `.new` from an earlier review goes once the report matches.
    fs::write(&seed, &article).unwrap();
    assert_eq!(run(&dir, &["verify", "-q", "--snapshot"]).status.code(), Some(1));
    assert!(dir.join(PENDING).exists());
    assert_eq!(run(&dir, &["accept", "claims/ukraine-japan-pact.yaml"]).status.code(), Some(0));
    assert_eq!(fs::read_to_string(dir.join(SNAPSHOT)).unwrap(), committed);
    fs::write(dir.join(PENDING), "stale").unwrap();
    assert_eq!(run(&dir, &["verify", "-q", "--snapshot"]).status.code(), Some(0));
    assert!(!dir.join(PENDING).exists(), "a stale .new is removed");

    // update writes the snapshot itself; a missing one is a difference for check and review.
    fs::remove_file(dir.join(SNAPSHOT)).unwrap();
    let missing = run(&dir, &["verify", "-q", "--snapshot=check"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(text(&missing.stderr).contains("is missing"), "{}", text(&missing.stderr));
    assert_eq!(run(&dir, &["verify", "-q", "--snapshot=update"]).status.code(), Some(0));
    assert_eq!(fs::read_to_string(dir.join(SNAPSHOT)).unwrap(), committed);

    // Snapshots are whole files: --tag would leave claims out.
    assert_eq!(run(&dir, &["verify", "--snapshot", "--tag", "approx"]).status.code(), Some(2));
    assert_eq!(run(&dir, &["accept", "no-such-folder"]).status.code(), Some(2));
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn config_sets_defaults_that_options_override() {
    let dir = seed_project("config");
    fs::create_dir_all(dir.join("more")).unwrap();
    fs::copy(root().join("tests/fixtures/failing/warning-only.yaml"), dir.join("more/warning-only.yaml")).unwrap();
    let warning_source = fs::read_to_string(dir.join("more/warning-only.yaml")).unwrap();
    let source_line = warning_source.lines().find(|l| l.starts_with("source:")).unwrap().to_string();
    fs::write(
        dir.join("more/warning-only.yaml"),
        warning_source.replace(&source_line, "source: ../seeds/ukraine-japan-pact.txt"),
    )
    .unwrap();
    fs::write(dir.join("factcheck.toml"), "claims = [\"more\"]\nformat = \"json\"\ndeny = [\"warnings\"]\njobs = 2\n")
        .unwrap();
    // From a subfolder: factcheck.toml is found upwards, its paths are relative to it.
    let sub = dir.join("seeds");
    let out = run(&sub, &["verify"]);
    assert_eq!(out.status.code(), Some(1), "deny warnings: {}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("format json");
    assert_eq!(report["claims"][0]["file"], "../more/warning-only.yaml");
    // The command line overrides: a path, a format.
    let out = run(&sub, &["verify", "--format", "human", "--color", "never", "../claims"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("pass "), "{}", text(&out.stdout));

    // A bad configuration is exit 2, with the place of the mistake.
    fs::write(dir.join("factcheck.toml"), "claims = [\"claims\"]\nformats = \"json\"\n").unwrap();
    let out = run(&dir, &["verify"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.starts_with("error: unknown field `formats`"), "{stderr}");
    assert!(stderr.contains("did you mean `format`?"), "{stderr}");
    assert!(stderr.contains("--> factcheck.toml:2:1\n"), "the place, with the line shown: {stderr}");
    assert!(stderr.contains("2 | formats = \"json\""), "{stderr}");
    fs::write(dir.join("factcheck.toml"), "format = \"yaml\"\n").unwrap();
    let stderr = text(&run(&sub, &["verify"]).stderr);
    assert!(stderr.starts_with("error: unknown format `yaml`"), "{stderr}");
    assert!(stderr.contains("--> ../factcheck.toml:1:10\n"), "{stderr}");

    // `root` narrows where sources may be.
    fs::write(dir.join("factcheck.toml"), "root = \"claims\"\n").unwrap();
    let out = run(&dir, &["verify"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("outside the project root"), "{}", text(&out.stderr));
    assert_eq!(run(&dir, &["verify", "--allow-outside-root", "-q"]).status.code(), Some(0));
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn init_creates_a_passing_project_and_overwrites_nothing() {
    let dir = temp_dir("init");
    let out = run(&dir, &["init"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    for name in ["factcheck.toml", "claims/example.yaml", "seeds/example.txt"] {
        assert!(stdout.contains(&format!("created {name}")), "{stdout}");
        assert!(dir.join(name).is_file());
    }
    let verify = run(&dir, &["verify", "--color", "never"]);
    assert_eq!(verify.status.code(), Some(0), "{}{}", text(&verify.stdout), text(&verify.stderr));
    assert!(text(&verify.stdout).contains("0 failed"), "{}", text(&verify.stdout));

    fs::write(dir.join("factcheck.toml"), "# mine\n").unwrap();
    fs::remove_file(dir.join("seeds/example.txt")).unwrap();
    let out = run(&dir, &["init"]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("left    factcheck.toml (it exists)"), "{stdout}");
    assert!(stdout.contains("left    claims/example.yaml (it exists)"), "{stdout}");
    assert!(stdout.contains("created seeds/example.txt"), "{stdout}");
    assert_eq!(fs::read_to_string(dir.join("factcheck.toml")).unwrap(), "# mine\n");
    let left: Vec<_> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(left.len(), 3, "no temporary file left: {left:?}");
    fs::remove_dir_all(&dir).unwrap();
}

/// A YAML file as JSON, through the same YAML parser as the loader's.
fn yaml_as_json(path: &Path) -> serde_json::Value {
    let text = fs::read_to_string(path).unwrap();
    serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            yaml_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            out.push(p);
        }
    }
}

#[test]
fn committed_schema_is_the_current_one() {
    let out = run(&root(), &["schema"]);
    assert_eq!(out.status.code(), Some(0));
    let committed = root().join("schema/claims.schema.json");
    if std::env::var_os("FACTCHECK_UPDATE_SCHEMA").is_some() {
        fs::write(&committed, &out.stdout).unwrap();
    }
    assert_eq!(
        text(&out.stdout),
        fs::read_to_string(&committed).unwrap_or_default(),
        "schema/claims.schema.json is stale: run `factcheck schema > schema/claims.schema.json` \
         (or the tests with FACTCHECK_UPDATE_SCHEMA=1)"
    );
}

#[test]
fn claim_files_validate_against_the_schema() {
    let schema: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(root().join("schema/claims.schema.json")).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let mut files = Vec::new();
    yaml_files(&root().join("claims"), &mut files);
    for entry in fs::read_dir(root().join("tests/fixtures")).unwrap() {
        let path = entry.unwrap().path();
        if path.file_name().is_some_and(|n| n.to_string_lossy().starts_with("news")) {
            yaml_files(&path, &mut files);
        }
    }
    let example = temp_dir("schema-example");
    assert_eq!(run(&example, &["init"]).status.code(), Some(0));
    files.push(example.join("claims/example.yaml"));
    assert!(files.len() > 10, "{files:?}");
    for file in &files {
        let doc = yaml_as_json(file);
        let errors: Vec<String> =
            validator.iter_errors(&doc).map(|e| format!("{e} at {}", e.instance_path())).collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", file.display());
    }
    // And it refuses what the loader refuses.
    let bad = [
        "claims: []",
        "source: a.txt\nclaims:\n  - id: a\n    claim: x = 1\n    quote: x\n",
        "source: a.txt\nclaims:\n  - id: a\n    claim: x = 1\n    severity: fatal\n",
        "source: a.txt\nclaims:\n  - id: a b\n    claim: x = 1\n",
        "source: a.txt\nclaims:\n  - id: a\n    subject: x\n",
        "source: a.txt\nclaims:\n  - id: a\n    claim: x = 1\n    value: 2\n",
        "source: a.txt\nclaims:\n  - id: a\n    claim: x = 1\n    colour: red\n",
        "sources: a.txt\nclaims:\n  - id: a\n    claim: x = 1\n",
        "source: a.txt\nas_of: May 2024\nclaims:\n  - id: a\n    claim: x = 1\n",
        "source: a.txt\nclaims:\n  - id: a\n    subject: x\n    op: is\n    value: 1\n",
    ];
    for yaml in bad {
        let doc: serde_json::Value = serde_saphyr::from_str(yaml).unwrap();
        assert!(!validator.is_valid(&doc), "should be refused:\n{yaml}");
    }
    fs::remove_dir_all(&example).unwrap();
}

#[test]
fn completions_and_manual_page() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = run(&root(), &["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let script = text(&out.stdout);
        for sub in ["verify", "check", "extract", "accept", "schema", "init", "completions", "man"] {
            assert!(script.contains(sub), "{shell} completions lack {sub}");
        }
        assert!(script.contains("--snapshot"), "{shell}");
    }
    let out = run(&root(), &["man"]);
    assert_eq!(out.status.code(), Some(0));
    let page = text(&out.stdout);
    assert!(page.starts_with(".ie") || page.contains(".TH factcheck"), "{}", &page[..200.min(page.len())]);
    for sub in ["verify", "check", "extract", "accept", "schema", "init", "completions"] {
        assert!(page.contains(&format!("factcheck\\-{sub}(1)")), "man page lacks {sub}");
    }
    // Every page the main page names is written by `man --dir`, each with its own options.
    let dir = temp_dir("man");
    let out = run(&root(), &["man", "--dir", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let named: Vec<&str> = page.split("factcheck\\-").skip(1).filter_map(|rest| rest.split("(1)").next()).collect();
    assert!(named.len() >= 8, "{named:?}");
    for sub in named.iter().filter(|s| **s != "help") {
        let sub_page =
            fs::read_to_string(dir.join(format!("factcheck-{sub}.1"))).unwrap_or_else(|_| panic!("no page for {sub}"));
        assert!(sub_page.contains(&format!(".TH factcheck-{sub} ")), "{sub}: {}", &sub_page[..200.min(sub_page.len())]);
    }
    let verify_page = fs::read_to_string(dir.join("factcheck-verify.1")).unwrap();
    assert!(verify_page.contains("snapshot"), "the verify page has verify's options");
    assert!(dir.join("factcheck.1").is_file());
    fs::remove_dir_all(&dir).unwrap();
    assert_eq!(run(&root(), &["completions", "tcsh"]).status.code(), Some(2));
}

/// The lines of the `run:` steps of a workflow that call factcheck.
fn factcheck_lines(workflow: &serde_json::Value) -> Vec<String> {
    let steps = workflow["jobs"]["factcheck"]["steps"].as_array().expect("steps");
    steps
        .iter()
        .filter_map(|s| s["run"].as_str())
        .flat_map(|r| r.lines().map(str::trim).map(String::from).collect::<Vec<_>>())
        .filter(|l| l.starts_with("factcheck ") || l.contains("factcheck.md"))
        .collect()
}

#[test]
fn ci_examples_run() {
    let workflow = yaml_as_json(&root().join("docs/ci/github-actions.yml"));
    let steps = workflow["jobs"]["factcheck"]["steps"].as_array().unwrap();
    let uses: Vec<&str> = steps.iter().filter_map(|s| s["uses"].as_str()).collect();
    assert!(uses.iter().any(|u| u.starts_with("actions/checkout@")), "{uses:?}");
    assert!(uses.iter().any(|u| u.starts_with("github/codeql-action/upload-sarif@")), "{uses:?}");
    let upload = steps.iter().find(|s| s["uses"].as_str().is_some_and(|u| u.contains("upload-sarif"))).unwrap();
    assert_eq!(upload["with"]["sarif_file"], "factcheck.sarif");
    let lines = factcheck_lines(&workflow);
    assert!(lines.iter().any(|l| l.contains("--format github") && l.contains("sarif=factcheck.sarif")), "{lines:?}");
    assert!(lines.iter().any(|l| l.contains("$GITHUB_STEP_SUMMARY")), "{lines:?}");

    let hooks = yaml_as_json(&root().join(".pre-commit-hooks.yaml"));
    let hook = &hooks.as_array().expect("a list of hooks")[0];
    assert_eq!(hook["id"], "factcheck");
    let entry = hook["entry"].as_str().unwrap().to_string();
    assert!(entry.starts_with("factcheck verify"), "{entry}");

    // Each command runs as the workflow and the hook run it, in a copy of the project, with the
    // binary on PATH.
    let dir = seed_project("ci");
    let bin = get_cargo_bin("factcheck");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_else(|_| "/usr/bin:/bin".into())
    );
    let summary = dir.join("summary.md");
    fs::write(&summary, "").unwrap();
    for line in lines.iter().chain([&entry]) {
        let out = Command::new("sh")
            .args(["-c", line])
            .current_dir(&dir)
            .env("PATH", &path)
            .env("GITHUB_STEP_SUMMARY", &summary)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{line}: {}{}", text(&out.stdout), text(&out.stderr));
    }
    for file in ["factcheck.sarif", "factcheck.xml", "factcheck.md"] {
        assert!(fs::metadata(dir.join(file)).map(|m| m.len() > 0).unwrap_or(false), "{file} written");
    }
    let sarif: serde_json::Value = serde_json::from_slice(&fs::read(dir.join("factcheck.sarif")).unwrap()).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    assert!(fs::read_to_string(&summary).unwrap().starts_with("## factcheck: all 26 claims passed"));
    fs::remove_dir_all(&dir).unwrap();
}

/// A starter file written with `extract --output` names its text from where it is saved, so it
/// verifies there as written; `--source-path` sets that path outright.
#[test]
fn starter_files_name_their_text_from_where_they_are_saved() {
    let dir = seed_project("starter-output");
    let out =
        run(&dir, &["extract", "--format", "yaml", "--output", "claims/starter.yaml", "seeds/ukraine-japan-pact.txt"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty(), "the listing went to the file");
    let starter = fs::read_to_string(dir.join("claims/starter.yaml")).unwrap();
    assert!(starter.contains("\nsource: \"../seeds/ukraine-japan-pact.txt\"\n"), "{starter}");
    let verified = run(&dir, &["verify", "--quiet", "claims/starter.yaml"]);
    assert_eq!(verified.status.code(), Some(0), "{}{}", text(&verified.stdout), text(&verified.stderr));

    let out = run(
        &dir,
        &["extract", "--format", "yaml", "--source-path", "../texts/pact.txt", "seeds/ukraine-japan-pact.txt"],
    );
    assert!(text(&out.stdout).contains("\nsource: \"../texts/pact.txt\"\n"), "{}", text(&out.stdout));
    fs::remove_dir_all(&dir).unwrap();
}
