#!/usr/bin/env python3
"""summaries.py BIN DIR [-v]: runs `factcheck check` on each summary of a summary batch and
scores it against labels.yaml: true sentences passed, wrong/unsupported flagged, and how often
`contradicted` is right."""
import json, subprocess, sys, yaml, os, collections
binary, d = sys.argv[1], sys.argv[2]
verbose = "-v" in sys.argv
labels = yaml.safe_load(open(os.path.join(d, "labels.yaml")))
by_summary = collections.defaultdict(list)
for l in labels:
    lab = l["label"]; lab = "true" if lab is True else str(lab)
    by_summary[(l["summary"], l["article"])].append((l["line"], lab, l["sentence"], l.get("note", "")))
counts = collections.Counter(); contra = [0, 0]
for (summ, art), items in sorted(by_summary.items()):
    out = subprocess.run([binary, "check", "--format", "json", "--source", art, summ], cwd=d, capture_output=True, text=True)
    r = json.loads(out.stdout)
    verdicts = {c["line"]: (c["verdict"], c.get("explanation") or "") for c in r["claims"]}
    for line, lab, sent, note in items:
        v, why = verdicts.get(line, ("skipped", ""))
        ok = (v == "supported") if lab == "true" else (v != "supported")
        counts[(lab, ok)] += 1
        if v in ("contradicted", "conflicting"):
            contra[0] += lab == "wrong"; contra[1] += 1
        if verbose and not ok:
            print(f"--- {summ}:{line} label {lab} got {v}\n  {sent}\n  why: {why[:300]}\n  note: {note[:300]}")
for lab in ("true", "wrong", "unsupported"):
    good, total = counts[(lab, True)], counts[(lab, True)] + counts[(lab, False)]
    what = "passed" if lab == "true" else "flagged"
    print(f"{lab:12} {what} {good}/{total} {100*good/max(1,total):.1f}%")
print(f"contradicted right {contra[0]}/{contra[1]} {100*contra[0]/max(1,contra[1]):.1f}%")
