#!/usr/bin/env bash
# Email (`make bench-mail`, or `make bench-mail BACKEND=postgres`).
#
# 1. Throughput: MESSAGES emails are queued in the outbox and sent by one node's sender (the code every
#    `chorus serve` runs) into a local SMTP server (aiosmtpd); emails per second counts only the sending.
# 2. The weekly digest of a synthetic community of USERS members: each member gets one unread notification
#    waiting for the digest, then one digest run writes every member's email; the time and the process's
#    peak memory are printed.
set -euo pipefail

BACKEND="${BACKEND:-sqlite}"
MESSAGES="${MESSAGES:-5000}"
USERS="${USERS:-100000}"
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
