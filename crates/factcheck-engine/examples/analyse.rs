//! Analyses every text named on the command line once: a fixed workload for profilers
//! (`valgrind --tool=callgrind target/release/examples/analyse FILE...`).

fn main() {
    let mut mentions = 0;
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        mentions += factcheck_engine::document::Document::analyse(path, text).mentions().count();
    }
    println!("{mentions} mentions");
}
