#!/usr/bin/env bash
# The admins' member list (`make bench-members`, or `make bench-members BACKEND=postgres`).
#
# Generates once (kept under ~/.cache/chorus/bench) a synthetic community of 100,000 members with a little
# forum around them, so they hold points and levels, then runs `chorus bench-members`, which times each search,
# filter and order of /admin/members one after another and prints a Markdown table.
set -euo pipefail

BACKEND="${BACKEND:-sqlite}"
USERS="${USERS:-100000}"
BIN="${BIN:-${CARGO_TARGET_DIR:-target}/server-release/chorus}"
DATA_DIR="${DATA_DIR:-$HOME/.cache/chorus/bench}"
PG_URL="${PG_URL:-postgres://postgres@127.0.0.1:5432/postgres}"

[ -x "$BIN" ] || { echo "no release binary at $BIN: run make build-release first" >&2; exit 1; }
mkdir -p "$DATA_DIR"
name="members_v1_${USERS}"
if [ "$BACKEND" = sqlite ]; then
  url="sqlite://$DATA_DIR/$name.db"
  fresh() { [ ! -s "$DATA_DIR/$name.db.done" ]; }
  reset() { rm -f "$DATA_DIR/$name.db"*; }
  done_mark() { echo ok > "$DATA_DIR/$name.db.done"; }
else
  url="${PG_URL%/*}/chorus_bench_$name"
  fresh() { ! psql "$url" -qAt -c "SELECT 1 FROM users WHERE id = $USERS" 2>/dev/null | grep -q 1; }
  reset() { psql "$PG_URL" -q -c "DROP DATABASE IF EXISTS chorus_bench_$name" -c "CREATE DATABASE chorus_bench_$name"; }
  done_mark() { psql "$url" -q -c "VACUUM ANALYZE" >/dev/null; }
fi
if fresh; then
  echo "== generating $USERS members ($BACKEND)"
  reset
  "$BIN" --database-url "$url" seed --synthetic --users "$USERS" --topics 20000 --posts 200000 --stories 0
  done_mark
fi
"$BIN" --database-url "$url" bench-members
