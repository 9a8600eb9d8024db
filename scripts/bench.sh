#!/usr/bin/env bash
# Load test of the release binary (`make bench`): seeds BENCH_CASES cases
# (default 1,000,000) into a fresh PostgreSQL database with `ehc-hub seed-bench`,
# serves it on loopback and drives it with wrk at 32 connections (the liveness
# route as the machine's ceiling; the co-ordinator's "All cases" tray, first and
# deep page; a contributor's "My cases"; a partial-name search; case files),
# then the tray at a fixed 300 requests a second (scripts/bench/paced.py, as
# wrk2 would). Then SQLite with BENCH_SQLITE_CASES (default 20,000). Prints a
# summary against the targets and writes it to target/bench/summary.txt.
#
#   make bench                          # the full run (the seed takes minutes)
#   make bench BENCH_CASES=50000        # a quick one
#
# Sessions come from `ehc-hub bench-session`, which signs in only accounts
# seed-bench made: a command-line path, nothing reachable over HTTP.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

BENCH_CASES=${BENCH_CASES:-1000000}
BENCH_SQLITE_CASES=${BENCH_SQLITE_CASES:-20000}
PG_URL=${BENCH_PG_URL:-postgres://postgres@127.0.0.1:5432}
# The server reaches PostgreSQL on the same host, so over loopback without TLS,
# as the README advises for a same-host database (TLS on loopback protects
# nothing and cost the case file read ~10% here). BENCH_PG_PARAMS= keeps libpq's
# default (TLS when the server offers it).
PG_PARAMS=${BENCH_PG_PARAMS-?sslmode=disable}
PG_DB=${BENCH_PG_DB:-ehc_bench}
PORT=${BENCH_PORT:-18380}
DURATION=${BENCH_DURATION:-15s}
WARMUP=${BENCH_WARMUP:-3s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
RATE=${BENCH_RATE:-300}
PACED_SECONDS=${BENCH_PACED_SECONDS:-30}
DEEP_PAGES=${BENCH_DEEP_PAGES:-200}
# The tray under test: one stage, overdue, by next deadline (a co-ordinator's
# usual question), and a three-letter part of a child's name.
TRAY_QUERY=${BENCH_TRAY_QUERY:-tray=all&stage=assessment&overdue=true&sort=next_deadline}
SEARCH=${BENCH_SEARCH:-mar}
SEED_TIMEOUT=${BENCH_SEED_TIMEOUT:-3600}
OUT=$ROOT/target/bench
BIN=$ROOT/target/release/ehc-hub
BASE=http://127.0.0.1:$PORT

# ---- preflight -----------------------------------------------------------
missing=0
need() {
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "ERROR: $1 is missing: $2" >&2
    missing=1
  fi
}
need wrk "apt-get install wrk"
need psql "apt-get install postgresql-client"
need curl "apt-get install curl"
need python3 "apt-get install python3"
[ "$missing" = 0 ] || exit 1
if ! psql "$PG_URL/postgres" -Atqc 'select 1' >/dev/null 2>&1; then
  echo "ERROR: PostgreSQL does not answer at $PG_URL (set BENCH_PG_URL)" >&2
  exit 1
fi

mkdir -p "$OUT"
RESULTS=$OUT/results.tsv
: >"$RESULTS"
SERVER=
cleanup() {
  if [ -n "$SERVER" ] && kill -0 "$SERVER" 2>/dev/null; then
    kill -TERM "$SERVER" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$SERVER" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$SERVER" 2>/dev/null || true
  fi
}
trap cleanup EXIT

now() { date +%s.%N; }
since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$(now)"; }
field() { sed -n "s/^BENCH $1=//p" "$2" | head -1; }

# ---- build ----------------------------------------------------------------
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "== building the release binary"
  nice cargo build --release -p api
fi

# The bench's settings for the binary, in the current (sub)shell.
bench_env() {
  export EHC__DATABASE__URL="$DB_URL" EHC__DATA_DIR="$1/data" EHC__SERVER__PORT="$PORT" \
    EHC__LOG__LEVEL=warn EHC__AUTH__RATE_LIMIT_PER_MINUTE=100000 EHC__SERVER__SPA_DIR="$1/no-spa"
}

# Runs the binary (or a wrapper of it) in `work` with the bench's settings.
ehc() {
  local work=$1; shift
  (cd "$work" && bench_env "$work" && exec "$@")
}

start_server() {
  local work=$1
  if curl -s --max-time 1 "$BASE/healthz" >/dev/null 2>&1; then
    echo "ERROR: something already answers on $BASE (set BENCH_PORT)" >&2
    return 1
  fi
  # exec: the pid we hold is the server's own, for its RSS and for stopping it.
  (cd "$work" && bench_env "$work" && exec "$BIN" serve) >"$work/serve.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 300); do
    curl -sf --max-time 2 "$BASE/readyz" >/dev/null 2>&1 && return 0
    kill -0 "$SERVER" 2>/dev/null || { cat "$work/serve.log" >&2; return 1; }
    sleep 0.2
  done
  echo "ERROR: the server did not become ready" >&2
  return 1
}

stop_server() {
  cleanup
  wait "$SERVER" 2>/dev/null || true
  SERVER=
}

# The server runs its jobs on start (the deadline sweep walks every due case):
# wait until it and PostgreSQL have been idle for 3 s in a row, at most
# BENCH_QUIET_MAX seconds. Their CPU ticks, from /proc.
busy_ticks() {
  local pid total=0
  for pid in "$1" $(pgrep -u postgres 2>/dev/null || true); do
    [ -r "/proc/$pid/stat" ] || continue
    total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}

wait_quiet() {
  local pid=$1 start quiet=0 before after hz
  hz=$(getconf CLK_TCK)
  start=$(now)
  before=$(busy_ticks "$pid")
  for _ in $(seq "${BENCH_QUIET_MAX:-900}"); do
    sleep 1
    after=$(busy_ticks "$pid")
    if [ $((after - before)) -le $((hz / 10)) ]; then quiet=$((quiet + 1)); else quiet=0; fi
    before=$after
    [ "$quiet" -ge 3 ] && break
  done
  STARTUP_BUSY=$(python3 -c "import sys; print(f'{max(0.0, float(sys.argv[2]) - float(sys.argv[1]) - 3):.0f}')" "$start" "$(now)")
  echo "   the server's start-up jobs kept it and PostgreSQL busy for ${STARTUP_BUSY} s"
}

# One wrk run: name, cookie, path (or ids file), [connections].
run_wrk() {
  local name=$1 cookie=$2 path=$3 conns=${4:-$CONNECTIONS} ids=${5:-} line
  # Start from an idle server: a slow run's queued requests must not spoil the next.
  wait_quiet "$SERVER" >/dev/null
  BENCH_COOKIE=$cookie BENCH_IDS=$ids wrk -t"$THREADS" -c"$conns" -d"$WARMUP" --timeout 5s \
    -s scripts/bench/get.lua "$BASE$path" >/dev/null
  line=$(BENCH_COOKIE=$cookie BENCH_IDS=$ids wrk -t"$THREADS" -c"$conns" -d"$DURATION" --timeout 5s \
    --latency -s scripts/bench/get.lua "$BASE$path" | tee "$OUT/wrk-$name.txt" | grep '^RESULT' || true)
  echo "   $name: ${line#RESULT }"
  printf '%s\t%s\t%s\n' "$name" "$conns" "${line#RESULT }" >>"$RESULTS"
}

# A GET that must answer 200; prints the body.
get() {
  curl -sS --max-time 30 -o /dev/stdout -w '\n%{http_code}' -H "Cookie: $1" -H 'X-EHC-CSRF: 1' "$BASE$2" |
    python3 -c 'import sys; *body, code = sys.stdin.read().rsplit("\n", 1); body = "".join(body)
if code.strip() != "200": sys.exit(f"HTTP {code.strip()}: {body[:300]}")
print(body)'
}

items() { python3 -c 'import json,sys; print(len(json.load(sys.stdin)["items"]))'; }
next_cursor() { python3 -c 'import json,sys; print(json.load(sys.stdin).get("next_cursor") or "")'; }
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }

peak_rss() {
  awk '/^VmHWM/ {printf "%.1f", $2 / 1024}' "/proc/$1/status"
}

# ---- PostgreSQL -----------------------------------------------------------
DB_URL=$PG_URL/$PG_DB$PG_PARAMS
WORK=$OUT/pg
# BENCH_REUSE_DB=1 measures again on the database the last run seeded (the
# seed's figures are then the last run's).
if [ "${BENCH_REUSE_DB:-0}" = 1 ] && [ -s "$WORK/seed.log" ] && [ -s "$WORK/case-ids.txt" ]; then
  echo "== PostgreSQL: reusing $PG_DB as seeded by the last run"
  SEED_SECONDS=$(field wall_time "$WORK/seed.log")
else
  echo "== PostgreSQL: a fresh database $PG_DB with $BENCH_CASES cases"
  psql "$PG_URL/postgres" -qX -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" \
    -c "CREATE DATABASE $PG_DB"
  rm -rf "$WORK" && mkdir -p "$WORK"
  t0=$(now)
  if ! ehc "$WORK" timeout "$SEED_TIMEOUT" nice "$BIN" seed-bench --cases "$BENCH_CASES" \
    --ids-out "$WORK/case-ids.txt" 2>&1 | tee "$WORK/seed.log"; then
    echo "ERROR: seed-bench failed" >&2
    exit 1
  fi
  SEED_SECONDS=$(since "$t0")
  echo "BENCH wall_time=$SEED_SECONDS" >>"$WORK/seed.log"
fi
SEED_LOAD=$(field load_time "$WORK/seed.log")
SEED_SWEEP=$(field sweep_time "$WORK/seed.log")
CO_EMAIL=$(field coordinator_email "$WORK/seed.log")
CT_EMAIL=$(field contributor_email "$WORK/seed.log")
DB_SIZE=$(psql "$DB_URL" -Atqc "select pg_size_pretty(pg_database_size(current_database()))")
echo "   seeded in ${SEED_SECONDS} s (rows ${SEED_LOAD}, sweep ${SEED_SWEEP}); database $DB_SIZE"

echo "== serving the release binary on $BASE"
start_server "$WORK"
PG_SERVER=$SERVER
wait_quiet "$SERVER"
PG_BUSY=$STARTUP_BUSY
CO=$(ehc "$WORK" "$BIN" bench-session --email "$CO_EMAIL")
CT=$(ehc "$WORK" "$BIN" bench-session --email "$CT_EMAIL")

TRAY=/api/v1/cases?$TRAY_QUERY
echo "   tray first page: $(get "$CO" "$TRAY" | items) cases"
echo "   following $DEEP_PAGES pages of the tray for a deep cursor"
cursor=
for _ in $(seq "$DEEP_PAGES"); do
  page=$(get "$CO" "$TRAY${cursor:+&cursor=$(urlencode "$cursor")}")
  next=$(next_cursor <<<"$page")
  [ -n "$next" ] || break
  cursor=$next
done
DEEP=$TRAY${cursor:+&cursor=$(urlencode "$cursor")}
echo "   deep page ($cursor): $(get "$CO" "$DEEP" | items) cases"
echo "   contributor's My cases: $(get "$CT" /api/v1/cases | items) cases"
echo "   search '$SEARCH': $(get "$CO" "/api/v1/cases?tray=all&q=$SEARCH" | items) cases"
head -1 "$WORK/case-ids.txt" | while read -r id; do get "$CO" "/api/v1/cases/$id" >/dev/null; done

echo "== wrk: $CONNECTIONS connections, $DURATION each (after $WARMUP of warm-up)"
run_wrk healthz "" /healthz
run_wrk tray "$CO" "$TRAY"
run_wrk tray_deep "$CO" "$DEEP"
run_wrk contributor_mine "$CT" /api/v1/cases
run_wrk search "$CO" "/api/v1/cases?tray=all&q=$SEARCH"
run_wrk case_file "$CO" /api/v1/cases/ "$CONNECTIONS" "$WORK/case-ids.txt"

echo "== the tray at a fixed $RATE requests a second for ${PACED_SECONDS} s"
line=$(python3 scripts/bench/paced.py "$BASE$TRAY" --rate "$RATE" --seconds "$PACED_SECONDS" \
  --connections "$CONNECTIONS" -H "Cookie: $CO" -H "X-EHC-CSRF: 1" | grep '^RESULT')
echo "   tray_paced: ${line#RESULT }"
printf '%s\t%s\t%s\n' tray_paced "$CONNECTIONS" "${line#RESULT }" >>"$RESULTS"
PG_RSS=$(peak_rss "$PG_SERVER")
echo "   server peak RSS ${PG_RSS} MiB"
grep -E 'panicked|ERROR' "$WORK/serve.log" | head -5 || true
stop_server

# ---- SQLite ---------------------------------------------------------------
echo "== SQLite: $BENCH_SQLITE_CASES cases"
WORK=$OUT/sqlite
rm -rf "$WORK" && mkdir -p "$WORK"
DB_URL=sqlite://$WORK/data/bench.sqlite
t0=$(now)
ehc "$WORK" timeout "$SEED_TIMEOUT" nice "$BIN" seed-bench --cases "$BENCH_SQLITE_CASES" \
  --ids-out "$WORK/case-ids.txt" 2>&1 | tee "$WORK/seed.log"
SQLITE_SEED_SECONDS=$(since "$t0")
CO_EMAIL=$(field coordinator_email "$WORK/seed.log")
start_server "$WORK"
SQ_SERVER=$SERVER
wait_quiet "$SERVER"
CO=$(ehc "$WORK" "$BIN" bench-session --email "$CO_EMAIL")
echo "   tray first page: $(get "$CO" "$TRAY" | items) cases"
run_wrk sqlite_tray "$CO" "$TRAY"
SQ_RSS=$(peak_rss "$SQ_SERVER")
echo "   server peak RSS ${SQ_RSS} MiB"
stop_server

# ---- summary --------------------------------------------------------------
python3 - "$RESULTS" "$OUT/summary.txt" <<EOF
import sys
rows = {}
for line in open(sys.argv[1]):
    name, conns, rest = line.rstrip("\n").split("\t")
    r = dict(kv.split("=") for kv in rest.split())
    r["conns"] = conns
    rows[name] = r
TARGETS = {
    "tray": ("rps", ">=", 3000), "tray_deep": ("rps", ">=", 3000),
    "case_file": ("rps", ">=", 2500), "sqlite_tray": ("rps", ">=", 2000),
}
LABELS = [
    ("healthz", "GET /healthz (ceiling)"),
    ("tray", "All cases (stage, overdue, by deadline)"),
    ("tray_deep", "  the same, page ~$DEEP_PAGES by cursor"),
    ("contributor_mine", "Contributor: My cases"),
    ("search", "All cases: q=$SEARCH"),
    ("case_file", "GET /api/v1/cases/{id} (rotating)"),
    ("tray_paced", "All cases at $RATE req/s (fixed rate)"),
    ("sqlite_tray", "SQLite $BENCH_SQLITE_CASES: All cases"),
]
out = []
out.append("ehc-hub load test: $BENCH_CASES cases on PostgreSQL, $BENCH_SQLITE_CASES on SQLite; "
           "$CONNECTIONS connections, $DURATION per run, $(nproc) cores")
out.append("seed (PostgreSQL): ${SEED_SECONDS} s wall (rows ${SEED_LOAD}, deadline sweep ${SEED_SWEEP}); "
           "database ${DB_SIZE}; SQLite seed ${SQLITE_SEED_SECONDS} s")
out.append("server start-up jobs busy: ${PG_BUSY} s (PostgreSQL)")
out.append("server to PostgreSQL: ${PG_URL}/${PG_DB}${PG_PARAMS}")
out.append("tray: /api/v1/cases?$TRAY_QUERY")
out.append("")
out.append(f"{'endpoint':44} {'conns':>5} {'req/s':>9} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} {'errors':>6}  verdict")
missed = []
for key, label in LABELS:
    r = rows.get(key)
    if r is None:
        continue
    errors = int(r.get("non2xx", 0)) + int(r.get("timeouts", 0)) + int(r.get("socket", 0))
    verdict = ""
    if key in TARGETS:
        _, _, goal = TARGETS[key]
        ok = float(r["rps"]) >= goal
        verdict = f"{'ok' if ok else 'MISSED'} (>= {goal} req/s)"
    if key == "tray_paced":
        ok = float(r["p95"]) <= 10 and float(r["p99"]) <= 25
        verdict = f"{'ok' if ok else 'MISSED'} (p95 <= 10, p99 <= 25 ms)"
    if errors:
        verdict += f" {errors} ERRORS"
        ok = False
    if verdict and not ok:
        missed.append(key)
    out.append(f"{label:44} {r['conns']:>5} {float(r['rps']):>9.0f} {float(r['p50']):>8.2f} {float(r['p95']):>8.2f} "
               f"{float(r['p99']):>8.2f} {float(r['max']):>8.1f} {errors:>6}  {verdict}")
out.append("")
rss_ok = float("${PG_RSS}") <= 200
out.append(f"server peak RSS (VmHWM): PostgreSQL ${PG_RSS} MiB, SQLite ${SQ_RSS} MiB  "
           f"{'ok' if rss_ok else 'MISSED'} (<= 200 MiB)")
if not rss_ok:
    missed.append("rss")
out.append("targets missed: " + (", ".join(missed) if missed else "none"))
text = "\n".join(out) + "\n"
open(sys.argv[2], "w").write(text)
print(text)
EOF
echo "summary written to target/bench/summary.txt"
