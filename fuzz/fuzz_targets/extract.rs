//! Any text: the analysis never panics, and every mention and sentence lies on character
//! boundaries, in order.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let doc = factcheck_engine::document::Document::analyse("fuzz.txt", text);
    // Values read sentence by sentence, in reverse (blocks read out of order), lie inside their
    // sentence; then the whole document's, in order.
    for sid in (0..doc.sentences.len()).rev() {
        let range = doc.sentence(sid).range;
        assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
        for m in doc.mentions_in(sid) {
            assert!(m.start >= range.start && m.end <= range.end);
        }
    }
    let mut last = 0;
    for m in doc.mentions() {
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end) && m.start >= last && m.start < m.end);
        last = m.end;
    }
});
