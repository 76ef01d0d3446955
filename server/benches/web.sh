#!/usr/bin/env bash
# What a visitor's browser gets (`make bench-web`): Lighthouse (npm's `lighthouse`, driving Debian's Chromium,
# its default mobile preset: a mid-range phone on a slow 4G link) on the home page, a 31-post topic, the stories
# wall and the rewards page of a synthetic community served by the release build; then what a first visit
# downloads (script + WASM, and everything) and what a return visit downloads, from the server's own answers.
# Prints the scores, the sizes and the verdict against each target (docs/PERFORMANCE.md).
set -euo pipefail

BIN="${BIN:-${CARGO_TARGET_DIR:-target}/server-release/chorus}"
SITE="${SITE:-${CARGO_TARGET_DIR:-target}/site}"
LIGHTHOUSE="${LIGHTHOUSE:?the lighthouse command}"
CHROME="${CHROME_PATH:-$(command -v chromium)}"
DATA_DIR="${DATA_DIR:-$HOME/.cache/chorus/bench}"
PORT="${PORT:-3400}"
BASE="http://127.0.0.1:$PORT"

[ -x "$BIN" ] || { echo "no release binary at $BIN: run make build-release first" >&2; exit 1; }
[ -f "$SITE/pkg/manifest.json" ] || { echo "no packaged assets in $SITE: run make build-release first" >&2; exit 1; }
mkdir -p "$DATA_DIR"
db="$DATA_DIR/web.db"
if [ ! -s "$db" ]; then
  echo "== generating the community: 2,000 members, 1,000 topics, 20,000 posts, 300 stories"
  "$BIN" --database-url "sqlite://$db" seed --synthetic --users 2000 --topics 1000 --posts 20000 --stories 300
fi

out="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$out"; }
trap cleanup EXIT
"$BIN" --database-url "sqlite://$db" serve --addr "127.0.0.1:$PORT" --site-root "$SITE" >"$out/server.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do curl -fs -o /dev/null "$BASE/healthz" && break; sleep 0.1; done

topic=$(sqlite3 "$db" "SELECT id || '/' || slug FROM topics WHERE post_count = 31 ORDER BY id LIMIT 1")
[ -n "$topic" ] || topic=$(sqlite3 "$db" "SELECT id || '/' || slug FROM topics WHERE post_count >= 31 ORDER BY post_count, id LIMIT 1")
declare -A pages=([home]="/" [topic]="/forum/t/$topic" [stories]="/stories" [rewards]="/rewards")
order=(home topic stories rewards)

echo "| page | performance | accessibility | best practices | SEO | LCP s | TBT ms | script + WASM KB | all KB |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
worst_perf=100; worst_a11y=100; worst_bp=100; worst_seo=100; most_code=0; most_all=0
for k in "${order[@]}"; do
  url="$BASE${pages[$k]}"
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ] || { echo "$url did not answer 200" >&2; exit 1; }
  CHROME_PATH="$CHROME" "$LIGHTHOUSE" "$url" --quiet --output=json --output-path="$out/$k.json" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>"$out/$k.err" \
    || { cat "$out/$k.err" >&2; exit 1; }
  read -r perf a11y bp seo lcp tbt code all < <(node -e '
    const r = require(process.argv[1]);
    const s = (c) => Math.round(r.categories[c].score * 100);
    const items = r.audits["network-requests"].details.items;
    const code = items.filter((i) => /\.(js|wasm)(\?|$)/.test(i.url)).reduce((n, i) => n + i.transferSize, 0);
    const all = items.reduce((n, i) => n + i.transferSize, 0);
    console.log(s("performance"), s("accessibility"), s("best-practices"), s("seo"),
      (r.audits["largest-contentful-paint"].numericValue / 1000).toFixed(1),
      Math.round(r.audits["total-blocking-time"].numericValue), Math.round(code / 1024), Math.round(all / 1024));
  ' "$out/$k.json")
  echo "| $k (${pages[$k]}) | $perf | $a11y | $bp | $seo | $lcp | $tbt | $code | $all |"
  (( perf < worst_perf )) && worst_perf=$perf; (( a11y < worst_a11y )) && worst_a11y=$a11y
  (( bp < worst_bp )) && worst_bp=$bp; (( seo < worst_seo )) && worst_seo=$seo
  (( code > most_code )) && most_code=$code; (( all > most_all )) && most_all=$all
done

# A return visit: the browser has the content-named files and asks only for the page.
manifest="$SITE/pkg/manifest.json"
script=$(node -e 'console.log(require(process.argv[1]).script)' "$manifest")
cache=$(curl -s -o /dev/null -D - -H 'accept-encoding: br' "$BASE/pkg/${script}_bg.wasm" | awk -F': ' 'tolower($1) == "cache-control" { print $2 }' | tr -d '\r')
page=$(curl -s -o /dev/null -w '%{size_download}' -H 'accept-encoding: br' "$BASE/forum/t/$topic")
echo
echo "Return visit: the script, WASM and style sheet are sent with \"Cache-Control: $cache\"; the topic page itself is $(( page / 1024 )) KB (brotli)."
echo
verdict() { if [ "$2" = ge ]; then (( $1 >= $3 )) && echo met || echo MISSED; else (( $1 <= $3 )) && echo met || echo MISSED; fi; }
echo "| target | measured (worst page) | verdict |"
echo "|---|---:|---|"
echo "| first load script + WASM ≤ 300 KB | $most_code KB | $(verdict "$most_code" le 300) |"
echo "| everything a page needs ≤ 500 KB | $most_all KB | $(verdict "$most_all" le 500) |"
echo "| Lighthouse performance ≥ 95 | $worst_perf | $(verdict "$worst_perf" ge 95) |"
echo "| Lighthouse accessibility = 100 | $worst_a11y | $(verdict "$worst_a11y" ge 100) |"
echo "| Lighthouse best practices ≥ 95 | $worst_bp | $(verdict "$worst_bp" ge 95) |"
echo "| Lighthouse SEO ≥ 95 | $worst_seo | $(verdict "$worst_seo" ge 95) |"
