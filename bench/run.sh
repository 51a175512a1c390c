#!/usr/bin/env bash
# Whole-process benchmark of `factcheck verify` against the floor of reading the same text:
# ripgrep searching the sources for every claim's subject words (`rg -c -F -f subjects.txt`).
#
#   bench/run.sh [--large] [--from DIR]
#
# Generates the corpora (cargo xtask corpus; into target/bench/, never committed): `small` at
# 1x, 2x and 4x its size for scaling, `article` (one document, 50 claims) for the time of a
# single run, and `large` (~1 GB, ~1M claims) with --large. For each corpus it
# reports wall time (hyperfine's median where hyperfine is installed, else the median of three
# runs), CPU time, peak RSS, MB/s of source text, claims per second and the ratio factcheck /
# ripgrep, and rewrites the "Scale" section of benchmarks.md. Needs ripgrep (Debian: ripgrep)
# for the ratio; hyperfine (Debian: hyperfine) is optional.
set -euo pipefail
cd "$(dirname "$0")/.."
LARGE=0
FROM=""
while [ $# -gt 0 ]; do
  case "$1" in
    --large) LARGE=1 ;;
    --from) FROM="--from $2"; shift ;;
    *) echo "usage: bench/run.sh [--large] [--from DIR]" >&2; exit 2 ;;
  esac
  shift
done

cargo build --release -q -p factcheck-cli -p xtask
FACTCHECK="$PWD/target/release/factcheck"
have() { command -v "$1" > /dev/null 2>&1; }
have rg || echo "ripgrep (rg) is not installed: no ratio to the floor (apt-get install ripgrep)" >&2

# Median wall seconds of a command run in $1. hyperfine runs it without a shell (-N) and
# ignores its exit code (-i): a claim that fails is a finding of the run, not a failed timing.
median_wall() {
  local dir=$1; shift
  if have hyperfine; then
    (cd "$dir" && hyperfine -N -i --warmup 1 --runs 5 --export-json /tmp/factcheck-bench.json "$*" > /dev/null 2>&1)
    python3 -c 'import json;print("%.3f" % json.load(open("/tmp/factcheck-bench.json"))["results"][0]["median"])'
  else
    local times=()
    for _ in 1 2 3; do
      times+=("$( { cd "$dir" && { /usr/bin/time -f "%e" "$@" > /dev/null 2>/dev/null || true; }; } 2>&1 | tail -1 )")
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 2p
  fi
}

# "cpu_seconds peak_rss_kb" of one run in $1 (whatever its exit code).
usage_of() {
  local dir=$1; shift
  (cd "$dir" && { /usr/bin/time -f "%U %S %M" "$@" 2>&1 > /dev/null || true; } | tail -1) | awk '{printf "%.2f %d\n", $1 + $2, $3}'
}

ROWS=""
declare -A WALL
row() {
  local name=$1 dir=$2
  local bytes claims
  bytes=$(du -sb "$dir/sources" | cut -f1)
  claims=$(grep -c '^  - id:' -r "$dir/claims" | awk -F: '{s += $2} END {print s}')
  local fc_wall fc_use rg_wall="" ratio="n/a"
  fc_wall=$(median_wall "$dir" "$FACTCHECK" verify -q claims)
  WALL[$name]=$fc_wall
  fc_use=$(usage_of "$dir" "$FACTCHECK" verify -q claims)
  if have rg; then
    rg_wall=$(median_wall "$dir" rg -c -F -f subjects.txt sources)
    ratio=$(python3 -c "print('%.1f' % ($fc_wall / max($rg_wall, 0.001)))")
  fi
  local mbs cps
  mbs=$(python3 -c "print('%.1f' % ($bytes / 1e6 / $fc_wall))")
  cps=$(python3 -c "print('%.0f' % ($claims / $fc_wall))")
  ROWS+="| $name | $(python3 -c "print('%.1f' % ($bytes / 1e6))") MB | $claims | $fc_wall s | ${fc_use% *} s | $(( ${fc_use#* } / 1024 )) MB | $mbs MB/s | $cps | ${rg_wall:-n/a} s | $ratio |"$'\n'
  echo "$name: factcheck ${fc_wall}s, ripgrep ${rg_wall:-n/a}s, ratio $ratio, peak RSS $(( ${fc_use#* } / 1024 )) MB" >&2
}

for scale in 1 2 4; do
  dir="target/bench/small-${scale}x"
  [ -f "$dir/subjects.txt" ] || cargo xtask corpus --size small --scale "$scale" $FROM --out "$dir" > /dev/null
  row "small ${scale}x" "$dir"
done
GROWTH=$(python3 -c "w = {1: ${WALL[small 1x]}, 2: ${WALL[small 2x]}, 4: ${WALL[small 4x]}}; print('2x the text: %.2fx the time; 4x the text: %.2fx the time' % (w[2] / w[1], w[4] / w[1]))")
echo "scaling: $GROWTH" >&2

dir="target/bench/article"
[ -f "$dir/subjects.txt" ] || cargo xtask corpus --size article $FROM --out "$dir" > /dev/null
ARTICLE_CLAIMS=$(grep -c '^  - id:' "$dir"/claims/*.yaml)
ARTICLE_MS=$(python3 -c "print('%.1f' % (1000 * $(median_wall "$dir" "$FACTCHECK" verify -q claims)))")
echo "article: $ARTICLE_CLAIMS claims in ${ARTICLE_MS} ms" >&2

if [ "$LARGE" = 1 ]; then
  dir="target/bench/large"
  [ -f "$dir/subjects.txt" ] || cargo xtask corpus --size large $FROM --out "$dir" > /dev/null
  row "large" "$dir"
fi

SECTION="<!-- scale:begin -->
## Scale: \`factcheck verify\` against ripgrep

Produced by \`bench/run.sh$( [ "$LARGE" = 1 ] && echo " --large" )\` on a machine with $(nproc) cores: generated corpora of
real news paragraphs with true, altered (\`contradicted\`) and \`not_found\` claims; ripgrep counts
every claim's subject words in the same sources (\`rg -c -F -f subjects.txt sources\`), the floor of
reading the text and finding the subjects. Wall time is a median; CPU time and peak RSS are one run's.

| corpus | text | claims | factcheck wall | CPU | peak RSS | text rate | claims/s | ripgrep wall | factcheck / ripgrep |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${ROWS}
Time as the corpus grows (\`small\` at 1x, 2x, 4x): ${GROWTH}.

One article of about 20 KB with ${ARTICLE_CLAIMS} claims (\`target/bench/article\`), verified as a whole process: ${ARTICLE_MS} ms (median).
<!-- scale:end -->"
python3 - "$SECTION" <<'PY'
import re, sys, pathlib
path = pathlib.Path("benchmarks.md")
text = path.read_text() if path.exists() else "# Benchmarks\n"
section = sys.argv[1]
if "<!-- scale:begin -->" in text:
    text = re.sub(r"<!-- scale:begin -->.*?<!-- scale:end -->", lambda m: section, text, flags=re.S)
else:
    text = text.rstrip("\n") + "\n\n" + section + "\n"
path.write_text(text)
PY
echo "wrote the Scale section of benchmarks.md" >&2
