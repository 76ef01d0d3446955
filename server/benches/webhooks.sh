#!/usr/bin/env bash
# Webhook deliveries per second (`make bench-webhooks`, or `make bench-webhooks BACKEND=postgres`).
#
# Queues DELIVERIES signed deliveries (points.changed, a realistic body) for one endpoint on a local receiver
# (Python's threading HTTP server on loopback, answering 200), then starts the release `chorus serve` and times
# how long its sender takes to claim, sign, POST and record them all. The figure is the sender's, with the
# receiver on the same two cores.
set -euo pipefail

BACKEND="${BACKEND:-sqlite}"
DELIVERIES="${DELIVERIES:-5000}"
BIN="${BIN:-${CARGO_TARGET_DIR:-target}/server-release/chorus}"
SITE="${SITE:-${CARGO_TARGET_DIR:-target}/site}"
DATA_DIR="${DATA_DIR:-$HOME/.cache/chorus/bench}"
PG_URL="${PG_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
PORT=3308
RECEIVER_PORT=3309

[ -x "$BIN" ] || { echo "no release binary at $BIN: run make build-release first" >&2; exit 1; }
for tool in sqlite3 curl python3; do
  command -v "$tool" >/dev/null || { echo "$tool is missing" >&2; exit 1; }
done
mkdir -p "$DATA_DIR"
work=$(mktemp -d)

if [ "$BACKEND" = sqlite ]; then
  rm -f "$DATA_DIR"/webhooks.db*
  url="sqlite://$DATA_DIR/webhooks.db"
  sql() { sqlite3 "$DATA_DIR/webhooks.db" "$1"; }
else
  psql "$PG_URL" -q -c "DROP DATABASE IF EXISTS chorus_bench_webhooks" -c "CREATE DATABASE chorus_bench_webhooks"
  url="${PG_URL%/*}/chorus_bench_webhooks"
  sql() { psql "$url" -qAt -c "$1"; }
fi

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

cat >"$work/receiver.py" <<'PY'
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

class Receiver(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_POST(self):
        self.rfile.read(int(self.headers.get("content-length", 0)))
        self.send_response(200)
        self.send_header("content-length", "0")
        self.end_headers()
    def log_message(self, *args):
        pass

ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Receiver).serve_forever()
PY
python3 "$work/receiver.py" "$RECEIVER_PORT" &
pids+=($!)

echo "== dataset ($BACKEND): $DELIVERIES queued deliveries for one endpoint" >&2
"$BIN" --database-url "$url" seed --synthetic --users 2 --topics 1 --posts 1 --categories 1 >/dev/null 2>&1
now=$(date +%s)
maker=$(sql "SELECT MIN(id) FROM users")
sql "INSERT INTO webhook_endpoints (url, events, secret, created_by, created_at, updated_at)
     VALUES ('http://127.0.0.1:$RECEIVER_PORT/hooks', 'points.changed', 'whsec_bench', $maker, $now, $now)"
endpoint=$(sql "SELECT MAX(id) FROM webhook_endpoints")
body='{"id":"points.changed:N","type":"points.changed","created_at":"2026-12-06T10:00:00Z","data":{"member_id":42,"balance":190,"entry":{"id":4711,"amount":150,"reason":"adjustment","note":"Bought the annual plan","ref_kind":null,"ref_id":null,"reverses_id":null,"created_at":"2026-12-06T10:00:00Z"}}}'
if [ "$BACKEND" = sqlite ]; then
  sql "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $DELIVERIES)
       INSERT INTO webhook_deliveries (endpoint_id, event, event_key, payload, next_attempt_at, give_up_at, created_at)
       SELECT $endpoint, 'points.changed', 'points.changed:' || i, '$body', $now, $now + 86400, $now FROM n"
else
  sql "INSERT INTO webhook_deliveries (endpoint_id, event, event_key, payload, next_attempt_at, give_up_at, created_at)
       SELECT $endpoint, 'points.changed', 'points.changed:' || i, '$body', $now, $now + 86400, $now FROM generate_series(1, $DELIVERIES) i"
fi

echo "== chorus serve --webhooks-allow-private, until every delivery is recorded" >&2
start=$(date +%s.%N)
"$BIN" --database-url "$url" serve --addr "127.0.0.1:$PORT" --site-root "$SITE" --uploads-url "$work/uploads" \
  --webhooks-allow-private >/tmp/chorus-bench-webhooks.log 2>&1 &
pids+=($!)
while :; do
  left=$(sql "SELECT COUNT(*) FROM webhook_deliveries WHERE status IN ('queued', 'sending')")
  [ "$left" = 0 ] && break
  sleep 0.1
done
elapsed=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
delivered=$(sql "SELECT COUNT(*) FROM webhook_deliveries WHERE status = 'delivered'")
failed=$(sql "SELECT COUNT(*) FROM webhook_deliveries WHERE status <> 'delivered'")

echo
echo "Backend: $BACKEND · $(nproc) cores · $(date -u +%Y-%m-%d) · seconds include the server's start (about 0.2 s)"
echo
echo "| deliveries | seconds | delivered/s | not delivered |"
echo "|---:|---:|---:|---:|"
awk -v d="$delivered" -v s="$elapsed" -v f="$failed" 'BEGIN { printf "| %d | %.1f | %.0f | %d |\n", d, s, d / s, f }'
[ "$failed" = 0 ] || { echo "FAIL: some deliveries were not delivered" >&2; exit 1; }
