#!/usr/bin/env bash
# Memory and time of `factcheck verify` on hostile sources, the text a pull request anyone can
# open could bring to CI: 5 million one-line sentences (50 MB) and one 60 MB line.
#
#   bench/hostile.sh [--before BIN]
#
# Builds release, generates the inputs into target/bench/hostile (cargo xtask hostile; never
# committed), and measures each claim file from that folder (its own project root): peak RSS
# and wall time of one run with /usr/bin/time -v, and the wall time's median (hyperfine's where
# hyperfine is installed, else the median of three runs). Then rewrites the "Hostile sources"
# section of benchmarks.md. The "before" figures are those measured on the code before the
# bounds (commit 26c3348); --before BIN measures them again with that build of factcheck
# (the 1,000-claim file then takes hours: it is skipped, and its recorded estimate kept).
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE_BIN=""
while [ $# -gt 0 ]; do
  case "$1" in
    --before) BEFORE_BIN=$(realpath "$2"); shift ;;
    *) echo "usage: bench/hostile.sh [--before BIN]" >&2; exit 2 ;;
  esac
  shift
done

cargo build --release -q -p factcheck-cli -p xtask
TARGET=$(realpath "${CARGO_TARGET_DIR:-target}")
FACTCHECK="$TARGET/release/factcheck"
DIR=target/bench/hostile
[ -f "$DIR/claims-1000.yaml" ] || "$TARGET/release/xtask" hostile --out "$DIR" > /dev/null
have() { command -v "$1" > /dev/null 2>&1; }

# "peak_rss_kb wall_seconds" of one run of `$1 verify -q $2` in $DIR (whatever its exit code:
# a claim that fails is a finding, not a failed measurement).
usage_of() {
  (cd "$DIR" && { /usr/bin/time -f "%M %e" "$1" verify -q "$2" 2>&1 > /dev/null || true; } | tail -1)
}

# Median wall seconds of `$1 verify -q $2` in $DIR.
median_wall() {
  if have hyperfine; then
    (cd "$DIR" && hyperfine -N -i --warmup 1 --runs 3 --export-json /tmp/factcheck-hostile.json \
      "$1 verify -q $2" > /dev/null 2>&1)
    python3 -c 'import json;print("%.2f" % json.load(open("/tmp/factcheck-hostile.json"))["results"][0]["median"])'
  else
    local times=()
    for _ in 1 2 3; do
      times+=("$(usage_of "$1" "$2" | cut -d' ' -f2)")
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 2p
  fi
}

# The verdict counts of a run, from its summary line.
verdicts_of() {
  (cd "$DIR" && { "$1" verify -q "$2" 2> /dev/null || true; } | grep -o '[0-9]* supported.*not_found' | tail -1)
}

# Recorded before figures (commit 26c3348, this machine): "peak_rss_kb wall_seconds".
declare -A BEFORE=(
  [claims-3.yaml]="7570256 37.54"
  [claims-3-one-line.yaml]="4232460 18.19"
  # 20 of the 1,000 claims took 192.4 s and 8,234,628 KB: the 1,000 at that rate, ~2.7 h.
  [claims-1000.yaml]="8234628 9620"
)

ROWS=""
for claims in claims-3.yaml claims-3-one-line.yaml claims-1000.yaml; do
  source=$(sed -n 's/^source: //p' "$DIR/$claims")
  bytes=$(stat -c %s "$DIR/$source")
  count=$(grep -c '^  - id:' "$DIR/$claims")
  before=${BEFORE[$claims]}
  if [ -n "$BEFORE_BIN" ] && [ "$claims" != claims-1000.yaml ]; then
    before=$(usage_of "$BEFORE_BIN" "$claims")
  fi
  read -r rss_kb _ <<< "$(usage_of "$FACTCHECK" "$claims")"
  wall=$(median_wall "$FACTCHECK" "$claims")
  read -r before_kb before_wall <<< "$before"
  verdicts=$(verdicts_of "$FACTCHECK" "$claims")
  mb() { python3 -c "print('%.0f' % ($1 * 1024 / 1e6))"; }
  ratio=$(python3 -c "print('%.1f' % ($rss_kb * 1024 / $bytes))")
  before_ratio=$(python3 -c "print('%.0f' % ($before_kb * 1024 / $bytes))")
  shown_before_wall="$before_wall s"
  shown_before_rss="$(mb "$before_kb") MB ($before_ratio×)"
  if [ "$claims" = claims-1000.yaml ]; then
    shown_before_wall="~9,600 s (est.)"
    shown_before_rss="$shown_before_rss with 20 of the claims"
  fi
  ROWS+="| \`$claims\` | $(python3 -c "print('%.0f' % ($bytes / 1e6))") MB | $count | $shown_before_rss | $(mb "$rss_kb") MB (${ratio}×) | $shown_before_wall | $wall s | $verdicts |"$'\n'
  echo "$claims: peak RSS $(mb "$rss_kb") MB (${ratio}x the source), wall ${wall}s; $verdicts" >&2
done

SECTION="<!-- hostile:begin -->
## Hostile sources: memory and time bounds

Produced by \`bench/hostile.sh\` on a machine with $(nproc) cores: \`factcheck verify -q\` on the inputs of
\`cargo xtask hostile\` (\`target/bench/hostile\`): \`many-sentences.txt\`, 5 million lines \`Al won 1.\` to
\`Al won 9.\` (50 MB), and \`one-line.txt\`, one sentence of 6 million clauses \`Al won 7, \` on one line
(60 MB). \`claims-3*.yaml\` hold a compare claim, a statement and a quote that is not in the source
(the whole text folded and searched); \`claims-1000.yaml\` holds 1,000 claims (900 compare claims,
100 statements) whose subject \`Al won\` stands in every sentence. Peak RSS is one run's
(\`/usr/bin/time\`), with its ratio to the source's size; wall time is a median of three runs after
(one run before). Before: the code before the bounds (commit 26c3348); its 1,000-claim time is
estimated from the first 20 of the claims (192 s, whose verdicts are the same after).

| claim file | source | claims | peak RSS before | peak RSS after | wall before | wall after | verdicts after |
|---|---:|---:|---:|---:|---:|---:|---|
${ROWS}
What bounds them: a document keeps five bytes a token (start, length, the number of its distinct
normalised text), a sentence as its first token, values read for at most as many bytes as its
text, and the text folded for quotes with one bit a byte; a sentence has at most 2,048 tokens; a
claim looks at most at the 1,000 sentences of a source that share the most words with its subject
(\`MAX_CANDIDATES\`), and its explanation says so when a source has more. The verdicts are those
of before on every file measured before; every claim passes its expected verdict after.
<!-- hostile:end -->"
python3 - "$SECTION" <<'PY'
import re, sys, pathlib
path = pathlib.Path("benchmarks.md")
text = path.read_text() if path.exists() else "# Benchmarks\n"
section = sys.argv[1]
if "<!-- hostile:begin -->" in text:
    text = re.sub(r"<!-- hostile:begin -->.*?<!-- hostile:end -->", lambda m: section, text, flags=re.S)
else:
    text = text.rstrip("\n") + "\n\n" + section + "\n"
path.write_text(text)
PY
echo "wrote the Hostile sources section of benchmarks.md" >&2
