#!/usr/bin/env bash
# Stories benchmark (`make bench-stories`, or `make bench-stories BACKEND=postgres`).
#
# Starts the release `chorus serve` on a synthetic community with STORIES customer stories (50,000 by default, in
# every status and consent, about 2% featured; generated once with `chorus seed --synthetic --stories` and kept
# under ~/.cache/chorus/bench) and loads the public story outputs over HTTP: the wall, the wall filtered by
# product and rating, a deep wall page, a story's page, the embed and the JSON API. wrk at saturation (req/s,
# p50/p99), then hey at a fixed RATE (p50/p99). Prints a Markdown table.
set -euo pipefail

BACKEND="${BACKEND:-sqlite}"
USERS="${USERS:-20000}"; TOPICS="${TOPICS:-1000}"; POSTS="${POSTS:-2000}"; STORIES="${STORIES:-50000}"
DURATION="${DURATION:-15}"
CONNECTIONS="${CONNECTIONS:-32}"
RATE="${RATE:-300}"
BIN="${BIN:-${CARGO_TARGET_DIR:-target}/server-release/chorus}"
SITE="${SITE:-${CARGO_TARGET_DIR:-target}/site}"
DATA_DIR="${DATA_DIR:-$HOME/.cache/chorus/bench}"
PG_URL="${PG_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
PORT=3303

[ -x "$BIN" ] || { echo "no release binary at $BIN: run make build-release first" >&2; exit 1; }
for tool in wrk hey sqlite3 curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y wrk hey sqlite3 curl" >&2; exit 1; }
done
mkdir -p "$DATA_DIR"

name="stories_${USERS}_${STORIES}"
if [ "$BACKEND" = sqlite ]; then
  url="sqlite://$DATA_DIR/$name.db"
  sql() { sqlite3 "$DATA_DIR/$name.db" "$1"; }
  fresh() { [ ! -s "$DATA_DIR/$name.db" ]; }
  reset() { rm -f "$DATA_DIR/$name.db"*; }
else
  url="${PG_URL%/*}/chorus_bench_stories_${STORIES}"
  sql() { psql "$url" -qAt -c "$1"; }
  fresh() { ! psql "$url" -qAt -c "SELECT 1 FROM stories LIMIT 1" 2>/dev/null | grep -q 1; }
  reset() { psql "$PG_URL" -q -c "DROP DATABASE IF EXISTS chorus_bench_stories_${STORIES}" -c "CREATE DATABASE chorus_bench_stories_${STORIES}"; }
fi

if fresh; then
  echo "== generating the dataset ($BACKEND): $USERS members, $STORIES stories"
  reset
  start=$(date +%s)
  "$BIN" --database-url "$url" seed --synthetic --users "$USERS" --topics "$TOPICS" --posts "$POSTS" --stories "$STORIES"
  echo "generated in $(( $(date +%s) - start )) s"
fi

pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT
"$BIN" --log-format json --database-url "$url" serve --addr "127.0.0.1:$PORT" --site-root "$SITE" \
  >/tmp/chorus-bench-stories.log 2>&1 &
pid=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done

public="status = 'approved' AND consent <> 'internal'"
story=$(sql "SELECT id || '/' || slug FROM stories WHERE $public ORDER BY id LIMIT 1")
total=$(sql "SELECT COUNT(*) FROM stories WHERE $public")
deep=$(( total / 12 / 2 ))
declare -A urls=(
  [wall]="http://127.0.0.1:$PORT/stories"
  [filtered]="http://127.0.0.1:$PORT/stories?product=analytics&rating=4"
  [deep]="http://127.0.0.1:$PORT/stories?page=$deep"
  [story]="http://127.0.0.1:$PORT/stories/$story"
  [embed]="http://127.0.0.1:$PORT/embed/testimonials?limit=6"
  [json]="http://127.0.0.1:$PORT/api/v1/testimonials?limit=20"
)
order=(wall filtered deep story embed json)
for k in "${order[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "${urls[$k]}")
  [ "$code" = 200 ] || { echo "$k answered $code at ${urls[$k]}" >&2; exit 1; }
done

ms() { # wrk latency ("1.23ms", "850.00us", "1.02s") to milliseconds
  awk -v v="$1" 'BEGIN { n=v+0; if (v ~ /us$/) n/=1000; else if (v ~ /ms$/) n=n; else if (v ~ /s$/) n*=1000; printf "%.2f", n }'
}

declare -A rps p50 p99 r50 r99 ok
for k in "${order[@]}"; do
  echo "== $k: wrk -t2 -c$CONNECTIONS -d${DURATION}s ${urls[$k]}" >&2
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "${urls[$k]}")
  rps[$k]=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")
  p50[$k]=$(ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  p99[$k]=$(ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  if grep -q "Non-2xx" <<<"$out"; then echo "$k: some answers were not 2xx:" >&2; grep "Non-2xx" <<<"$out" >&2; fi
  echo "== $k: hey at $RATE req/s for ${DURATION}s" >&2
  out=$(hey -z "${DURATION}s" -c 10 -q $(( RATE / 10 )) "${urls[$k]}")
  r50[$k]=$(awk '/50% in/ { printf "%.2f", $3 * 1000 }' <<<"$out")
  r99[$k]=$(awk '/99% in/ { printf "%.2f", $3 * 1000 }' <<<"$out")
  ok[$k]=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")
done

echo
echo "Backend: $BACKEND · dataset: $STORIES stories ($total public), $USERS members · $(nproc) cores · $(date -u +%Y-%m-%d)"
echo
echo "| target | saturation req/s | p50 ms | p99 ms | fixed rate req/s (achieved) | p50 ms | p99 ms |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for k in "${order[@]}"; do
  echo "| $k | ${rps[$k]} | ${p50[$k]} | ${p99[$k]} | $RATE (${ok[$k]}) | ${r50[$k]} | ${r99[$k]} |"
done
echo
echo "targets: wall /stories · filtered ?product=analytics&rating=4 · deep ?page=$deep · story /stories/$story · embed limit=6 · json limit=20"
