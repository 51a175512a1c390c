#!/usr/bin/env python3
"""Rewrites tests/fixtures/known-failures.txt from the fixtures' verdicts (run from the
repository root after `cargo build --release`): each failing claim with the kind of failure,
read from the engine's explanation. Read the diff: a line that appears is a regression."""
import json, subprocess, os, sys
folders = ["news","news2","news3","news4","news5","news6","bbc1","news7","bbc2","news8","bbc3","news9","bbc4","news10","bbc5","news11","bbc6","bbc7","bbc8","bbc9","bbc10","bbc11","bbc12","bbc13","bbc14","bbc15","bbc16","bbc17","bbc18","acme","qualifiers"]
def why(c):
    v, e, x = c["verdict"], c["expect"], c["explanation"]
    if v == "not_found":
        if "holds enough of" in x or "mentions `" in x and x.startswith("no sentence"):
            return "not found: the source words the subject differently or names it elsewhere"
        if "hold only part of it" in x:
            return "not found: the best sentence holds only part of the subject, too little to contradict"
        if "but states no" in x:
            return "not found: the sentence is found, but its value is not tied to the subject (a name, a list, a notation, or the figure stands elsewhere)"
        if "can be compared with" in x:
            return "not found: a statement's figure stands apart from its words in the source"
        if x.startswith("no sentence of") and "names `" in x:
            return "not found: a name of the claim is not in the source as written"
        return "not found: " + x.split(";")[0][:80]
    if v == "supported":
        return "supported: a wrong detail the matcher does not see (a verb, a place, a count)"
    if v == "contradicted":
        return "contradicted: a figure of another thing is tied to the subject" if e != "not_found" else "contradicted: a figure of a neighbouring thing is tied to a subject the source gives none for"
    return "conflicting: sentences give different figures for the subject, and the right one does not win"
out = ["# Claims of the fixtures that fail today, each with why (the kind of failure, read from the",
       "# engine's explanation; `python3 bench/known_failures.py` rewrites it). The engine's test",
       "# crates/factcheck-engine/tests/golden.rs fails when a claim fails that",
       "# is not listed here, or passes while listed. Regenerate after a matcher change that fixes or",
       "# breaks claims, and read the diff: every line that appears is a regression.",
       "# Format: folder/file#id  verdict, expected EXPECT: why"]
for f in folders:
    r = json.loads(subprocess.run(["target/release/factcheck","verify","--format","json","tests/fixtures/"+f],capture_output=True,text=True).stdout)
    for c in r["claims"]:
        if c["outcome"] != "pass":
            out.append(f"{f}/{os.path.basename(c['file'])}#{c['id']}  {c['verdict']}, expected {c['expect']}: {why(c)}")
open("tests/fixtures/known-failures.txt","w").write("\n".join(out)+"\n")
print(len(out)-5)
