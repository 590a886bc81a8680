#!/usr/bin/env bash
# Profiles one javac + schemadrift compile of a generated project with JFR and prints where the
# CPU samples fall: the hottest methods and the processor's stages.
#
#   bench/profile.sh [--size large] [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SIZE=large
BUILD=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --size) SIZE=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
# shellcheck source=bench/common.sh
source bench/common.sh
bench_build "$BUILD"
read -r N M <<<"$(size_counts "$SIZE")"
P=bench/target/projects/profile-$SIZE
generate_project "$P" "$N" "$M"
find "$P/src/main/java" -name '*.java' | sort > "$P/sources.txt"
mkdir -p "$P/classes" bench/target/results
JFR=bench/target/results/profile-$SIZE.jfr
echo "load before: $(load1)"
javac -J-XX:StartFlightRecording=filename="$JFR",settings=profile -d "$P/classes" -cp "$JPA_JAR" \
  -processorpath "$PROCESSOR_JAR" -Aschemadrift.migrations="$ROOT/$P/src/main/resources/db/migration" "@$P/sources.txt" 2>&1 | tail -1
jfr print --stack-depth 300 --events jdk.ExecutionSample "$JFR" > "$P/samples.txt"
python3 - "$P/samples.txt" <<'PY'
import collections, re, sys
samples = [re.findall(r'^\s+([\w.$<>]+)\(', s, re.M) for s in open(sys.argv[1]).read().split('jdk.ExecutionSample')]
samples = [f for f in samples if f]
own = collections.Counter(f[0] for f in samples)
inclusive = collections.Counter(m for f in samples for m in set(f))
print(f"{len(samples)} samples, {inclusive['io.github.schemadrift.SchemaDriftProcessor.process']} in the processor")
print("hottest methods (self):")
for m, c in own.most_common(10):
    print(f"  {c:5d}  {m}")
print("stages (inclusive):")
for m, c in inclusive.most_common():
    if m.startswith('io.github.schemadrift.') and '.shaded.' not in m and c >= 3:
        print(f"  {c:5d}  {m}")
PY
