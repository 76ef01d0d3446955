#!/usr/bin/env bash
# Forum benchmark (`make bench`, or `make bench BACKEND=postgres`).
#
# Starts the release `chorus serve` on a synthetic community (100,000 members, 50,000 topics, 1,000,000 posts by
# default; generated once with `chorus seed --synthetic` and kept under ~/.cache/chorus/bench) and loads it over
# HTTP from other processes: wrk at saturation (req/s, p50/p99), then hey at a fixed 500 req/s (p50/p99). It runs
# a baseline in the same run (`chorus bench-baseline`: a bare axum handler doing the topic page's queries and
# returning JSON) and prints the topic page's throughput as a ratio of it. Prints a Markdown table.
set -euo pipefail

BACKEND="${BACKEND:-sqlite}"
USERS="${USERS:-100000}"; TOPICS="${TOPICS:-50000}"; POSTS="${POSTS:-1000000}"
DURATION="${DURATION:-15}"
CONNECTIONS="${CONNECTIONS:-32}"
RATE="${RATE:-500}"
SEARCH_RATE="${SEARCH_RATE:-100}"   # searches cost more than page views; their p99 is read at this rate
BIN="${BIN:-${CARGO_TARGET_DIR:-target}/server-release/chorus}"
SITE="${SITE:-${CARGO_TARGET_DIR:-target}/site}"
DATA_DIR="${DATA_DIR:-$HOME/.cache/chorus/bench}"
PG_URL="${PG_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
PORT=3300; BASE_PORT=3301

[ -x "$BIN" ] || { echo "no release binary at $BIN: run make build-release first" >&2; exit 1; }
for tool in wrk hey sqlite3 curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y wrk hey sqlite3 curl" >&2; exit 1; }
done
mkdir -p "$DATA_DIR"

name="forum_${USERS}_${TOPICS}_${POSTS}"
if [ "$BACKEND" = sqlite ]; then
  url="sqlite://$DATA_DIR/$name.db"
  sql() { sqlite3 "$DATA_DIR/$name.db" "$1"; }
  fresh() { [ ! -s "$DATA_DIR/$name.db" ]; }
  reset() { rm -f "$DATA_DIR/$name.db"*; }
else
  url="${PG_URL%/*}/chorus_bench_${POSTS}"
  sql() { psql "$url" -qAt -c "$1"; }
  fresh() { ! psql "$url" -qAt -c "SELECT 1 FROM posts LIMIT 1" 2>/dev/null | grep -q 1; }
  reset() { psql "$PG_URL" -q -c "DROP DATABASE IF EXISTS chorus_bench_${POSTS}" -c "CREATE DATABASE chorus_bench_${POSTS}"; }
fi

if fresh; then
  echo "== generating the dataset ($BACKEND): $USERS members, $TOPICS topics, $POSTS posts"
  reset
  start=$(date +%s)
  "$BIN" --database-url "$url" seed --synthetic --users "$USERS" --topics "$TOPICS" --posts "$POSTS"
  echo "generated in $(( $(date +%s) - start )) s"
fi
# A freshly loaded PostgreSQL database has its GIN indexes' pending lists full and no visibility map until
# autovacuum passes (a search then costs 12 ms more); measure the settled database a running community has.
[ "$BACKEND" = sqlite ] || psql "$url" -qc "VACUUM ANALYZE"

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

# Start-up: from launching the process to its first 200 on /healthz, on the full dataset (migrations checked,
# pools opened); then its resident memory at rest.
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
launched=$(now_ms)
"$BIN" --log-format json --database-url "$url" serve --addr "127.0.0.1:$PORT" --site-root "$SITE" \
  --sign-in-ip-limit 100000 >/tmp/chorus-bench-server.log 2>&1 &
server_pid=$!
pids+=($server_pid)
until curl -fs -o /dev/null "http://127.0.0.1:$PORT/healthz"; do
  kill -0 "$server_pid" 2>/dev/null || { echo "the server stopped; see /tmp/chorus-bench-server.log" >&2; exit 1; }
  [ $(( $(now_ms) - launched )) -lt 60000 ] || { echo "the server did not answer /healthz within 60 s" >&2; exit 1; }
  sleep 0.01
done
start_ms=$(( $(now_ms) - launched ))
rss_mb() { awk -v f="$1" '$1 == f":" { printf "%.0f", $2 / 1024 }' "/proc/$server_pid/status"; }
sleep 1
idle_mb=$(rss_mb VmRSS)
RUST_LOG=warn "$BIN" --database-url "$url" bench-baseline --addr "127.0.0.1:$BASE_PORT" >/tmp/chorus-bench-baseline.log 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do
  curl -fs -o /dev/null "http://127.0.0.1:$BASE_PORT/baseline/topic/1" && break
  sleep 0.2
done

# The targets: the busiest category, a topic with exactly 30 replies, a two-word search.
cat_slug=$(sql "SELECT slug FROM categories ORDER BY topic_count DESC LIMIT 1")
topic=$(sql "SELECT id || '/' || slug FROM topics WHERE post_count = 31 ORDER BY id LIMIT 1")
[ -n "$topic" ] || topic=$(sql "SELECT id || '/' || slug FROM topics WHERE post_count >= 31 ORDER BY post_count LIMIT 1")
topic_id="${topic%%/*}"

declare -A urls=(
  [category]="http://127.0.0.1:$PORT/forum/c/$cat_slug"
  [topic]="http://127.0.0.1:$PORT/forum/t/$topic"
  [search]="http://127.0.0.1:$PORT/search?q=dashboard+export"
  [baseline]="http://127.0.0.1:$BASE_PORT/baseline/topic/$topic_id"
)
order=(category topic search baseline)

for k in "${order[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "${urls[$k]}")
  [ "$code" = 200 ] || { echo "$k answered $code at ${urls[$k]}" >&2; exit 1; }
done

ms() { # wrk latency ("1.23ms", "850.00us", "1.02s") to milliseconds
  awk -v v="$1" 'BEGIN { n=v+0; if (v ~ /us$/) n/=1000; else if (v ~ /ms$/) n=n; else if (v ~ /s$/) n*=1000; printf "%.2f", n }'
}

declare -A rps p50 p99 r50 r99 ok rates
for k in "${order[@]}"; do
  echo "== $k: wrk -t2 -c$CONNECTIONS -d${DURATION}s ${urls[$k]}" >&2
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "${urls[$k]}")
  rps[$k]=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")
  p50[$k]=$(ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  p99[$k]=$(ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  if grep -q "Non-2xx" <<<"$out"; then echo "$k: some answers were not 2xx:" >&2; grep "Non-2xx" <<<"$out" >&2; fi
  rate=$RATE; [ "$k" = search ] && rate=$SEARCH_RATE
  rates[$k]=$rate
  echo "== $k: hey at $rate req/s for ${DURATION}s" >&2
  workers=10
  out=$(hey -z "${DURATION}s" -c "$workers" -q $(( rate / workers )) "${urls[$k]}")
  r50[$k]=$(awk '/50% in/ { printf "%.2f", $3 * 1000 }' <<<"$out")
  r99[$k]=$(awk '/99% in/ { printf "%.2f", $3 * 1000 }' <<<"$out")
  ok[$k]=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")
done

echo
echo "Backend: $BACKEND · dataset: $USERS members, $TOPICS topics, $POSTS posts · $(nproc) cores · $(date -u +%Y-%m-%d)"
echo
echo "| target | saturation req/s | p50 ms | p99 ms | fixed rate req/s (achieved) | p50 ms | p99 ms |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for k in "${order[@]}"; do
  echo "| $k | ${rps[$k]} | ${p50[$k]} | ${p99[$k]} | ${rates[$k]} (${ok[$k]}) | ${r50[$k]} | ${r99[$k]} |"
done
peak_mb=$(rss_mb VmHWM)

# The same topic page from a second server that keeps no rendered HTML (--kept-html-mb 0), so every view
# renders the whole page and its thirty posts: what server::routes::kept and common::rendered save.
NOKEEP_PORT=3302
"$BIN" --log-format json --database-url "$url" serve --addr "127.0.0.1:$NOKEEP_PORT" --site-root "$SITE" \
  --kept-html-mb 0 >/tmp/chorus-bench-nokeep.log 2>&1 &
pids+=($!)
nokeep_pid=$!
until curl -fs -o /dev/null "http://127.0.0.1:$NOKEEP_PORT/healthz"; do
  kill -0 "$nokeep_pid" 2>/dev/null || { echo "the second server stopped; see /tmp/chorus-bench-nokeep.log" >&2; exit 1; }
  sleep 0.05
done
nokeep_url="http://127.0.0.1:$NOKEEP_PORT/forum/t/$topic"
echo "== topic, nothing kept: wrk -t2 -c$CONNECTIONS -d${DURATION}s $nokeep_url" >&2
out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$nokeep_url")
nokeep_rps=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")
echo
awk -v t="${rps[topic]}" -v b="${rps[baseline]}" 'BEGIN { printf "topic page / baseline throughput: %.2f\n", t / b }'
echo "topic page rendered every time (--kept-html-mb 0): ${nokeep_rps} req/s at saturation, against ${rps[topic]} with the page and its posts kept"
echo "server: first 200 on /healthz ${start_ms} ms after launch; resident memory ${idle_mb} MB idle, ${peak_mb} MB at its peak (VmHWM, the whole run)"
echo
verdict() { if awk -v m="$2" -v t="$4" -v op="$3" 'BEGIN { exit !((op == "ge") ? m >= t : m <= t) }'; then echo "met"; else echo "MISSED"; fi; }
echo "| target | measured | verdict |"
echo "|---|---:|---|"
echo "| topic page ≥ 2,000 req/s at saturation | ${rps[topic]} req/s | $(verdict x "${rps[topic]}" ge 2000) |"
ratio=$(awk -v t="${rps[topic]}" -v b="${rps[baseline]}" 'BEGIN { printf "%.2f", t / b }')
echo "| topic page ≥ 0.60 of the baseline | $ratio | $(verdict x "$ratio" ge 0.60) |"
echo "| topic page p99 ≤ 25 ms at ${rates[topic]} req/s | ${r99[topic]} ms | $(verdict x "${r99[topic]}" le 25) |"
echo "| search p99 ≤ 50 ms at ${rates[search]} req/s | ${r99[search]} ms | $(verdict x "${r99[search]}" le 50) |"
echo "| resident memory ≤ 100 MB idle | ${idle_mb} MB | $(verdict x "$idle_mb" le 100) |"
echo "| resident memory ≤ 250 MB during the benchmark | ${peak_mb} MB | $(verdict x "$peak_mb" le 250) |"
echo "| first 200 on /healthz ≤ 1 s after launch | ${start_ms} ms | $(verdict x "$start_ms" le 1000) |"
echo
echo "targets: category /forum/c/$cat_slug · topic /forum/t/$topic (31 posts) · search ?q=dashboard+export"
