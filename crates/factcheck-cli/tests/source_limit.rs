//! The largest source read is configurable: `--max-source-mb`, else `max_source_mb` in
//! factcheck.toml, else 64 MiB. A larger source is an error naming the claim file's line.

use insta_cmd::get_cargo_bin;
use std::process::Command;

#[test]
fn sources_over_the_limit_are_refused() {
    let dir = std::env::temp_dir().join(format!("factcheck-source-limit-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    // Two MiB of text that does not end a sentence.
    let big = "Japan's aid totals $12.1 billion and more ".repeat(50_000);
    std::fs::write(dir.join("big.txt"), &big).unwrap();
    std::fs::write(dir.join("claims.yaml"), "source: big.txt\nclaims:\n  - id: a\n    claim: Japan aid = $12.1B\n")
        .unwrap();
    let run = |config: &str, args: &[&str]| {
        std::fs::write(dir.join("factcheck.toml"), config).unwrap();
        Command::new(get_cargo_bin("factcheck"))
            .current_dir(&dir)
            .args(["verify", "-q"])
            .args(args)
            .arg("claims.yaml")
            .output()
            .unwrap()
    };
    assert_eq!(run("", &[]).status.code(), Some(0), "2 MiB is under the default");
    let refused = run("max_source_mb = 1\n", &[]);
    assert_eq!(refused.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("claims.yaml:1:9") && stderr.contains("larger than the limit of 1048576 bytes"),
        "{stderr}"
    );
    assert_eq!(run("max_source_mb = 1\n", &["--max-source-mb", "3"]).status.code(), Some(0), "the command line wins");
    assert_eq!(run("", &["--max-source-mb", "1"]).status.code(), Some(2));
    let bad = run("max_source_mb = 0\n", &[]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("factcheck.toml:1:"),
        "{}",
        String::from_utf8_lossy(&bad.stderr)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
