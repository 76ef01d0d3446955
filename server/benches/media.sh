#!/usr/bin/env bash
# Pictures (`make bench-media`).
#
# 1. Processing: a 12-megapixel JPEG (4000 × 3000, made in code) is checked, decoded, fitted to a post's 1600 px
#    and re-encoded ROUNDS times, as one upload is; the median, best and worst are printed.
# 2. Serving: the processed picture is stored as an upload (upload folder + database row) and the same bytes are
#    copied into the site root; a release `chorus serve` is loaded with wrk on /media/<hash>.jpg (a database
#    lookup, then the upload store) and on /bench-picture.jpg (the static file service), side by side.
set -euo pipefail

ROUNDS="${ROUNDS:-7}"
DURATION="${DURATION:-10}"
CONNECTIONS="${CONNECTIONS:-64}"
BIN="${BIN:-${CARGO_TARGET_DIR:-target}/server-release/chorus}"
ADDR=127.0.0.1:3312

[ -x "$BIN" ] || { echo "no release binary at $BIN: run make build-release first" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
db="sqlite://$work/bench.db"
mkdir -p "$work/site"

"$BIN" --database-url "$db" seed --demo >/dev/null
"$BIN" --database-url "$db" bench-media --rounds "$ROUNDS" --serve-setup "$work/site" --uploads-url "$work/uploads" \
  | tee "$work/out"
media=$(awk '/^media:/ {print $2}' "$work/out")

"$BIN" --database-url "$db" serve --addr "$ADDR" --site-root "$work/site" --uploads-url "$work/uploads" \
  >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do curl -fs "http://$ADDR/healthz" >/dev/null && break; sleep 0.1; done

rate() {
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" "$1")
  if grep -q "Non-2xx" <<<"$out"; then echo "errors while loading $1:" >&2; echo "$out" >&2; exit 1; fi
  awk '/Requests\/sec/ {print $2}' <<<"$out"
}
for url in "$media" /bench-picture.jpg; do curl -fs -o /dev/null "http://$ADDR$url" || { echo "$url is not served" >&2; exit 1; }; done
media_rate=$(rate "http://$ADDR$media")
static_rate=$(rate "http://$ADDR/bench-picture.jpg")
bytes=$(curl -fs "http://$ADDR$media" | wc -c)
echo "serving a $(( bytes / 1024 )) KB picture, wrk -t2 -c$CONNECTIONS -d${DURATION}s:"
echo "  /media/ (database + upload folder): $media_rate req/s"
echo "  static file service:                $static_rate req/s"
awk -v m="$media_rate" -v s="$static_rate" 'BEGIN { printf "  /media/ serves %.0f %% of the static rate\n", 100 * m / s }'
