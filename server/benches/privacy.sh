#!/usr/bin/env bash
# Privacy benchmark (`make bench-privacy`, or `make bench-privacy BACKEND=postgres`).
#
# On a synthetic community (USERS members, POSTS posts; generated once with `chorus seed --synthetic` and kept
# under ~/.cache/chorus/bench), `chorus bench-privacy` finds the member with the most posts, builds their
# "download my data" file ROUNDS times (median, best, worst, size), then deletes the account with its posts in
# one transaction and times it. The deletion changes the data, so it runs on a copy (SQLite: a copy of the
# file; PostgreSQL: a database made from the kept one as a template).
set -euo pipefail

BACKEND="${BACKEND:-sqlite}"
USERS="${USERS:-2000}"; TOPICS="${TOPICS:-5000}"; POSTS="${POSTS:-200000}"
ROUNDS="${ROUNDS:-5}"
BIN="${BIN:-${CARGO_TARGET_DIR:-target}/server-release/chorus}"
DATA_DIR="${DATA_DIR:-$HOME/.cache/chorus/bench}"
PG_URL="${PG_URL:-postgres://postgres@127.0.0.1:5432/postgres}"

[ -x "$BIN" ] || { echo "no release binary at $BIN: run make build-release first" >&2; exit 1; }
mkdir -p "$DATA_DIR"
name="privacy_${USERS}_${POSTS}"
if [ "$BACKEND" = sqlite ]; then
  kept="$DATA_DIR/$name.db"
  if [ ! -s "$kept" ]; then
    echo "== generating the dataset (sqlite): $USERS members, $POSTS posts"
    rm -f "$kept"*
    "$BIN" --database-url "sqlite://$kept" seed --synthetic --users "$USERS" --topics "$TOPICS" --posts "$POSTS"
  fi
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  sqlite3 "$kept" ".backup '$work/copy.db'"
  url="sqlite://$work/copy.db"
else
  kept="chorus_bench_${name}"
  if ! psql "${PG_URL%/*}/$kept" -qAt -c "SELECT 1 FROM posts LIMIT 1" 2>/dev/null | grep -q 1; then
    echo "== generating the dataset (postgres): $USERS members, $POSTS posts"
    psql "$PG_URL" -q -c "DROP DATABASE IF EXISTS $kept" -c "CREATE DATABASE $kept"
    "$BIN" --database-url "${PG_URL%/*}/$kept" seed --synthetic --users "$USERS" --topics "$TOPICS" --posts "$POSTS"
  fi
  psql "$PG_URL" -q -c "DROP DATABASE IF EXISTS ${kept}_copy" -c "CREATE DATABASE ${kept}_copy TEMPLATE $kept"
  trap 'psql "$PG_URL" -q -c "DROP DATABASE IF EXISTS ${kept}_copy"' EXIT
  url="${PG_URL%/*}/${kept}_copy"
fi
echo "== $BACKEND: $USERS members, $POSTS posts"
"$BIN" --database-url "$url" bench-privacy --rounds "$ROUNDS"
