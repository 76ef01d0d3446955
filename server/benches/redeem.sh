#!/usr/bin/env bash
# Redemption throughput (`make bench-redeem`, or `make bench-redeem BACKEND=postgres`).
#
# Starts the release `chorus serve` with its production settings (SQLite: WAL, synchronous=FULL, so every commit
# is on disk before the answer) on a fresh synthetic community, gives MEMBERS members a large balance, signs them
# in, and has wrk send redemptions of one reward (large stock, so every request takes the guarded stock update)
# with a new idempotency key per request, rotating over the members' sessions. Committed redemptions per second
# are counted in the database, not taken from wrk; the books are checked afterwards.
set -euo pipefail

BACKEND="${BACKEND:-sqlite}"
MEMBERS="${MEMBERS:-200}"
DURATION="${DURATION:-15}"
CONNECTIONS="${CONNECTIONS:-32}"
BIN="${BIN:-${CARGO_TARGET_DIR:-target}/server-release/chorus}"
SITE="${SITE:-${CARGO_TARGET_DIR:-target}/site}"
DATA_DIR="${DATA_DIR:-$HOME/.cache/chorus/bench}"
PG_URL="${PG_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
PORT=3302
BASE="http://127.0.0.1:$PORT"

[ -x "$BIN" ] || { echo "no release binary at $BIN: run make build-release first" >&2; exit 1; }
for tool in wrk sqlite3 curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y wrk sqlite3 curl" >&2; exit 1; }
done
mkdir -p "$DATA_DIR"
work=$(mktemp -d)

if [ "$BACKEND" = sqlite ]; then
  rm -f "$DATA_DIR"/redeem.db*
  url="sqlite://$DATA_DIR/redeem.db"
  sql() { sqlite3 "$DATA_DIR/redeem.db" "$1"; }
else
  psql "$PG_URL" -q -c "DROP DATABASE IF EXISTS chorus_bench_redeem" -c "CREATE DATABASE chorus_bench_redeem"
  url="${PG_URL%/*}/chorus_bench_redeem"
  sql() { psql "$url" -qAt -c "$1"; }
fi

echo "== dataset ($BACKEND): $MEMBERS members with 1,000,000 points each, one reward with stock 100,000,000" >&2
"$BIN" --database-url "$url" seed --synthetic --users "$MEMBERS" --topics 10 --posts 100 --categories 2 >/dev/null 2>&1
now=$(date +%s)
sql "INSERT INTO point_accounts (user_id, balance, lifetime) SELECT id, 1000000, 1000000 FROM users"
sql "INSERT INTO points_ledger (user_id, amount, lifetime, reason, note, idem_key, created_at)
     SELECT id, 1000000, 1, 'adjustment', 'benchmark grant', 'bench-grant-' || id, $now FROM users"
sql "INSERT INTO rewards (title, description, kind, cost, stock, created_at, updated_at)
     VALUES ('Benchmark sticker', 'A reward for the benchmark', 'physical', 1, 100000000, $now, $now)"
reward=$(sql "SELECT id FROM rewards ORDER BY id DESC LIMIT 1")

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
"$BIN" --log-format json --database-url "$url" serve --addr "127.0.0.1:$PORT" --site-root "$SITE" \
  --sign-in-ip-limit 100000 >/tmp/chorus-bench-redeem.log 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do curl -fs "$BASE/healthz" >/dev/null && break; sleep 0.2; done

echo "== signing in $MEMBERS members" >&2
{
  echo "return {"
  for i in $(seq 1 "$MEMBERS"); do
    cookie=$(curl -s -o /dev/null -D - -H "origin: $BASE" -H "accept: application/json" \
      --data-urlencode "email=user$i@synthetic.chorus.test" --data-urlencode "password=chorus-synthetic-password" \
      "$BASE/api/accounts/sign_in" | awk -F'[ ;]' 'tolower($1) == "set-cookie:" && $2 ~ /^chorus_session=/ { print $2 }')
    [ -n "$cookie" ] || { echo "member $i could not sign in" >&2; exit 1; }
    echo "  \"$cookie\","
  done
  echo "}"
} >"$work/sessions.lua"

cat >"$work/redeem.lua" <<LUA
local sessions = dofile("$work/sessions.lua")
local threads = {}
local n = 0
function setup(thread)
  n = n + 1
  thread:set("tid", n)
  table.insert(threads, thread)
end
counter = 0
request = function()
  counter = counter + 1
  local cookie = sessions[(counter * 7 + tid) % #sessions + 1]
  local body = "reward_id=$reward&key=bench-" .. tid .. "-" .. counter
  return wrk.format("POST", "/api/rewards/redeem_reward", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Accept"] = "application/json",
    ["Origin"] = "$BASE",
    ["Cookie"] = cookie,
  }, body)
end
LUA

curl -fs -o /dev/null -H "origin: $BASE" -H "accept: application/json" -H "cookie: $(sed -n 2p "$work/sessions.lua" | tr -d ' ",')" \
  --data "reward_id=$reward&key=bench-warm-up-1" "$BASE/api/rewards/redeem_reward" || { echo "a redemption failed before the run" >&2; exit 1; }
before=$(sql "SELECT COUNT(*) FROM redemptions")
echo "== wrk -t2 -c$CONNECTIONS -d${DURATION}s POST /api/rewards/redeem_reward" >&2
start=$(date +%s.%N)
out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$work/redeem.lua" "$BASE")
elapsed=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
after=$(sql "SELECT COUNT(*) FROM redemptions")
committed=$(( after - before ))

off=$(sql "SELECT COUNT(*) FROM point_accounts a WHERE a.balance < 0 OR a.balance <> (SELECT SUM(amount) FROM points_ledger l WHERE l.user_id = a.user_id)")
stock=$(sql "SELECT stock FROM rewards WHERE id = $reward")
spent=$(sql "SELECT COUNT(*) FROM points_ledger WHERE reason = 'redemption'")
non2xx=$(awk '/Non-2xx/ { print $NF }' <<<"$out"); non2xx=${non2xx:-0}
p50=$(awk '$1 == "50%" { print $2 }' <<<"$out"); p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")

echo
echo "Backend: $BACKEND · $MEMBERS members · $CONNECTIONS connections · $(nproc) cores · $(date -u +%Y-%m-%d)"
echo
echo "| committed redemptions | seconds | committed/s | p50 | p99 | non-2xx answers |"
echo "|---:|---:|---:|---:|---:|---:|"
awk -v c="$committed" -v s="$elapsed" -v p50="$p50" -v p99="$p99" -v e="$non2xx" \
  'BEGIN { printf "| %d | %.1f | %.0f | %s | %s | %s |\n", c, s, c / s, p50, p99, e }'
echo
echo "checks: balances off their ledger: $off · stock left: $stock (of 100000000) · ledger debits: $spent · redemptions: $after"
[ "$off" = 0 ] && [ "$spent" = "$after" ] && [ $(( 100000000 - stock )) = "$after" ] || { echo "FAIL: the books do not balance" >&2; exit 1; }
