#!/usr/bin/env bash
# Cold replay of the real folders of ../shared/corpus/sql (issue 18, item 5): each folder is
# discovered and replayed once in a fresh JVM that has loaded none of schemadrift's classes
# (bench/src/main/java/.../CorpusReplay.java), as the processor's background thread does it in a
# clean build. Prints, per folder, the median over the runs of the wall time, the CPU time of the
# whole process (every thread: replay, parse threads, JIT, GC) and of the replaying thread, and a
# digest of the replay's problems, notes and tables (equal digests: the same diagnostics).
# On a shared machine compare the CPU columns; the wall time depends on what else runs.
#
#   bench/corpus-bench.sh [--runs 3] [--jar path/to/schemadrift-processor.jar] [--no-build]
#                         [--folders kitodo/mysql:mysql,...]
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=3
BUILD=1
JAR=
FOLDERS=kitodo/mysql:mysql,onap-so-catalog/mariadb:mariadb,ohdsi-webapi/postgresql:postgresql,dspace/postgresql:postgresql
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    --jar) JAR=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --folders) FOLDERS=$2; shift 2 ;;
    *) echo "unknown argument: $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done

# shellcheck source=bench/common.sh
source bench/common.sh
bench_build "$BUILD"
JAR=${JAR:-$PROCESSOR_JAR}
CORPUS=$(cd .. && pwd)/shared/corpus/sql
[[ -d "$CORPUS" ]] || { echo "no corpus at $CORPUS" >&2; exit 1; }

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

echo "cold replay, $(basename "$JAR"), $RUNS run(s) per folder, $(nproc) cores, load before: $(load1)"
echo "| folder | files | statements replayed / ignored / not understood | wall median (ms) | CPU process median (ms) | CPU replaying thread median (ms) | digest |"
echo "|---|---|---|---|---|---|---|"
for ENTRY in ${FOLDERS//,/ }; do
  FOLDER=${ENTRY%%:*}
  DIALECT=${ENTRY##*:}
  LINES=()
  for ((i = 0; i < RUNS; i++)); do
    LINES+=("$(java -cp "$JAR:bench/target/classes" io.github.schemadrift.bench.CorpusReplay "$CORPUS/$FOLDER" "$DIALECT")")
  done
  FIRST=${LINES[0]}
  FILES=$(sed -E 's/.*\| ([0-9]+) files.*/\1/' <<< "$FIRST")
  STATS=$(sed -E 's/.*\| ([0-9]+) replayed, ([0-9]+) ignored, ([0-9]+) not understood.*/\1 \/ \2 \/ \3/' <<< "$FIRST")
  WALL=$(printf '%s\n' "${LINES[@]}" | sed -E 's/.*wall ([0-9]+) ms.*/\1/' | median)
  CPU=$(printf '%s\n' "${LINES[@]}" | sed -E 's/.*CPU process ([0-9]+) ms.*/\1/' | median)
  THREAD=$(printf '%s\n' "${LINES[@]}" | sed -E 's/.*replaying thread ([0-9]+) ms.*/\1/' | median)
  DIGESTS=$(printf '%s\n' "${LINES[@]}" | sed -E 's/.*digest ([0-9a-f]+).*/\1/' | sort -u | tr '\n' ' ')
  echo "| $FOLDER | $FILES | $STATS | $WALL | $CPU | $THREAD | $DIGESTS|"
done
echo "load after: $(load1)"
