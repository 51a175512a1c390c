//! `extract --format yaml` on a text with no figure or date still writes a claim file that
//! loads and passes: its opening words, as a quote.

use insta_cmd::get_cargo_bin;
use std::process::Command;

#[test]
fn a_text_without_facts_gives_a_valid_starter_file() {
    let dir = std::env::temp_dir().join(format!("factcheck-no-facts-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("factcheck.toml"), "").unwrap();
    std::fs::write(dir.join("essay.txt"), "On gardens\n\nA garden is a quiet place to think about the weather.\n")
        .unwrap();
    let out = Command::new(get_cargo_bin("factcheck"))
        .current_dir(&dir)
        .args(["extract", "--format", "yaml", "essay.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let yaml = String::from_utf8(out.stdout).unwrap();
    assert!(yaml.contains("quote: \"On gardens\""), "{yaml}");
    std::fs::write(dir.join("essay.yaml"), &yaml).unwrap();
    let verified = Command::new(get_cargo_bin("factcheck"))
        .current_dir(&dir)
        .args(["verify", "-q", "essay.yaml"])
        .output()
        .unwrap();
    assert_eq!(verified.status.code(), Some(0), "{}", String::from_utf8_lossy(&verified.stderr));
    std::fs::remove_dir_all(&dir).unwrap();
}
