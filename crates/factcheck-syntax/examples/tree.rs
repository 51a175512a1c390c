//! Prints the tree of each line of standard input: `echo "Revenue rose 12%." | cargo run
//! --release -p factcheck-syntax --example tree`.

use std::io::BufRead;

fn main() {
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let tree = factcheck_syntax::analyse(&line);
        for (i, w) in tree.words.iter().enumerate() {
            let head = w.head.map_or("root".to_string(), |h| format!("{h} {}", &line[tree.words[h].span.clone()]));
            println!("{i}\t{}\t{}\t{}\t{head}", &line[w.span.clone()], w.upos, w.deprel);
        }
        println!();
    }
}
