#!/usr/bin/env bash
# Imports (`make bench-import`, or `make bench-import BACKEND=postgres`): `chorus import` of ROWS members, then
# of their opening balances, into a fresh database, then the same two files again (a re-run that finds every row
# imported before). Each run prints its rows per second; the books are checked after (the ledger's sum is each
# member's balance).
set -euo pipefail

BACKEND="${BACKEND:-sqlite}"
ROWS="${ROWS:-10000}"
BIN="${BIN:-${CARGO_TARGET_DIR:-target}/server-release/chorus}"
DATA_DIR="${DATA_DIR:-$HOME/.cache/chorus/bench/import}"
PG_URL="${PG_URL:-postgres://postgres@127.0.0.1:5432/postgres}"

[ -x "$BIN" ] || { echo "no release binary at $BIN: run make build-release first" >&2; exit 1; }
rm -rf "$DATA_DIR" && mkdir -p "$DATA_DIR"
python3 - "$DATA_DIR" "$ROWS" <<'PY'
import sys
folder, rows = sys.argv[1], int(sys.argv[2])
with open(f"{folder}/members.csv", "w") as f:
    f.write("email,name\n")
    for i in range(rows):
        f.write(f"member{i}@example.com,Member {i}\n")
with open(f"{folder}/balances.csv", "w") as f:
    f.write("email,points,reason,key\n")
    for i in range(rows):
        f.write(f"member{i}@example.com,{i % 5000 + 1},Balance from our old programme,old-{i}\n")
PY
if [ "$BACKEND" = sqlite ]; then
  url="sqlite://$DATA_DIR/import.db"
  sum() { sqlite3 "$DATA_DIR/import.db" "$1"; }
else
  url="${PG_URL%/*}/chorus_bench_import"
  psql "$PG_URL" -q -c "DROP DATABASE IF EXISTS chorus_bench_import" -c "CREATE DATABASE chorus_bench_import"
  sum() { psql "$url" -qAt -c "$1"; }
fi
"$BIN" --database-url "$url" migrate >/dev/null
echo 'a long enough passphrase' | "$BIN" --database-url "$url" create-admin --email admin@bench.test --display-name Admin >/dev/null
for round in first again; do
  for kind in members balances; do
    echo "== $kind ($round run, $BACKEND)"
    RUST_LOG=warn "$BIN" --database-url "$url" import "$kind" "$DATA_DIR/$kind.csv" --as admin@bench.test 2>&1 | grep -E "done:|rows read"
  done
done
ledger=$(sum "SELECT CAST(SUM(amount) AS BIGINT) FROM points_ledger")
balances=$(sum "SELECT CAST(SUM(balance) AS BIGINT) FROM point_accounts")
rows=$(sum "SELECT COUNT(*) FROM points_ledger")
echo "books: $rows ledger rows, ledger sum $ledger, balances sum $balances"
[ "$ledger" = "$balances" ] && [ "$rows" = "$ROWS" ] || { echo "the books do not balance" >&2; exit 1; }
