//! Prints the tagger's and the parser's reading of each sentence given on the command line, one
//! word a line in CoNLL-U's columns (index, form, UPOS, head, relation): for looking at what the
//! matcher reads (`cargo run --release -p factcheck-syntax --example parse -- "Sales rose 5%."`).

fn main() {
    for sentence in std::env::args().skip(1) {
        let tree = factcheck_syntax::analyse(&sentence);
        for (i, w) in tree.words.iter().enumerate() {
            let head = w.head.map_or(0, |h| h + 1);
            println!("{}\t{}\t{}\t{}\t{}", i + 1, &sentence[w.span.clone()], w.upos, head, w.deprel);
        }
        println!();
    }
}
