#!/usr/bin/env bash
# Programme dashboard benchmark (`make bench-dashboard`, or `make bench-dashboard BACKEND=postgres`).
#
# Starts the release `chorus serve` on the synthetic community of the forum benchmark's size (100,000 members who
# signed up over two years, 50,000 topics, 1,000,000 posts, 20,000 stories, with the programme around them: every
# post's points in the ledger, referrals and link visits, a quarterly NPS survey, redemptions; generated once with
# `chorus seed --synthetic` and kept under ~/.cache/chorus/bench), signs in as an admin and times, one request
# at a time (an admin looks at a dashboard; nobody loads it at 500 req/s), the dashboard's data for 7, 30 and 90
# days and a year, and the whole server-rendered page for 30 and 90 days. Prints a Markdown table of
# median / p95 / max in milliseconds over RUNS requests each (after one warm-up request).
set -euo pipefail

BACKEND="${BACKEND:-sqlite}"
USERS="${USERS:-100000}"; TOPICS="${TOPICS:-50000}"; POSTS="${POSTS:-1000000}"; STORIES="${STORIES:-20000}"
RUNS="${RUNS:-20}"
BIN="${BIN:-${CARGO_TARGET_DIR:-target}/server-release/chorus}"
SITE="${SITE:-${CARGO_TARGET_DIR:-target}/site}"
DATA_DIR="${DATA_DIR:-$HOME/.cache/chorus/bench}"
PG_URL="${PG_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
PORT=3304

[ -x "$BIN" ] || { echo "no release binary at $BIN: run make build-release first" >&2; exit 1; }
for tool in sqlite3 curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y sqlite3 curl" >&2; exit 1; }
done
mkdir -p "$DATA_DIR"

name="dashboard_v2_${USERS}_${POSTS}_${STORIES}"
if [ "$BACKEND" = sqlite ]; then
  url="sqlite://$DATA_DIR/$name.db"
  sql() { sqlite3 "$DATA_DIR/$name.db" "$1"; }
  fresh() { [ ! -s "$DATA_DIR/$name.db" ] || [ "$(sql "SELECT COUNT(*) FROM users WHERE role = 'admin'")" = 0 ]; }
  reset() { rm -f "$DATA_DIR/$name.db"*; }
else
  url="${PG_URL%/*}/chorus_bench_dashboard_v2_${POSTS}"
  sql() { psql "$url" -qAt -c "$1"; }
  fresh() { ! psql "$url" -qAt -c "SELECT 1 FROM users WHERE role = 'admin'" 2>/dev/null | grep -q 1; }
  reset() { psql "$PG_URL" -q -c "DROP DATABASE IF EXISTS chorus_bench_dashboard_v2_${POSTS}" -c "CREATE DATABASE chorus_bench_dashboard_v2_${POSTS}"; }
fi

if fresh; then
  echo "== generating the dataset ($BACKEND): $USERS members, $TOPICS topics, $POSTS posts, $STORIES stories"
  reset
  start=$(date +%s)
  "$BIN" --database-url "$url" seed --synthetic --users "$USERS" --topics "$TOPICS" --posts "$POSTS" --stories "$STORIES"
  # Bulk-loaded PostgreSQL tables have no visibility map until vacuumed, so every index-only count would read
  # the heap too (autovacuum does this in production; measured: 940 ms instead of 190 ms for 90 days).
  [ "$BACKEND" = sqlite ] || sql "VACUUM ANALYZE" >/dev/null
  # The benchmark signs in as the first member, made an admin (last, so an interrupted run starts again).
  sql "UPDATE users SET role = 'admin' WHERE id = 1" >/dev/null
  echo "generated in $(( $(date +%s) - start )) s"
fi

pid=""
jar=$(mktemp)
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -f "$jar"; wait 2>/dev/null || true; }
trap cleanup EXIT
"$BIN" --log-format json --database-url "$url" serve --addr "127.0.0.1:$PORT" --site-root "$SITE" \
  >/tmp/chorus-bench-dashboard.log 2>&1 &
pid=$!
base="http://127.0.0.1:$PORT"
for _ in $(seq 1 100); do curl -fs "$base/healthz" >/dev/null && break; sleep 0.2; done

code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" -H "origin: $base" -H 'accept: application/json' \
  --data-urlencode "email=user1@synthetic.chorus.test" --data-urlencode "password=chorus-synthetic-password" \
  "$base/api/accounts/sign_in")
[ "$code" = 200 ] || { echo "signing in as the admin answered $code" >&2; exit 1; }

# target name, then curl arguments
declare -A targets=(
  [data-7d]="-X POST --data days=7&from=&to= $base/api/analytics/get_dashboard"
  [data-30d]="-X POST --data days=30&from=&to= $base/api/analytics/get_dashboard"
  [data-90d]="-X POST --data days=90&from=&to= $base/api/analytics/get_dashboard"
  [data-365d]="-X POST --data days=&from=$(date -u -d '-364 days' +%F)&to=$(date -u +%F) $base/api/analytics/get_dashboard"
  [page-30d]="$base/admin/dashboard?days=30"
  [page-90d]="$base/admin/dashboard?days=90"
)
order=(data-7d data-30d data-90d data-365d page-30d page-90d)

stats() { sort -n | awk '{ a[NR] = $1 } END { printf "%.1f | %.1f | %.1f", a[int((NR + 1) / 2)], a[int(NR * 0.95 + 0.5)], a[NR] }'; }

echo
echo "Backend: $BACKEND · $USERS members, $TOPICS topics, $POSTS posts, $STORIES stories · $(nproc) cores · $(date -u +%Y-%m-%d) · $RUNS sequential requests each"
echo
echo "| target | median ms | p95 ms | max ms |"
echo "|---|---:|---:|---:|"
for k in "${order[@]}"; do
  # shellcheck disable=SC2086
  set -- ${targets[$k]}
  req=(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b "$jar" -H "origin: $base" -H 'accept: application/json' "$@")
  first=$("${req[@]}")
  [ "${first%% *}" = 200 ] || { echo "$k answered ${first%% *}" >&2; exit 1; }
  times=$(for _ in $(seq 1 "$RUNS"); do "${req[@]}"; done | awk '{ printf "%.1f\n", $2 * 1000 }')
  echo "| $k | $(stats <<<"$times") |"
done
echo
echo "data-*: the server function behind the page (every figure, both periods, trend, rewards, retention) as JSON;"
echo "page-*: the whole page, rendered on the server, as a browser without JavaScript gets it."
