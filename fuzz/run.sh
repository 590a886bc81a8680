#!/usr/bin/env bash
# Fuzzes split + parse + replay (ReplayFuzzTest) with Jazzer, seeded with the committed seeds and,
# when it is there, the real-world corpus in ../shared/corpus/sql (copied in for the run, never
# committed, removed afterwards).
# Usage: fuzz/run.sh [minutes, default 10]   e.g. fuzz/run.sh 1
# Each minute is one 60 s Jazzer session (@FuzzTest(maxDuration = "60s")); the sessions share the
# generated corpus in processor/.cifuzz-corpus, so coverage carries over. A crash or timeout is
# written next to the committed seeds (processor/src/test/resources/io/github/schemadrift/fuzz/
# ReplayFuzzTestInputs/replayNeverThrows/crash-*): commit it, and `mvn verify` replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="${1:-10}"
seeds="processor/src/test/resources/io/github/schemadrift/fuzz/ReplayFuzzTestInputs/replayNeverThrows"
corpus="../shared/corpus/sql"
trap 'rm -f "$seeds"/corpus-*' EXIT
if [ -d "$corpus" ]; then
  # The last byte of each seed picks the dialect (FuzzedDataProvider reads it from the end).
  find "$corpus" -name '*.sql' -size -64k | while read -r f; do
    { cat "$f"; printf '\000'; } > "$seeds/corpus-$(echo "$f" | md5sum | cut -c1-16)"
  done
fi
echo "fuzzing for $minutes minute(s) with $(ls "$seeds" | wc -l) seeds"
# Jazzer 0.24.0 fuzzes only on JUnit up to 5.12 (its arguments provider predates 5.13's API);
# regression mode, as in mvn verify, works with the build's JUnit.
for i in $(seq 1 "$minutes"); do
  JAZZER_FUZZ=1 mvn -B -pl processor -am test -Dtest=ReplayFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Djunit.version=5.12.2 > target-fuzz.log 2>&1 || true
  grep -E '#[0-9]+\s+(INITED|DONE)|Tests run:|crash-|Java Exception|timeout' target-fuzz.log | grep -v '^\[INFO\] Tests run: [0-9]*, F.*$' || true
  if ! grep -q 'Tests run:.*Failures: 0, Errors: 0' target-fuzz.log; then
    echo "the fuzzer found a problem: see target-fuzz.log and $seeds/crash-*" >&2
    exit 1
  fi
done
