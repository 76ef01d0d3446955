#!/usr/bin/env bash
# Email (`make bench-mail`, or `make bench-mail BACKEND=postgres`).
#
# 1. Throughput: MESSAGES emails are queued in the outbox and sent by one node's sender (the code every
#    `chorus serve` runs) into a local SMTP server (aiosmtpd); emails per second counts only the sending.
# 2. The weekly digest of a synthetic community of USERS members: each member gets one unread notification
#    waiting for the digest, then one digest run writes every member's email; the time and the process's
#    peak memory are printed.
# 3. An invitation upload: a CSV of INVITES people (the most one upload takes) posted to a running
#    `chorus serve` by an admin, as the invitations page does; each row is checked, invited and its email
#    written to the outbox. The time of the whole request is printed.
set -euo pipefail

BACKEND="${BACKEND:-sqlite}"
MESSAGES="${MESSAGES:-5000}"
USERS="${USERS:-100000}"
INVITES="${INVITES:-10000}"
BIN="${BIN:-${CARGO_TARGET_DIR:-target}/server-release/chorus}"
DATA_DIR="${DATA_DIR:-$HOME/.cache/chorus/bench}"
PG_URL="${PG_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
SMTPD="${SMTPD:-$HOME/.cache/chorus/tools/smtp-venv/bin/aiosmtpd}"
PORT=2527

[ -x "$BIN" ] || { echo "no release binary at $BIN: run make build-release first" >&2; exit 1; }
[ -x "$SMTPD" ] || { echo "aiosmtpd is missing at $SMTPD: run make tools" >&2; exit 1; }
mkdir -p "$DATA_DIR"
maildir=$(mktemp -d)
"$SMTPD" -n -l "127.0.0.1:$PORT" -c aiosmtpd.handlers.Mailbox "$maildir/box" 2>/dev/null &
smtpd=$!
trap 'kill $smtpd 2>/dev/null; rm -rf "$maildir"' EXIT
sleep 1

fresh() {
  if [ "$BACKEND" = sqlite ]; then
    rm -f "$DATA_DIR/$1".db*
    echo "sqlite://$DATA_DIR/$1.db"
  else
    psql "$PG_URL" -q -c "DROP DATABASE IF EXISTS chorus_bench_$1" -c "CREATE DATABASE chorus_bench_$1" >&2
    echo "${PG_URL%/*}/chorus_bench_$1"
  fi
}

echo "== throughput: $MESSAGES emails into aiosmtpd ($BACKEND)"
url=$(fresh mail)
"$BIN" --database-url "$url" migrate >/dev/null
"$BIN" --database-url "$url" bench-mail --smtp-url "smtp://127.0.0.1:$PORT" --messages "$MESSAGES"
echo "aiosmtpd received $(ls "$maildir/box/new" | wc -l) emails"

echo "== weekly digest for $USERS members ($BACKEND)"
url=$(fresh digest)
"$BIN" --database-url "$url" seed --synthetic --users "$USERS" --topics 5000 --posts 100000 >/dev/null
"$BIN" --database-url "$url" bench-mail --digest

echo "== an invitation upload of $INVITES rows ($BACKEND)"
url=$(fresh invitations)
"$BIN" --database-url "$url" seed --demo >/dev/null
WEB=3199
BASE="http://127.0.0.1:$WEB"
"$BIN" --database-url "$url" serve --addr "127.0.0.1:$WEB" --max-body-bytes 4194304 >/tmp/chorus-bench-invitations.log 2>&1 &
server=$!
trap 'kill $smtpd $server 2>/dev/null; rm -rf "$maildir"' EXIT
for _ in $(seq 1 100); do curl -fs "$BASE/healthz" >/dev/null && break; sleep 0.2; done
jar="$maildir/cookies"
curl -fs -o /dev/null -c "$jar" -H "origin: $BASE" -H "accept: application/json" \
  --data-urlencode "email=admin@demo.chorus.test" --data-urlencode "password=chorus-demo-password" \
  "$BASE/api/accounts/sign_in"
{ echo "email,name,role"; for i in $(seq 1 "$INVITES"); do echo "invitee$i@example.com,Invitee $i,member"; done; } >"$maildir/people.csv"
echo "file: $(wc -c <"$maildir/people.csv") bytes"
curl -s -o /dev/null -b "$jar" -H "origin: $BASE" -F "file=@$maildir/people.csv;type=text/csv" \
  -w "upload answered %{http_code} -> %{redirect_url} in %{time_total} s\n" "$BASE/admin/invitations/upload"
kill $server
