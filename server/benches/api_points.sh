#!/usr/bin/env bash
# Points awards through the REST API (`make bench-api`, or `make bench-api BACKEND=postgres`).
#
# Starts the release `chorus serve` with its production settings (SQLite: WAL, synchronous=FULL, so every commit
# is on disk before the answer) on a fresh synthetic community, makes an admin's API token with the points:write
# scope (rate limit lifted), and has wrk send POST /api/v1/members/{id}/points over MEMBERS members, each request
# with a new Idempotency-Key and one in RETRY_EVERY repeating the key before it (a client's retry, which must
# change nothing). Committed awards per second are counted in the database, not taken from wrk; afterwards the
# books are checked and every kept answer must match exactly one ledger row.
set -euo pipefail

BACKEND="${BACKEND:-sqlite}"
MEMBERS="${MEMBERS:-1000}"
DURATION="${DURATION:-15}"
CONNECTIONS="${CONNECTIONS:-32}"
RETRY_EVERY="${RETRY_EVERY:-10}"
BIN="${BIN:-${CARGO_TARGET_DIR:-target}/server-release/chorus}"
SITE="${SITE:-${CARGO_TARGET_DIR:-target}/site}"
DATA_DIR="${DATA_DIR:-$HOME/.cache/chorus/bench}"
PG_URL="${PG_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
PORT=3307
BASE="http://127.0.0.1:$PORT"

[ -x "$BIN" ] || { echo "no release binary at $BIN: run make build-release first" >&2; exit 1; }
for tool in wrk sqlite3 curl sha256sum; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y wrk sqlite3 curl coreutils" >&2; exit 1; }
done
mkdir -p "$DATA_DIR"
work=$(mktemp -d)

if [ "$BACKEND" = sqlite ]; then
  rm -f "$DATA_DIR"/api.db*
  url="sqlite://$DATA_DIR/api.db"
  sql() { sqlite3 "$DATA_DIR/api.db" "$1"; }
else
  psql "$PG_URL" -q -c "DROP DATABASE IF EXISTS chorus_bench_api" -c "CREATE DATABASE chorus_bench_api"
  url="${PG_URL%/*}/chorus_bench_api"
  sql() { psql "$url" -qAt -c "$1"; }
fi

echo "== dataset ($BACKEND): $MEMBERS members, an admin's token with points:write" >&2
"$BIN" --database-url "$url" seed --synthetic --users "$MEMBERS" --topics 10 --posts 100 --categories 2 >/dev/null 2>&1
now=$(date +%s)
admin=$(sql "SELECT MIN(id) FROM users")
sql "UPDATE users SET role = 'admin' WHERE id = $admin"
secret="chorus_$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
digest=$(printf '%s' "$secret" | sha256sum | cut -d' ' -f1)
sql "INSERT INTO api_tokens (name, prefix, secret_hash, scopes, rate_per_minute, created_by, created_at)
     VALUES ('Benchmark', '${secret:0:12}', '$digest', 'points:write', 100000, $admin, $now)"
ids=$(sql "SELECT id FROM users WHERE id <> $admin ORDER BY id" | paste -sd, -)

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
"$BIN" --log-format json --database-url "$url" serve --addr "127.0.0.1:$PORT" --site-root "$SITE" \
  >/tmp/chorus-bench-api.log 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do curl -fs "$BASE/healthz" >/dev/null && break; sleep 0.2; done

cat >"$work/award.lua" <<LUA
local members = { $ids }
local n = 0
function setup(thread)
  n = n + 1
  thread:set("tid", n)
end
counter = 0
request = function()
  counter = counter + 1
  local k = counter
  -- One request in RETRY_EVERY repeats the one before it: same key, same member, same body.
  if counter % $RETRY_EVERY == 0 then k = counter - 1 end
  local member = members[(k * 7 + tid) % #members + 1]
  return wrk.format("POST", "/api/v1/members/" .. member .. "/points", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer $secret",
    ["Idempotency-Key"] = "bench-" .. tid .. "-" .. k,
  }, '{"amount": 5, "reason": "Benchmark order"}')
end
LUA

first=$(echo "$ids" | cut -d, -f1)
curl -fs -o /dev/null -H "authorization: Bearer $secret" -H "idempotency-key: bench-warm-up" -H "content-type: application/json" \
  --data '{"amount": 5, "reason": "Warm-up"}' "$BASE/api/v1/members/$first/points" || { echo "an award failed before the run" >&2; exit 1; }
before=$(sql "SELECT COUNT(*) FROM points_ledger WHERE idem_key LIKE 'api:%'")
echo "== wrk -t2 -c$CONNECTIONS -d${DURATION}s POST /api/v1/members/{id}/points" >&2
start=$(date +%s.%N)
out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$work/award.lua" "$BASE")
elapsed=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
after=$(sql "SELECT COUNT(*) FROM points_ledger WHERE idem_key LIKE 'api:%'")
committed=$(( after - before ))
requests=$(awk '/requests in/ { print $1 }' <<<"$out")

off=$(sql "SELECT COUNT(*) FROM point_accounts a WHERE a.balance < 0 OR a.balance <> (SELECT SUM(amount) FROM points_ledger l WHERE l.user_id = a.user_id)")
answers=$(sql "SELECT COUNT(*) FROM api_requests")
unmatched=$(sql "SELECT COUNT(*) FROM api_requests r WHERE (SELECT COUNT(*) FROM points_ledger l WHERE l.idem_key = 'api:' || r.token_id || ':' || r.idem_key) <> 1")
non2xx=$(awk '/Non-2xx/ { print $NF }' <<<"$out"); non2xx=${non2xx:-0}
p50=$(awk '$1 == "50%" { print $2 }' <<<"$out"); p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")

echo
echo "Backend: $BACKEND · $MEMBERS members · $CONNECTIONS connections · $(nproc) cores · $(date -u +%Y-%m-%d)"
echo
echo "| requests (1 in $RETRY_EVERY a retry) | committed awards | seconds | committed/s | p50 | p99 | non-2xx answers |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
awk -v r="$requests" -v c="$committed" -v s="$elapsed" -v p50="$p50" -v p99="$p99" -v e="$non2xx" \
  'BEGIN { printf "| %d | %d | %.1f | %.0f | %s | %s | %s |\n", r, c, s, c / s, p50, p99, e }'
echo
echo "checks: balances off their ledger: $off · kept answers: $answers · answers without exactly one ledger row: $unmatched"
[ "$off" = 0 ] && [ "$unmatched" = 0 ] && [ "$answers" = "$after" ] || { echo "FAIL: the books do not balance" >&2; exit 1; }
