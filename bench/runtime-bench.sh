#!/usr/bin/env bash
# The runtime alternative, side by side with schemadrift, on one generated project (medium by
# default): start a database, Flyway migrate, Hibernate validate (hbm2ddl.auto=validate) - what
# users run today in a test - against javac + schemadrift's added time on the same project.
#
#   bench/runtime-bench.sh [--size medium] [--runs 3] [--no-build] [--no-postgres]
#
# H2 runs in-process in PostgreSQL mode on the "portable" flavour of the project (the same
# project without PL/pgSQL functions and triggers, which H2 cannot run). PostgreSQL runs when
# its server binaries are installed (Debian: apt-get install -y postgresql); the script starts
# a throw-away cluster as user postgres on port 55439 and stops it at the end. (The embedded
# PostgreSQL of io.zonky.test runs initdb, which refuses to run as root, as CI and this machine
# do, so the script uses the distribution's server instead.)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

SIZE=medium
RUNS=3
BUILD=1
POSTGRES=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --size) SIZE=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --no-postgres) POSTGRES=0; shift ;;
    *) echo "unknown argument: $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done

# shellcheck source=bench/common.sh
source bench/common.sh
bench_build "$BUILD"
read -r N M <<<"$(size_counts "$SIZE")"
RESULTS=bench/target/results
mkdir -p "$RESULTS"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
REPORT=$RESULTS/runtime-$STAMP.md

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.0f\n", (a[NR/2]+a[NR/2+1])/2}'; }
field() { sed -n "s/.* $1=\([0-9]*\).*/\1/p"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# --- schemadrift on the same project (PostgreSQL flavour, the full one) ---------------------
FULL=bench/target/projects/runtime-$SIZE-postgresql
PORTABLE=bench/target/projects/runtime-$SIZE-portable
generate_project "$FULL" "$N" "$M" --flavour postgresql
generate_project "$PORTABLE" "$N" "$M" --flavour postgresql --portable
for P in "$FULL" "$PORTABLE"; do
  find "$P/src/main/java" -name '*.java' | sort > "$P/sources.txt"
  mkdir -p "$P/classes"
  javac -d "$P/classes" -cp "$JPA_JAR" "@$P/sources.txt"
done

LOAD_BEFORE=$(load1)
echo "== schemadrift on $SIZE ($N entities, $M migrations), $RUNS runs each (load $LOAD_BEFORE)"
PLAIN_T=(); WITH_T=(); OWN_T=(); CLEAN_T=(); CLEAN_OWN_T=()
# the processor's own time, from its summary note ("N errors, N warnings in N ms; ...")
own_ms() { sed -n 's/.*: [0-9]* errors*, [0-9]* warnings* in \([0-9]*\) ms.*/\1/p' | head -1; }
for ((i = 0; i <= RUNS; i++)); do # run 0 is the warm-up
  rm -rf "$FULL/out" && mkdir -p "$FULL/out"
  t0=$(now_ms); javac -d "$FULL/out" -cp "$JPA_JAR" "@$FULL/sources.txt"; t1=$(now_ms)
  rm -rf "$FULL/out" && mkdir -p "$FULL/out"
  t2=$(now_ms)
  out=$(javac -d "$FULL/out" -cp "$JPA_JAR" -processorpath "$PROCESSOR_JAR" \
    -Aschemadrift.migrations="$ROOT/$FULL/src/main/resources/db/migration" "@$FULL/sources.txt" 2>&1)
  t3=$(now_ms)
  echo "$out" | grep -q ': 0 errors, 0 warnings in ' || { echo "$out"; echo "project not clean" >&2; exit 1; }
  # the same compile without the replay cache: what a clean build (or the first build) pays
  rm -rf "$FULL/out" && mkdir -p "$FULL/out"
  t4=$(now_ms)
  clean=$(javac -d "$FULL/out" -cp "$JPA_JAR" -processorpath "$PROCESSOR_JAR" -Aschemadrift.cache=off \
    -Aschemadrift.migrations="$ROOT/$FULL/src/main/resources/db/migration" "@$FULL/sources.txt" 2>&1)
  t5=$(now_ms)
  echo "$clean" | grep -q ': 0 errors, 0 warnings in ' || { echo "$clean"; echo "project not clean" >&2; exit 1; }
  if ((i > 0)); then
    PLAIN_T+=($((t1 - t0))); WITH_T+=($((t3 - t2))); CLEAN_T+=($((t5 - t4)))
    OWN_T+=("$(echo "$out" | own_ms)"); CLEAN_OWN_T+=("$(echo "$clean" | own_ms)")
  fi
done
PLAIN_MED=$(printf '%s\n' "${PLAIN_T[@]}" | median)
WITH_MED=$(printf '%s\n' "${WITH_T[@]}" | median)
OWN_MED=$(printf '%s\n' "${OWN_T[@]}" | median)
CLEAN_MED=$(printf '%s\n' "${CLEAN_T[@]}" | median)
CLEAN_OWN_MED=$(printf '%s\n' "${CLEAN_OWN_T[@]}" | median)
ADDED=$((WITH_MED - PLAIN_MED))
CLEAN_ADDED=$((CLEAN_MED - PLAIN_MED))

# --- the runtime check ------------------------------------------------------------------------
run_validation() { # label, project, args...
  local label=$1 project=$2
  shift 2
  local t0 t1 line
  t0=$(now_ms)
  line=$(java -cp "$BENCH_CP" io.github.schemadrift.bench.RuntimeValidation --project "$project" --classes "$project/classes" "$@" 2>"$RESULTS/runtime-$label.log" | grep '^RESULT') \
    || { tail -30 "$RESULTS/runtime-$label.log"; echo "runtime validation on $label failed" >&2; exit 1; }
  t1=$(now_ms)
  echo "$line process_wall_ms=$((t1 - t0))"
}

declare -A ROWS
H2_LINES=()
for ((i = 0; i <= RUNS; i++)); do
  line=$(run_validation h2 "$PORTABLE" --h2)
  echo "   h2 run $i: $line"
  ((i > 0)) && H2_LINES+=("$line")
done

PG_LINES=()
PG_START_T=()
if [[ $POSTGRES == 1 ]]; then
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [[ -z "$PG_BIN" ]]; then
    echo "   no PostgreSQL server binaries (apt-get install -y postgresql): PostgreSQL row skipped"
  else
    PGDATA_DIR=$(mktemp -d /tmp/schemadrift-bench-pg.XXXXXX)
    chown postgres "$PGDATA_DIR"
    PORT=55439
    stop_pg() { su postgres -c "$PG_BIN/pg_ctl -D $PGDATA_DIR/data -m immediate stop" >/dev/null 2>&1 || true; rm -rf "$PGDATA_DIR"; }
    trap stop_pg EXIT
    for ((i = 0; i <= RUNS; i++)); do
      # Like an embedded or containerised PostgreSQL in a test: a fresh cluster every time.
      su postgres -c "$PG_BIN/pg_ctl -D $PGDATA_DIR/data -m immediate stop" >/dev/null 2>&1 || true
      rm -rf "$PGDATA_DIR/data"
      t0=$(now_ms)
      su postgres -c "$PG_BIN/initdb -D $PGDATA_DIR/data -A trust -U postgres" >/dev/null
      su postgres -c "$PG_BIN/pg_ctl -D $PGDATA_DIR/data -o '-p $PORT -k $PGDATA_DIR -c listen_addresses=localhost' -w start" >/dev/null
      t1=$(now_ms)
      line=$(run_validation postgresql "$FULL" --jdbc-url "jdbc:postgresql://localhost:$PORT/postgres" --user postgres)
      echo "   postgresql run $i: cluster start $((t1 - t0)) ms; $line"
      if ((i > 0)); then PG_LINES+=("$line"); PG_START_T+=($((t1 - t0))); fi
    done
  fi
fi
LOAD_AFTER=$(load1)

summarise() { # label, db start override (ms) or "", lines...
  local label=$1 start_override=$2
  shift 2
  local db fly val wall
  db=$(printf '%s\n' "$@" | field db_start_ms | median)
  [[ -n "$start_override" ]] && db=$start_override
  fly=$(printf '%s\n' "$@" | field flyway_migrate_ms | median)
  val=$(printf '%s\n' "$@" | field hibernate_validate_ms | median)
  wall=$(printf '%s\n' "$@" | field process_wall_ms | median)
  [[ -n "$start_override" ]] && wall=$((wall + start_override))
  local ratio clean_ratio faster clean_faster
  ratio=$(echo "scale=3; $ADDED / $wall" | bc)
  clean_ratio=$(echo "scale=3; $CLEAN_ADDED / $wall" | bc)
  # how many times faster schemadrift's added time is than the runtime check (targets: clean >= 10x, cached >= 20x)
  faster=$( ((ADDED > 0)) && echo "scale=1; $wall / $ADDED" | bc || echo "-")
  clean_faster=$( ((CLEAN_ADDED > 0)) && echo "scale=1; $wall / $CLEAN_ADDED" | bc || echo "-")
  echo "| $label | $db | $fly | $val | $wall | $CLEAN_ADDED ms: $clean_ratio, ${clean_faster}x faster | $ADDED ms: $ratio, ${faster}x faster |"
}

{
  echo "# Runtime validation vs schemadrift, $SIZE project ($STAMP)"
  echo
  echo "- $N entities, $M migrations; $(nproc) cores; load avg (1 min) $LOAD_BEFORE before, $LOAD_AFTER after; medians of $RUNS runs after a warm-up"
  echo "- schemadrift: javac $PLAIN_MED ms; clean build (cache off) $CLEAN_MED ms: **adds $CLEAN_ADDED ms** (processor's own time $CLEAN_OWN_MED ms); cached rebuild $WITH_MED ms: **adds $ADDED ms** (processor's own time $OWN_MED ms)"
  echo
  echo "| runtime check | database start (ms) | Flyway migrate (ms) | Hibernate validate (ms) | whole run incl. JVM (ms) | schemadrift, clean build: added time, fraction of the runtime check, times faster (target >= 10x) | schemadrift, cached rebuild: same (target >= 20x) |"
  echo "|---|---|---|---|---|---|---|"
  summarise "H2 in-process, PostgreSQL mode (portable flavour)" "" "${H2_LINES[@]}"
  if ((${#PG_LINES[@]} > 0)); then
    PG_START=$(printf '%s\n' "${PG_START_T[@]}" | median)
    summarise "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') (fresh cluster: initdb + start)" "$PG_START" "${PG_LINES[@]}"
  fi
} > "$REPORT"
echo
cat "$REPORT"
