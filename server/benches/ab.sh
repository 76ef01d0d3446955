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
for tool in wrk sqlite3 curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y wrk sqlite3 curl" >&2; exit 1; }
done
ROUNDS="${ROUNDS:-3}"; DURATION="${DURATION:-10}"
DATA="${DATA:-$HOME/.cache/chorus/bench/forum_100000_50000_1000000.db}"
SITE="${SITE:-${CARGO_TARGET_DIR:-target}/site}"
[ -s "$DATA" ] || { echo "no dataset at $DATA: run make bench once first" >&2; exit 1; }
url="sqlite://$DATA"
# The pages make bench measures: its busiest category and the 31-post topic it picks.
topic=$(sqlite3 "$DATA" "SELECT '/forum/t/' || id || '/' || slug FROM topics WHERE post_count = 31 ORDER BY id LIMIT 1")
[ -n "$topic" ] || topic=$(sqlite3 "$DATA" \
  "SELECT '/forum/t/' || id || '/' || slug FROM topics WHERE post_count >= 31 ORDER BY post_count, id LIMIT 1")
category=$(sqlite3 "$DATA" "SELECT '/forum/c/' || slug FROM categories ORDER BY topic_count DESC LIMIT 1")
[ -n "$topic" ] && [ -n "$category" ] || { echo "the dataset at $DATA has no topic of 31 posts or no category" >&2; exit 1; }
topic_id=${topic#/forum/t/}; topic_id=${topic_id%%/*}
PORT=3310; BASE_PORT=3311

pid=
cleanup() { [ -z "$pid" ] || kill "$pid" 2>/dev/null || true; }
trap cleanup EXIT
# Requests per second, refusing a run in which any answer was not a success (an error page is fast).
rps() {
  local out
  out=$(wrk -t2 -c32 -d"${DURATION}s" "$1")
  if grep -q "Non-2xx" <<<"$out"; then echo "$1 answered errors under load:" >&2; echo "$out" >&2; exit 1; fi
  awk '/Requests\/sec/ { printf "%.0f", $2 }' <<<"$out"
}
up() {  # $1 address, $2 log
  for _ in $(seq 200); do
    curl -sf -o /dev/null "$1" && return 0
    kill -0 "$pid" 2>/dev/null || { echo "the server stopped; see $2" >&2; exit 1; }
    sleep 0.1
  done
  echo "nothing answered at $1 within 20 s; see $2" >&2; exit 1
}

echo "| round | topic before | topic after | category before | category after | baseline |"
echo "|---|---:|---:|---:|---:|---:|"
for round in $(seq "$ROUNDS"); do
  declare -A got=()
  # Each build goes first in every other round, so neither always follows the other.
  sides=(before after); [ $((round % 2)) -eq 1 ] || sides=(after before)
  for side in "${sides[@]}"; do
    "${bins[$side]}" --log-format json --database-url "$url" serve --addr "127.0.0.1:$PORT" --site-root "$SITE" \
      >"/tmp/chorus-ab-$side.log" 2>&1 &
    pid=$!
    up "http://127.0.0.1:$PORT/healthz" "/tmp/chorus-ab-$side.log"
    sleep 2  # the start-up tasks (group rules, cleanups) finish first
    for page in "$topic" "$category"; do
      curl -sf -o /dev/null "http://127.0.0.1:$PORT$page" || { echo "$side: $page did not answer 200" >&2; exit 1; }
    done
    got[topic_$side]=$(rps "http://127.0.0.1:$PORT$topic")
    got[category_$side]=$(rps "http://127.0.0.1:$PORT$category")
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  done
  RUST_LOG=warn "${bins[after]}" --database-url "$url" bench-baseline --addr "127.0.0.1:$BASE_PORT" \
    >/tmp/chorus-ab-baseline.log 2>&1 &
  pid=$!
  up "http://127.0.0.1:$BASE_PORT/baseline/topic/$topic_id" /tmp/chorus-ab-baseline.log
  baseline=$(rps "http://127.0.0.1:$BASE_PORT/baseline/topic/$topic_id")
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  echo "| $round | ${got[topic_before]} | ${got[topic_after]} | ${got[category_before]} | ${got[category_after]} | $baseline |"
done
echo
echo "pages: $topic · $category · dataset $DATA"
