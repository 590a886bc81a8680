#!/usr/bin/env bash
# Fuzzes split + parse + replay (ReplayFuzzTest) with Jazzer for a while, seeded with the committed
# seeds and, when it is there, the real-world corpus in ../shared/corpus/sql (copied, not committed).
# Usage: fuzz/run.sh [duration, default 10m]   e.g. fuzz/run.sh 60s
# A crash or timeout is written next to the committed seeds (processor/src/test/resources/
# io/github/schemadrift/fuzz/ReplayFuzzTestInputs/replayNeverThrows/crash-*): commit it, and
# `mvn verify` replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-10m}"
generated="processor/.cifuzz-corpus/io.github.schemadrift.fuzz.ReplayFuzzTest/replayNeverThrows"
mkdir -p "$generated"
corpus="../shared/corpus/sql"
if [ -d "$corpus" ]; then
  # Each seed ends in one byte that picks the dialect (FuzzedDataProvider reads it from the end).
  find "$corpus" -name '*.sql' -size -64k | while read -r f; do
    name="corpus-$(echo "$f" | md5sum | cut -c1-16)"
    [ -e "$generated/$name" ] || { cat "$f"; printf '\000'; } > "$generated/$name"
  done
fi
mvn -B -q -pl processor -am test-compile
# Jazzer 0.24.0 fuzzes only on JUnit up to 5.12 (its arguments provider predates 5.13's API);
# regression mode, as in mvn verify, works with the build's JUnit.
JAZZER_FUZZ=1 JAZZER_MAX_DURATION="$duration" mvn -B -pl processor -am test \
  -Dtest=ReplayFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration="$duration" \
  -Djunit.version=5.12.2 2>&1 | tee target-fuzz.log | grep -E 'Tests run|#[0-9]+.*(DONE|pulse)|crash|Crash|ERROR|Jazzer' || true
grep -q 'Tests run:.*Failures: 0, Errors: 0' target-fuzz.log
