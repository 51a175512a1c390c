fn main() {
    for w in std::env::args().skip(1) {
        println!("{w}: ant {:?} | syn {:?} | der {:?} | eq {:?}", factcheck_lexicon::antonyms(&w), factcheck_lexicon::synonyms(&w), factcheck_lexicon::derivations(&w), factcheck_lexicon::equivalents(&w));
    }
}
