//! factcheck run by CI on a pull request that anyone can open: everything in the checked tree
//! (claim files, sources, factcheck.toml, snapshots, symbolic links) is the attacker's. Each
//! test commits what such a pull request could and checks that no secret is read (a sentinel
//! value in `.git/config`, in a file outside the project and in the environment), that nothing
//! is written outside the project, and that the run ends with a clear exit 2 rather than a
//! hang. Set `FACTCHECK_TEST_BIN` to run these tests against another build of the binary.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// The secret every test tries to steal.
const SECRET: &str = "FCSECRET-7f3a9";

/// A scratch folder holding `repo/` (the project: a `.git/config` with the secret, a source
/// and a claim file) and `outside/` beside it (a file with the secret, and an empty folder to
/// catch writes).
struct Project {
    dir: PathBuf,
}

const ARTICLE: &str = "Japan's aid totals $12.1 billion, the ministry said on Tuesday.\n";
const CLAIMS: &str = "source: ../article.txt\nclaims:\n  - id: aid\n    claim: Japan aid = $12.1B\n";

impl Project {
    fn new(name: &str) -> Project {
        let dir = std::env::temp_dir().join(format!("factcheck-untrusted-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("repo/.git")).unwrap();
        fs::create_dir_all(dir.join("repo/claims")).unwrap();
        fs::create_dir_all(dir.join("outside/catch")).unwrap();
        fs::write(
            dir.join("repo/.git/config"),
            format!("[http \"https://github.com/\"]\n\textraheader = AUTHORIZATION: basic {SECRET}\n"),
        )
        .unwrap();
        fs::write(dir.join("repo/article.txt"), ARTICLE).unwrap();
        fs::write(dir.join("repo/claims/a.yaml"), CLAIMS).unwrap();
        fs::write(dir.join("outside/secret.yaml"), format!("claims: [\n  {SECRET}: {SECRET}\n")).unwrap();
        Project { dir }
    }

    fn repo(&self) -> PathBuf {
        self.dir.join("repo")
    }

    fn outside(&self) -> PathBuf {
        self.dir.join("outside")
    }

    fn write(&self, rel: &str, text: &str) {
        let path = self.repo().join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    #[cfg(unix)]
    fn link(&self, target: impl AsRef<Path>, rel: &str) {
        std::os::unix::fs::symlink(target, self.repo().join(rel)).unwrap();
    }

    /// Runs factcheck in the project with `args`, the secret in its environment.
    fn run(&self, args: &[&str]) -> Run {
        self.run_in(&self.repo(), args)
    }

    fn run_in(&self, cwd: &Path, args: &[&str]) -> Run {
        let mut cmd = factcheck();
        cmd.current_dir(cwd).args(args).env("FACTCHECK_TEST_SECRET", SECRET);
        run_within(&mut cmd, Duration::from_secs(60))
    }

    /// Every file under `outside/catch`: what a run wrote outside the project.
    fn caught(&self) -> Vec<PathBuf> {
        fs::read_dir(self.outside().join("catch")).unwrap().map(|e| e.unwrap().path()).collect()
    }
}

impl Drop for Project {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// The binary under test, with no setting inherited from the environment of the test run.
fn factcheck() -> Command {
    let bin = std::env::var_os("FACTCHECK_TEST_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| insta_cmd::get_cargo_bin("factcheck"));
    let mut cmd = Command::new(bin);
    cmd.env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE");
    for key in [
        "FACTCHECK_TRUST_CONFIG",
        "FACTCHECK_ROOT",
        "FACTCHECK_ALLOW_OUTSIDE_ROOT",
        "FACTCHECK_MAX_SOURCE_MB",
        "FACTCHECK_JOBS",
    ] {
        cmd.env_remove(key);
    }
    cmd
}

/// What a run did.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    /// Both streams, for messages.
    fn all(&self) -> String {
        format!("exit {:?}\n--- stdout\n{}\n--- stderr\n{}", self.code, self.stdout, self.stderr)
    }

    /// The run could not go on (exit 2), said why on standard error with `words`, and printed
    /// no report and no secret.
    fn refused(&self, words: &str) {
        assert_eq!(self.code, Some(2), "{}", self.all());
        assert!(self.stderr.contains(words), "expected `{words}`:\n{}", self.all());
        self.no_secret();
    }

    fn no_secret(&self) {
        assert!(!self.stdout.contains(SECRET) && !self.stderr.contains(SECRET), "the secret leaked:\n{}", self.all());
        assert!(!self.stderr.contains("panicked"), "{}", self.all());
    }
}

/// Runs `cmd` to its end, failing the test if it takes more than `limit`: a hang is a bug.
fn run_within(cmd: &mut Command, limit: Duration) -> Run {
    let out = common::run_within(cmd, limit);
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Row 1: a source in `.git/` (the checkout token) is refused, however it is reached.
#[test]
fn nothing_under_git_is_read() {
    let p = Project::new("git");
    p.write(
        "claims/a.yaml",
        "source: ../.git/config\nclaims:\n  - id: token\n    claim: extraheader AUTHORIZATION = 1\n  - id: q\n    quote: AUTHORIZATION\n",
    );
    p.run(&["verify", "--format", "json"]).refused("version-control folder");
    // Through a link inside the project, and with --allow-outside-root, still refused.
    #[cfg(unix)]
    {
        p.link(".git", "vcs");
        p.write("claims/a.yaml", "source: ../vcs/config\nclaims:\n  - id: q\n    quote: AUTHORIZATION\n");
        p.run(&["verify", "--allow-outside-root", "--format", "json"]).refused("version-control folder");
    }
    // A claim file inside `.git/` is not read either.
    p.write(".git/claims.yaml", CLAIMS);
    p.run(&["verify", ".git/claims.yaml"]).refused("version-control folder");
}

/// Row 2: factcheck.toml cannot widen the root (to read `/proc/self/environ`), nor raise the
/// limits, unless the run trusts it; each setting passed over is said with its place.
#[cfg(target_os = "linux")]
#[test]
fn factcheck_toml_only_narrows_without_trust() {
    let p = Project::new("toml");
    p.write("factcheck.toml", "root = \"/\"\nmax_source_mb = 512\njobs = 100000\n");
    p.write(
        "claims/a.yaml",
        "source: ../../../../../../../../proc/self/environ\nclaims:\n  - id: env\n    quote: FACTCHECK_TEST_SECRET\n",
    );
    let run = p.run(&["verify", "--format", "json"]);
    run.refused("outside the project root");
    for (line, key) in [(1, "root"), (2, "max_source_mb"), (3, "jobs")] {
        assert!(
            run.stderr.contains(&format!("factcheck.toml:{line}:"))
                && run.stderr.contains(&format!("`{key}` is not used")),
            "{}",
            run.all()
        );
    }
    // A limit beyond the hard ceiling is an error, trusted or not.
    p.write("factcheck.toml", "max_source_mb = 4096\n");
    p.run(&["verify", "--trust-config"]).refused("from 1 to 1024");
    // A root inside the project narrows, and is used.
    p.write("factcheck.toml", "root = \"claims\"\n");
    p.write("claims/a.yaml", CLAIMS);
    p.run(&["verify"]).refused("outside the project root");
    // Trusted (the flag, or the job's environment), the wider root is used.
    p.write("factcheck.toml", "root = \"..\"\n");
    fs::write(p.outside().join("article.txt"), ARTICLE).unwrap();
    p.write(
        "claims/a.yaml",
        "source: ../../outside/article.txt\nclaims:\n  - id: aid\n    claim: Japan aid = $12.1B\n",
    );
    assert_eq!(p.run(&["verify"]).code, Some(2));
    let trusted = p.run(&["verify", "--trust-config"]);
    assert_eq!(trusted.code, Some(0), "{}", trusted.all());
    let mut cmd = factcheck();
    cmd.current_dir(p.repo()).args(["verify"]).env("FACTCHECK_TRUST_CONFIG", "1");
    assert_eq!(run_within(&mut cmd, Duration::from_secs(60)).code, Some(0));
}

/// Row 2, the limits: an untrusted `max_source_mb` above the default leaves the default (64 MiB).
#[test]
fn an_untrusted_config_does_not_raise_the_source_limit() {
    let p = Project::new("limit");
    p.write("factcheck.toml", "max_source_mb = 128\n");
    let big = fs::File::create(p.repo().join("big.txt")).unwrap();
    big.set_len(65 << 20).unwrap();
    p.write("claims/a.yaml", "source: ../big.txt\nclaims:\n  - id: a\n    quote: x\n");
    let run = p.run(&["verify"]);
    run.refused("larger than the limit of 67108864 bytes");
    assert!(run.stderr.contains("`max_source_mb` is not used"), "{}", run.all());
}

/// Row 3: a claim file that is a link out of the project is refused, and nothing of the file it
/// points at is shown.
#[cfg(unix)]
#[test]
fn a_claim_file_linked_out_is_not_read() {
    let p = Project::new("claimlink");
    p.link(p.outside().join("secret.yaml"), "claims/c.yaml");
    let run = p.run(&["verify"]);
    run.refused("leads outside the project root");
    assert!(run.stderr.contains("claims/c.yaml"), "{}", run.all());
    assert!(!run.stderr.contains("outside/secret"), "the target is not shown:\n{}", run.all());
    p.run(&["verify", "claims/c.yaml"]).refused("leads outside the project root");
}

/// Row 4: a snapshot that is a link to the environment, to `/dev/zero`, or a FIFO, is neither
/// shown nor read without end.
#[cfg(target_os = "linux")]
#[test]
fn snapshots_are_read_only_as_regular_files_inside() {
    let p = Project::new("snaplink");
    assert_eq!(p.run(&["verify", "--snapshot=update"]).code, Some(0));
    for target in ["/proc/self/environ", "/dev/zero"] {
        fs::remove_file(p.repo().join("claims/a.report.md")).unwrap();
        p.link(target, "claims/a.report.md");
        p.run(&["verify", "--snapshot=check"]).refused("cannot read the snapshot");
    }
    fs::remove_file(p.repo().join("claims/a.report.md")).unwrap();
    let status = Command::new("mkfifo").arg(p.repo().join("claims/a.report.md")).status().unwrap();
    assert!(status.success());
    p.run(&["verify", "--snapshot=check"]).refused("not a regular file");
}

/// Row 5: folders that link back to themselves are searched once and said once; the run ends.
#[cfg(unix)]
#[test]
fn folder_loops_are_searched_once() {
    let p = Project::new("loop");
    p.link(".", "claims/a");
    p.link(".", "claims/b");
    let run = p.run(&["verify", "--color", "never"]);
    assert_eq!(run.code, Some(0), "{}", run.all());
    assert!(run.stdout.contains("1 claim:"), "the claim file is read once:\n{}", run.all());
    for link in ["claims/a", "claims/b"] {
        assert_eq!(run.stderr.matches(&format!("`{link}` is `claims` again")).count(), 1, "{}", run.all());
    }
}

/// Row 6: a claims folder that links out of the project is refused, and no snapshot is
/// written there.
#[cfg(unix)]
#[test]
fn no_snapshot_is_written_through_a_folder_link() {
    let p = Project::new("folderlink");
    fs::write(
        p.outside().join("catch/x.yaml"),
        format!("source: {:?}\nclaims:\n  - id: a\n    quote: Japan\n", p.repo().join("article.txt")),
    )
    .unwrap();
    p.link(p.outside().join("catch"), "claims/sub");
    p.run(&["verify", "--snapshot=update"]).refused("leads outside the project root");
    assert_eq!(p.caught(), [p.outside().join("catch/x.yaml")], "nothing written outside");
}

/// Row 7: `--output` into a folder that links out of the project is refused.
#[cfg(unix)]
#[test]
fn no_report_is_written_through_a_folder_link() {
    let p = Project::new("outlink");
    p.link(p.outside().join("catch"), "reports");
    p.run(&["verify", "--output", "junit=reports/x.xml"]).refused("leads outside the project root");
    assert!(p.caught().is_empty(), "{:?}", p.caught());
    // A link standing at the file's own name, leading out, is refused too.
    fs::create_dir_all(p.repo().join("out")).unwrap();
    p.link(p.outside().join("catch/r.xml"), "out/r.xml");
    p.run(&["verify", "--output", "junit=out/r.xml"]).refused("leads outside the project root");
    assert!(p.caught().is_empty(), "{:?}", p.caught());
    // A file the command line itself puts outside the project is the caller's choice.
    let target = p.outside().join("catch/ok.xml");
    assert_eq!(p.run(&["verify", "--output", &format!("junit={}", target.display())]).code, Some(0));
    assert!(target.is_file());
}

/// Row 8: `accept` never turns a snapshot into a link, and says when a `.new` is a folder.
#[cfg(unix)]
#[test]
fn accept_takes_only_regular_pending_files() {
    let p = Project::new("accept");
    p.link(p.outside().join("secret.yaml"), "claims/a.report.md.new");
    p.run(&["accept"]).refused("not accepted");
    assert!(!p.repo().join("claims/a.report.md").exists());
    fs::remove_file(p.repo().join("claims/a.report.md.new")).unwrap();
    p.write("claims/inner.txt", "x");
    p.link("inner.txt", "claims/a.report.md.new");
    p.run(&["accept"]).refused("symbolic link");
    assert!(!p.repo().join("claims/a.report.md").exists());
    fs::remove_file(p.repo().join("claims/a.report.md.new")).unwrap();
    fs::create_dir_all(p.repo().join("claims/a.report.md.new")).unwrap();
    p.run(&["accept"]).refused("is a folder");
}

/// Row 12: `check` and `extract` read only regular files, within the size limit.
#[cfg(target_os = "linux")]
#[test]
fn check_and_extract_read_bounded_regular_files() {
    let p = Project::new("devices");
    let big = fs::File::create(p.repo().join("big.txt")).unwrap();
    big.set_len(100 << 20).unwrap();
    let status = Command::new("mkfifo").arg(p.repo().join("fifo")).status().unwrap();
    assert!(status.success());
    p.write("summary.txt", "Japan's aid totals $12.1 billion.\n");
    for source in ["/dev/zero", "fifo", "big.txt"] {
        let why = if source == "big.txt" { "larger than the limit of 64 MiB" } else { "not a regular file" };
        p.run(&["check", "--source", source, "summary.txt"]).refused(why);
        p.run(&["check", "--source", "article.txt", source]).refused(why);
        p.run(&["extract", source]).refused(why);
    }
    p.run(&["extract", ".git/config"]).refused("version-control folder");
    p.run(&["check", "--source", ".git/config", "summary.txt"]).refused("version-control folder");
}

/// Row 13: `x.yaml` and `x.yml` side by side would share `x.report.md`: an error naming both.
#[test]
fn yaml_and_yml_of_one_name_are_an_error() {
    let p = Project::new("stems");
    p.write("claims/a.yml", CLAIMS);
    let run = p.run(&["verify"]);
    run.refused("would share one report snapshot");
    assert!(run.stderr.contains("claims/a.yaml") && run.stderr.contains("claims/a.yml"), "{}", run.all());
}

/// Two `--output` flags naming one file, however written, are an error, and nothing is written.
#[test]
fn two_outputs_to_one_file_are_an_error() {
    let p = Project::new("twice");
    p.run(&["verify", "--output", "json=r.json", "--output", "sarif=./r.json"]).refused("given to --output twice");
    p.run(&["verify", "--output", "json=r.json", "--output", "sarif=claims/../r.json"]).refused("twice");
    assert!(!p.repo().join("r.json").exists());
}

/// A temporary file left by a killed write is removed by the next write of that report.
#[test]
fn stale_temporary_files_are_cleaned() {
    let p = Project::new("stale");
    // No process has this id: the maximum is 2^22 on Linux.
    let stale = p.repo().join(".r.json.999999999.tmp");
    fs::write(&stale, "half a report").unwrap();
    assert_eq!(p.run(&["verify", "--output", "json=r.json"]).code, Some(0));
    assert!(p.repo().join("r.json").is_file());
    assert!(!stale.exists(), "the stale temporary file is gone");
}

/// Two `accept` runs at once both succeed: the one that finds a file already accepted says so.
#[test]
fn concurrent_accepts_both_succeed() {
    let p = Project::new("race");
    for round in 0..3 {
        for i in 0..300 {
            p.write(&format!("claims/f{i}.report.md.new"), &format!("round {round}\n"));
        }
        let spawn = || {
            let mut cmd = factcheck();
            cmd.current_dir(p.repo()).arg("accept").stdout(Stdio::piped()).stderr(Stdio::piped());
            cmd.spawn().unwrap()
        };
        let (a, b) = (spawn(), spawn());
        for child in [a, b] {
            let out = child.wait_with_output().unwrap();
            assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        }
        for i in 0..300 {
            assert_eq!(
                fs::read_to_string(p.repo().join(format!("claims/f{i}.report.md"))).unwrap(),
                format!("round {round}\n")
            );
        }
    }
}

/// The thread count is capped at the cores whatever is asked: a run asking for 100,000
/// threads ends normally.
#[test]
fn thread_requests_are_capped() {
    let p = Project::new("jobs");
    let run = p.run(&["verify", "--jobs", "100000"]);
    assert_eq!(run.code, Some(0), "{}", run.all());
}

/// `init` does not write through a folder that links out of the project.
#[cfg(unix)]
#[test]
fn init_writes_nothing_through_a_folder_link() {
    let p = Project::new("init");
    fs::remove_dir_all(p.repo().join("claims")).unwrap();
    p.link(p.outside().join("catch"), "claims");
    p.run(&["init"]).refused("leads outside the project root");
    assert!(p.caught().is_empty(), "{:?}", p.caught());
}

/// A factcheck.toml that is a link to the environment (or out of the project) is not read: its
/// parse errors would echo what it holds.
#[cfg(target_os = "linux")]
#[test]
fn a_linked_factcheck_toml_is_not_read() {
    let p = Project::new("tomllink");
    p.link("/proc/self/environ", "factcheck.toml");
    p.run(&["verify"]).refused("leads outside the project root");
    fs::remove_file(p.repo().join("factcheck.toml")).unwrap();
    p.link(p.outside().join("secret.yaml"), "factcheck.toml");
    p.run(&["verify"]).refused("leads outside the project root");
}

/// `check` takes its defaults from factcheck.toml (here the format), and its widening settings
/// only narrow, as for `verify`.
#[test]
fn check_reads_factcheck_toml() {
    let p = Project::new("checkconfig");
    p.write("factcheck.toml", "format = \"json\"\nmax_source_mb = 512\n");
    p.write("summary.txt", "Japan's aid totals $12.1 billion.\n");
    let run = p.run(&["check", "--source", "article.txt", "summary.txt"]);
    assert_eq!(run.code, Some(0), "{}", run.all());
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("the format of factcheck.toml");
    assert_eq!(report["summary"]["passed"], 1, "{}", run.all());
    assert!(run.stderr.contains("`max_source_mb` is not used"), "{}", run.all());
}

/// factcheck.toml cannot send the run to read claim files outside the project (their lines
/// would be shown in errors): such a `claims` entry is passed over, with a warning.
#[test]
fn factcheck_toml_claims_stay_in_the_project() {
    let p = Project::new("tomlclaims");
    fs::write(p.outside().join("x.yaml"), format!("{SECRET}: [\n")).unwrap();
    p.write("factcheck.toml", "claims = [\"../outside\", \"claims\"]\n");
    let run = p.run(&["verify", "--color", "never"]);
    run.no_secret();
    assert_eq!(run.code, Some(0), "{}", run.all());
    assert!(run.stderr.contains("factcheck.toml:1:10: `claims` is not used"), "{}", run.all());
}
