#!/usr/bin/env bash
# The kill tests, long: `sync` and `bulk-upload --manifest` each killed (SIGKILL, SIGINT) at RUNS seeded
# random moments against the fake on 127.0.0.1 (cli/tests/kill.rs), then run again. Prints each kill's
# moment and what it hit, and the phases hit; BENCHMARKS.md records a run. ~10 s per run on 2 cores.
#   bash scripts/kill-test.sh              # 20 runs each, seed 0x5eed
#   RUNS=50 SEED=7 bash scripts/kill-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-20}
SEED=${SEED:-24301}
export KILL_TEST_RUNS=$RUNS KILL_TEST_SEED=$SEED
cargo test -q -p msgraph-sync-cli --test it --no-run
start=$(date +%s.%N)
# One test at a time: each owns its fake, and the kill moments mean most on an unloaded machine.
log=$(mktemp)
status=0
cargo test -q -p msgraph-sync-cli --test it kill:: -- --nocapture --test-threads 1 >"$log" 2>&1 || status=$?
grep -E '^kill-test|test result|panicked|FAILED' "$log" || true
end=$(date +%s.%N)
echo "kill-test: $RUNS runs each, seed $SEED, $(echo "$end - $start" | bc) s in all; full output: $log"
exit $status
