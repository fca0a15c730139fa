#!/usr/bin/env bash
# Load benchmark of `annals serve` over loopback: starts the server on an archive and drives /api/events,
# /api/dyads/{a}/{b} and /api/articles?q= with wrk (Debian's `wrk` package), 50 connections by default,
# printing requests/s and p50/p95/p99 latency per endpoint. The target is p95 < 100 ms at 50 connections.
# "articles" repeats 48 searches (as many users of one dashboard would), which the server's answer cache
# serves after the first time; "articles-distinct" asks 4,000 different ones, each computed anew.
#
#   bench/serve-load.sh [ARCHIVE]          default ARCHIVE: annals-bench
#
# A missing ARCHIVE is first filled with the synthetic benchmark archive (100,000 articles, 1,000,000
# events) by `annals bench --only archive`. Environment: CONNECTIONS (50), THREADS (2), DURATION seconds per
# endpoint (20), WARMUP seconds per endpoint before any is measured (15), PORT (18080), ARTICLES (100000), URL (drive a server already running
# there instead of starting one), SERVE_ARGS (more options for `annals serve`, e.g. "--threads 200"),
# ENDPOINTS (which to measure, default "events dyads articles articles-distinct").
set -euo pipefail
cd "$(dirname "$0")/.."

ARCHIVE=${1:-annals-bench}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-15}
PORT=${PORT:-18080}
ARTICLES=${ARTICLES:-100000}
URL=${URL:-}
ENDPOINTS=${ENDPOINTS:-events dyads articles articles-distinct}

command -v wrk >/dev/null || { echo "serve-load: needs wrk (apt-get install wrk)" >&2; exit 2; }
command -v curl >/dev/null || { echo "serve-load: needs curl" >&2; exit 2; }

work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ -z "$URL" ]; then
  if [ ! -e "$ARCHIVE" ]; then
    echo "serve-load: filling $ARCHIVE with $ARTICLES synthetic articles (annals bench --only archive) ..." >&2
    ./annals bench --only archive --bench-archive "$ARCHIVE" --articles "$ARTICLES" >&2
  fi
  ./annals serve --archive "$ARCHIVE" --port "$PORT" ${SERVE_ARGS:-} 2>"$work/serve.log" &
  server=$!
  URL="http://127.0.0.1:$PORT"
  for _ in $(seq 1 300); do
    curl -fs "$URL/api/stats" >/dev/null 2>&1 && break
    kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
    sleep 0.5
  done
fi
URL=${URL%/}
echo "archive: $(curl -fs "$URL/api/stats")"
echo "wrk: $THREADS threads, $CONNECTIONS connections, ${DURATION}s per endpoint after ${WARMUP}s of warm-up; $(nproc) cores"

# Varied queries over the synthetic archive's actors (country codes with GOV/MIL/LEG roles), codes and words.
countries=(USA RUS CHN UKR PRK ISR IRN DEU FRA ITA GBR TUR IND JPN KOR SYR)
for i in "${!countries[@]}"; do
  a=${countries[$i]}; b=${countries[$(( (i + 1) % ${#countries[@]} ))]}; c=${countries[$(( (i + 5) % ${#countries[@]} ))]}
  echo "/api/events?source=$a"
  echo "/api/events?source=$a&target=$b"
  echo "/api/events?target=$c&cameo=19&page=2"
  echo "/api/events?source=$b&status=reported&from=2020-01-01&to=2022-12-31"
  echo "/api/events?plover=AGREE&from=202$(( i % 6 ))-01-01&page=$(( i + 1 ))"
  echo "/api/dyads/$a/$b?by=month" >>"$work/dyads"
  echo "/api/dyads/$a/$c?by=week&from=2022-01-01&to=2023-12-31" >>"$work/dyads"
  echo "/api/dyads/$b/$c?by=year" >>"$work/dyads"
done >"$work/events"
words=(Russia accordo sanctions sanzioni treaty trattato ceasefire "cessate%20il%20fuoco" inflation inflazione
       summit vertice "%22trade%20agreement%22" Washington Pechino protest)
for i in "${!words[@]}"; do
  echo "/api/articles?q=${words[$i]}"
  echo "/api/articles?q=${words[$i]}&page=2"
  echo "/api/articles?q=${words[$i]}&lang=$([ $(( i % 2 )) = 0 ] && echo en || echo it)&from=2019-01-01"
done >"$work/articles"

# The same kind of search, but 4,000 different ones: more than the server keeps answers for (1,024), so
# that every search is ranked, counted and highlighted anew.
vocabulary=(accordo sanzioni trattato negoziati inflazione vertice truppe agreement sanctions treaty ceasefire
            inflation summit troops Mosca Pyongyang Berlino Washington aiuti protest armi weapons)
n=${#vocabulary[@]}
for i in $(seq 0 3999); do
  a=${vocabulary[$(( i % n ))]}; b=${vocabulary[$(( (i / n + i) % n ))]}
  case $(( i % 4 )) in
    0) echo "/api/articles?q=$a%20$b" ;;
    1) echo "/api/articles?q=$a&from=$(( 2015 + i % 10 ))-01-01&page=$(( 1 + i % 3 ))" ;;
    2) echo "/api/articles?q=$a%20OR%20$b&lang=$([ $(( i % 8 )) = 2 ] && echo en || echo it)" ;;
    3) echo "/api/articles?q=$a&to=$(( 2016 + i % 10 ))-06-30&page=$(( 1 + i / 4 % 5 ))" ;;
  esac
done >"$work/articles-distinct"

# Warm every endpoint first: the JIT compiles the server's hot paths during its first minute of traffic
# (about 15 s of a compiler thread's CPU), which would otherwise be measured against the first endpoint.
for endpoint in $ENDPOINTS; do
  PATHS="$work/$endpoint" LABEL="$endpoint" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s \
    -s bench/serve-load.lua "$URL" >/dev/null
done
for endpoint in $ENDPOINTS; do
  PATHS="$work/$endpoint" LABEL="$endpoint" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s \
    -s bench/serve-load.lua "$URL" | tail -n 1
done
