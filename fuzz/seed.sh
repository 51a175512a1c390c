#!/usr/bin/env bash
# Seeds the fuzz corpora from the project's fixtures (and ../shared/corpus/news when present).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/loader corpus/literal corpus/extract corpus/statement
i=0
for f in ../claims/*.yaml ../tests/fixtures/*/*.yaml; do cp "$f" "corpus/loader/seed$i.yaml"; i=$((i+1)); done
i=0
grep -v '^#' ../crates/factcheck-text/tests/regressions.txt | sed 's/ => .*//' | while IFS= read -r line; do
  printf '%s' "$line" > "corpus/literal/r$i"; printf '%s' "$line" > "corpus/extract/r$i"; i=$((i+1))
done
i=0
for f in ../seeds/*.txt ../tests/fixtures/news*/articles/*.txt ../../shared/corpus/news/*.txt; do
  [ -f "$f" ] || continue
  head -c 4000 "$f" > "corpus/extract/a$i.txt"
  { head -c 3000 "$f"; printf '\0'; head -3 ../tests/fixtures/check/seed-summary.txt; } > "corpus/statement/s$i"
  i=$((i+1))
done
