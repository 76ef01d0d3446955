#!/usr/bin/env bash
# Two builds of `chorus` compared on the forum benchmark's pages, one server at a time, alternating, with the
# bare-axum baseline after each pair: what `make bench`'s single run cannot tell apart from the machine's
# swings (its baseline shares the machine with the page server it follows).
#
#   bash server/benches/ab.sh BEFORE_BINARY AFTER_BINARY
#
# Uses the SQLite dataset `make bench` generates (run it once first). ROUNDS (3) and DURATION (10 s) per page.
set -euo pipefail

[ $# -eq 2 ] || { echo "usage: $0 BEFORE_BINARY AFTER_BINARY" >&2; exit 2; }
declare -A bins=([before]="$1" [after]="$2")
for side in before after; do
  [ -x "${bins[$side]}" ] || { echo "the $side binary ${bins[$side]} is not an executable file" >&2; exit 2; }
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
ROUNDS="${ROUNDS:-3}"; DURATION="${DURATION:-10}"
DATA="${DATA:-$HOME/.cache/chorus/bench/forum_100000_50000_1000000.db}"
SITE="${SITE:-${CARGO_TARGET_DIR:-target}/site}"
[ -s "$DATA" ] || { echo "no dataset at $DATA: run make bench once first" >&2; exit 1; }
url="sqlite://$DATA"
# The pages make bench measures: its busiest category and the 31-post topic it picks.
topic=$(sqlite3 "$DATA" "SELECT '/forum/t/' || id || '/' || slug FROM topics WHERE post_count = 31 ORDER BY id LIMIT 1")
category=$(sqlite3 "$DATA" "SELECT '/forum/c/' || c.slug FROM categories c ORDER BY c.topic_count DESC LIMIT 1")
topic_id=${topic#/forum/t/}; topic_id=${topic_id%%/*}
PORT=3310; BASE_PORT=3311

pid=
cleanup() { [ -z "$pid" ] || kill "$pid" 2>/dev/null || true; }
trap cleanup EXIT
rps() { wrk -t2 -c32 -d"${DURATION}s" "$1" | awk '/Requests\/sec/ { printf "%.0f", $2 }'; }
up() {
  for _ in $(seq 200); do curl -sf -o /dev/null "$1" && return 0; sleep 0.1; done
  echo "nothing answered at $1 within 20 s" >&2; exit 1
}

echo "| round | topic before | topic after | category before | category after | baseline |"
echo "|---|---:|---:|---:|---:|---:|"
for round in $(seq "$ROUNDS"); do
  declare -A got=()
  for side in before after; do
    "${bins[$side]}" --log-format json --database-url "$url" serve --addr "127.0.0.1:$PORT" --site-root "$SITE" \
      >"/tmp/chorus-ab-$side.log" 2>&1 &
    pid=$!
    up "http://127.0.0.1:$PORT/healthz"
    sleep 2  # the start-up tasks (group rules, cleanups) finish first
    curl -s -o /dev/null "http://127.0.0.1:$PORT$topic"; curl -s -o /dev/null "http://127.0.0.1:$PORT$category"
    got[topic_$side]=$(rps "http://127.0.0.1:$PORT$topic")
    got[category_$side]=$(rps "http://127.0.0.1:$PORT$category")
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  done
  RUST_LOG=warn "${bins[after]}" --database-url "$url" bench-baseline --addr "127.0.0.1:$BASE_PORT" >/dev/null 2>&1 &
  pid=$!
  up "http://127.0.0.1:$BASE_PORT/baseline/topic/$topic_id"
  baseline=$(rps "http://127.0.0.1:$BASE_PORT/baseline/topic/$topic_id")
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  echo "| $round | ${got[topic_before]} | ${got[topic_after]} | ${got[category_before]} | ${got[category_after]} | $baseline |"
done
echo
echo "pages: $topic · $category · dataset $DATA"
