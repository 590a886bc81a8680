#!/usr/bin/env bash
# Where one cold replay of a corpus folder (bench/corpus-bench.sh) spends its CPU: the CPU of each
# kind of thread (JIT compilers, GC, the migration readers, the replaying thread), the JIT's and
# class loading's totals, then JFR's execution samples at 1 ms on the Java threads, by method and by
# the stage they fall in (split, rewrite, JSqlParser parse, classification, replay, class loading).
#
#   bench/corpus-profile.sh FOLDER DIALECT [--jar path/to/schemadrift-processor.jar] [--no-build]
#   e.g. bench/corpus-profile.sh kitodo/mysql mysql --no-build
set -euo pipefail
cd "$(dirname "$0")/.."
FOLDER=$1
DIALECT=$2
shift 2
BUILD=1
JAR=
while [[ $# -gt 0 ]]; do
  case "$1" in
    --jar) JAR=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    *) echo "unknown argument: $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done
# shellcheck source=bench/common.sh
source bench/common.sh
bench_build "$BUILD"
JAR=${JAR:-$PROCESSOR_JAR}
CORPUS=$(cd .. && pwd)/shared/corpus/sql
OUT=bench/target/results/corpus-profile
mkdir -p "$OUT"
NAME=${FOLDER//\//-}
JFC=$OUT/sample-1ms.jfc
sed -E '/<event name="jdk.ExecutionSample">/,/<\/event>/ s#<setting name="period"[^>]*>[^<]*</setting>#<setting name="period">1 ms</setting>#' \
  "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib/jfr/profile.jfc" > "$JFC"
echo "load before: $(load1)"
java -XX:-UseDynamicNumberOfCompilerThreads -XX:+UnlockDiagnosticVMOptions -XX:+CITime \
  -Dschemadrift.bench.threads=true -XX:StartFlightRecording=filename="$OUT/$NAME.jfr",settings="$JFC" \
  -Xlog:class+load=info:file="$OUT/$NAME.classes.txt" \
  -cp "$JAR:bench/target/classes" io.github.schemadrift.bench.CorpusReplay "$CORPUS/$FOLDER" "$DIALECT" \
  > "$OUT/$NAME.out.txt" 2>&1
grep -v -e '^\[' "$OUT/$NAME.out.txt" | grep -e ' | ' -e ' ms  ' || true
grep -E 'C[12] \{speed|Total compilation time|nmethod code size' "$OUT/$NAME.out.txt" | head -4 || true
echo "classes loaded: $(wc -l < "$OUT/$NAME.classes.txt") of them $(grep -c 'shaded' "$OUT/$NAME.classes.txt") shaded libraries'"
for lib in jsqlparser flywaydb; do echo "  $lib: $(grep -c "shaded\.$lib\|shaded\.[a-z]*\.$lib\|\.$lib\." "$OUT/$NAME.classes.txt")"; done
jfr print --stack-depth 200 --events jdk.ExecutionSample "$OUT/$NAME.jfr" > "$OUT/$NAME.samples.txt"
python3 - "$OUT/$NAME.samples.txt" <<'PY'
import collections, re, sys
text = open(sys.argv[1]).read().split('jdk.ExecutionSample')
samples = []
for s in text:
    thread = re.search(r'sampledThread = "([^"]*)"', s)
    frames = re.findall(r'^\s+([\w.$<>]+)\(', s, re.M)
    if frames and thread:
        samples.append((re.sub(r'[-#0-9]+$', '', thread.group(1)), frames))
print(f"{len(samples)} JFR samples at 1 ms on Java threads")
print("by thread:", dict(collections.Counter(t for t, _ in samples).most_common()))
def stage(frames):
    joined = ' '.join(frames)
    if 'ClassLoader.loadClass' in joined or 'defineClass' in joined: return 'class loading'
    for key, name in (('CCJSqlParser', 'JSqlParser parse'), ('jsqlparser', 'JSqlParser other'),
                      ('flywaydb', 'Flyway splitter'), ('PlainScriptCut', 'PlainScriptCut'),
                      ('RetryingParse', 'rewrites before a parse'), ('IgnoredStatements', 'classification by words'),
                      ('MigrationDiscovery', 'discovery'), ('MigrationText', 'reading files'),
                      ('Placeholders', 'placeholders'), ('replayPrepared', 'replay handlers'), ('regex', 'regex elsewhere')):
        if key in joined: return name
    return 'other: ' + frames[0]
for thread in sorted({t for t, _ in samples}):
    mine = [f for t, f in samples if t == thread]
    print(f"\n{thread}: {len(mine)} samples; stages:")
    for name, c in collections.Counter(stage(f) for f in mine).most_common(12):
        print(f"  {c:5d}  {name}")
    print("  hottest own methods:")
    for m, c in collections.Counter(f[0] for f in mine).most_common(8):
        print(f"  {c:5d}  {m}")
PY
