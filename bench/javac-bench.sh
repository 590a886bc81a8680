#!/usr/bin/env bash
# Compile-time cost of schemadrift: compiles generated projects with plain javac, with javac and a
# processor that does nothing (NoopProcessorFloor: what javac charges any annotation processor,
# mostly entering every class a second time for the last round), with javac + the
# shaded processor jar and its replay cache off (a clean build), and with the cache filled by an
# earlier build (a rebuild after an entity change, no migration changed); several runs each after a
# warm-up; and a cached project with one migration added (the everyday case: the cache misses
# and the replay resumes from the cached snapshot after the unchanged migrations, replaying only the
# added file; its timings note is kept in the report). Prints medians, the
# ratios to javac alone, schemadrift's share over the no-op floor ((build - no-op) / javac alone)
# for the clean, cached and one-added builds, the processor's stage times (from its
# -Aschemadrift.timings note), peak memory, and the machine load. The user-level cache is off in
# every build here (-Aschemadrift.userCache=off), so that no run reads what an earlier one stored.
#
#   bench/javac-bench.sh [--sizes small,medium,large] [--runs 5] [--warmup 1]
#                        [--flavour postgresql|mysql] [--no-build] [--no-hyperfine]
#
# Results go to bench/target/results/javac-<date>.md (and .json from hyperfine when it is used).
# Re-run it on a quiet machine: the load average is printed with every measurement.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

SIZES=small,medium,large
RUNS=5
WARMUP=1
FLAVOUR=postgresql
BUILD=1
HYPERFINE=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) SIZES=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --flavour) FLAVOUR=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --no-hyperfine) HYPERFINE=0; shift ;;
    *) echo "unknown argument: $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done

# shellcheck source=bench/common.sh
source bench/common.sh
bench_build "$BUILD"

RESULTS=bench/target/results
mkdir -p "$RESULTS"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
REPORT=$RESULTS/javac-$STAMP.md
DIALECT=$FLAVOUR

{
  echo "# javac vs javac + schemadrift ($STAMP)"
  echo
  echo "- machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB RAM; $(java -version 2>&1 | head -1)"
  echo "- processor jar: $(basename "$PROCESSOR_JAR"); flavour: $FLAVOUR; runs: $RUNS after $WARMUP warm-up"
  echo "- timer: $( [[ $HYPERFINE == 1 ]] && command -v hyperfine >/dev/null && echo hyperfine || echo 'date +%s%N in the script')"
  echo
  echo "| size | entities | migrations | statements | javac median (s) | javac + no-op processor median (s) | clean build, cache off: javac + schemadrift median (s) | ratio | cached rebuild: javac + schemadrift median (s) | ratio | processor's last-round time clean / cached, median (ms) | replay (clean) / cache load (cached) on the background thread, median (ms) | peak RSS javac / clean (MB) | peak heap after GC javac / clean (MB) | CPU user+sys mean javac / no-op / clean / cached (s) | load avg (1 min) before / after | one migration added to a cached project, median (s) | schemadrift's share over the no-op floor, of javac alone: clean / cached / one added (targets 0.30 / 0.03 / 0.03 + the file's replay) |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
} > "$REPORT"

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.4f\n", (a[NR/2]+a[NR/2+1])/2}'; }

for SIZE in ${SIZES//,/ }; do
  read -r N M <<<"$(size_counts "$SIZE")"
  PROJECT=bench/target/projects/$SIZE-$FLAVOUR
  generate_project "$PROJECT" "$N" "$M" --flavour "$FLAVOUR"
  STATEMENTS=$(sed -n 's/.*, \([0-9]*\) statements,.*/\1/p' "$PROJECT/generated.txt")
  find "$PROJECT/src/main/java" -name '*.java' | sort > "$PROJECT/sources.txt"
  OUT=$PROJECT/classes
  PLAIN="javac -d $OUT -cp $JPA_JAR @$PROJECT/sources.txt"
  WITH="javac -d $OUT -cp $JPA_JAR -processorpath $PROCESSOR_JAR -Aschemadrift.userCache=off -Aschemadrift.projectDir=$ROOT/$PROJECT -Aschemadrift.dialect=$DIALECT -Aschemadrift.migrations=$ROOT/$PROJECT/src/main/resources/db/migration -Aschemadrift.timings=true @$PROJECT/sources.txt"
  CLEAN="$WITH -Aschemadrift.cache=off"
  NOOP="javac -d $OUT -cp $JPA_JAR -processorpath $ROOT/bench/target/classes -processor io.github.schemadrift.bench.NoopProcessorFloor @$PROJECT/sources.txt"
  LOAD_BEFORE=$(load1)
  echo "== $SIZE: $N entities, $M migrations, $STATEMENTS statements (load $LOAD_BEFORE)"

  # The processor must find the generated project clean: 0 errors, 0 warnings.
  rm -rf "$OUT"; mkdir -p "$OUT"
  $WITH > "$PROJECT/processor-output.txt" 2>&1 || { cat "$PROJECT/processor-output.txt"; echo "javac + schemadrift failed on the generated $SIZE project" >&2; exit 1; }
  grep -q ': 0 errors, 0 warnings in ' "$PROJECT/processor-output.txt" || { cat "$PROJECT/processor-output.txt"; echo "the generated $SIZE project is not clean" >&2; exit 1; }

  # One migration added to the cached project: the cache of the unchanged project is saved and put
  # back before each run, and the new file (a table no entity maps, and a row) written again.
  CACHE_FILE=$PROJECT/build/schemadrift-cache/schema.bin
  cp "$CACHE_FILE" "$PROJECT/cache-before-added.bin"
  ADDED_FILE=$PROJECT/src/main/resources/db/migration/V$((M + 1))__bench_added.sql
  prepare_added() {
    rm -rf "$OUT"; mkdir -p "$OUT"
    cp "$PROJECT/cache-before-added.bin" "$CACHE_FILE"
    printf 'CREATE TABLE bench_added (id BIGINT PRIMARY KEY, note VARCHAR(40));\nINSERT INTO bench_added (id, note) VALUES (1, %s);\n' "'one'" > "$ADDED_FILE"
  }
  time_added() {
    local i
    for ((i = 0; i < WARMUP + RUNS; i++)); do
      prepare_added
      local t0 t1; t0=$(date +%s%N); $WITH > "$PROJECT/added-output.txt" 2>&1; t1=$(date +%s%N)
      grep -q ': 0 errors, 0 warnings in ' "$PROJECT/added-output.txt" || { cat "$PROJECT/added-output.txt"; echo "the $SIZE project with one migration added is not clean" >&2; exit 1; }
      ((i >= WARMUP)) && echo "scale=3; ($t1 - $t0) / 1000000000" | bc
    done
    rm -f "$ADDED_FILE"
    cp "$PROJECT/cache-before-added.bin" "$CACHE_FILE"
  }
  ADDED_MED=$(time_added | median)
  # what the last of those runs did: 'replay resumed after N cached migrations M ms' (or a whole replay)
  ADDED_STAGE=$(sed -n 's/.*\[schemadrift:summary\] timings: \([a-z0-9 ]* [0-9]* ms\) .*/\1/p' "$PROJECT/added-output.txt" | head -1)

  if [[ $HYPERFINE == 1 ]] && command -v hyperfine >/dev/null; then
    # The cached rebuild's warm-up (and the clean check above) fill the cache; the clean runs never use it.
    hyperfine --style basic --warmup "$WARMUP" --runs "$RUNS" --prepare "rm -rf $OUT && mkdir -p $OUT" \
      --export-json "$RESULTS/javac-$SIZE-$STAMP.json" -n javac "$PLAIN" -n "javac+no-op processor" "$NOOP" -n "javac+schemadrift, cache off" "$CLEAN" \
      -n "javac+schemadrift, cached" "$WITH" >&2
    field() { python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results']; print($1)" "$RESULTS/javac-$SIZE-$STAMP.json"; }
    PLAIN_MED=$(field "'%.3f' % r[0]['median']")
    NOOP_MED=$(field "'%.3f' % r[1]['median']")
    CLEAN_MED=$(field "'%.3f' % r[2]['median']")
    WITH_MED=$(field "'%.3f' % r[3]['median']")
    CPU=$(field "' / '.join('%.2f' % (x['user'] + x['system']) for x in r)")
  else
    time_runs() {
      local cmd=$1 i
      for ((i = 0; i < WARMUP; i++)); do rm -rf "$OUT"; mkdir -p "$OUT"; $cmd >/dev/null 2>&1; done
      for ((i = 0; i < RUNS; i++)); do
        rm -rf "$OUT"; mkdir -p "$OUT"
        local t0 t1; t0=$(date +%s%N); $cmd >/dev/null 2>&1; t1=$(date +%s%N)
        echo "scale=3; ($t1 - $t0) / 1000000000" | bc
      done
    }
    cpu_mean() { # CPU user+sys of one more run of the build, by /usr/bin/time
      rm -rf "$OUT"; mkdir -p "$OUT"
      /usr/bin/time -f '%U %S' "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.2f", $1 + $2}'
    }
    CPU="$(cpu_mean $PLAIN) / $(cpu_mean $NOOP) / $(cpu_mean $CLEAN) / $(cpu_mean $WITH) (one run each)"
    PLAIN_MED=$(time_runs "$PLAIN" | median)
    NOOP_MED=$(time_runs "$NOOP" | median)
    CLEAN_MED=$(time_runs "$CLEAN" | median)
    WITH_MED=$(time_runs "$WITH" | median)
  fi

  # The processor's own times, as its notes report them, over RUNS more runs of each build: the
  # last round's time (what javac waits for at the end) and the replay or cache load, which starts
  # in the first round on a thread of its own and overlaps javac's work.
  own() {
    local cmd=$1 i log=$PROJECT/own.txt
    : > "$log"
    for ((i = 0; i < RUNS; i++)); do rm -rf "$OUT"; mkdir -p "$OUT"; $cmd >> "$log" 2>&1; done
    local last stage
    last=$(sed -n 's/.*\[schemadrift:summary\] checked .* in \([0-9]*\) ms.*/\1/p' "$log" | median | awk '{printf "%.0f", $1}')
    stage=$(sed -n 's/.*\[schemadrift:summary\] timings: [a-z ]* \([0-9]*\) ms .*/\1/p' "$log" | median | awk '{printf "%.0f", $1}')
    echo "$last $stage"
  }
  read -r OWN_CLEAN REPLAY_CLEAN <<<"$(own "$CLEAN")"
  read -r OWN_CACHED LOAD_CACHED <<<"$(own "$WITH")"

  # Peak memory: resident set size, and the largest heap left after a GC (javac's default heap).
  rss() { rm -rf "$OUT"; mkdir -p "$OUT"; /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%d", $1/1024}'; }
  heap() {
    rm -rf "$OUT"; mkdir -p "$OUT"
    local log=$PROJECT/gc.log
    "$@" -J-Xlog:gc:file="$log" >/dev/null 2>&1
    grep -o '[0-9]*M->[0-9]*M' "$log" | sed 's/.*->\([0-9]*\)M/\1/' | sort -n | tail -1
  }
  RSS_PLAIN=$(rss $PLAIN); RSS_CLEAN=$(rss $CLEAN)
  HEAP_PLAIN=$(heap $PLAIN); HEAP_CLEAN=$(heap $CLEAN)
  LOAD_AFTER=$(load1)
  ratio() { echo "scale=3; $1 / $PLAIN_MED" | bc; }
  share() { echo "scale=3; ($1 - $NOOP_MED) / $PLAIN_MED" | bc; }
  SHARES="$(share "$CLEAN_MED") / $(share "$WITH_MED") / $(share "$ADDED_MED")"
  added() { echo "scale=1; ($1 - $PLAIN_MED) * 100 / $PLAIN_MED" | bc; }
  echo "| $SIZE | $N | $M | $STATEMENTS | $PLAIN_MED | $NOOP_MED (+$(added "$NOOP_MED")%) | $CLEAN_MED | $(ratio "$CLEAN_MED") (+$(added "$CLEAN_MED")%) | $WITH_MED | $(ratio "$WITH_MED") (+$(added "$WITH_MED")%) | $OWN_CLEAN / $OWN_CACHED | $REPLAY_CLEAN / $LOAD_CACHED | $RSS_PLAIN / $RSS_CLEAN | ${HEAP_PLAIN:-?} / ${HEAP_CLEAN:-?} | $CPU | $LOAD_BEFORE / $LOAD_AFTER | $ADDED_MED ($ADDED_STAGE) | $SHARES |" >> "$REPORT"
  echo "   javac $PLAIN_MED s; no-op processor $NOOP_MED s (+$(added "$NOOP_MED")%); clean build (cache off) $CLEAN_MED s (+$(added "$CLEAN_MED")%); cached rebuild $WITH_MED s (+$(added "$WITH_MED")%); one migration added $ADDED_MED s ($ADDED_STAGE); share over the no-op floor clean / cached / one added: $SHARES; last round $OWN_CLEAN / $OWN_CACHED ms (load after $LOAD_AFTER)"
done

{
  echo
  echo "Default max heap of javac here: $(java -XX:+PrintFlagsFinal -version 2>/dev/null | awk '/ MaxHeapSize /{printf "%d MB", $4/1048576}')."
  echo "The no-op processor column is javac's own charge for running any annotation processor; schemadrift's share is its build's time minus that one."
  echo "Budget (issue 18): schemadrift's share over the no-op floor, (build - no-op) / javac alone, on the large project: clean build <= 0.30, cached rebuild <= 0.03, one migration added <= 0.03 plus that file's own replay; the large clean build under 256 MB of heap after GC."
} >> "$REPORT"
echo
cat "$REPORT"
