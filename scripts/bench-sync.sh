#!/usr/bin/env bash
# sync's figures (release): planning a 1,000,000- and a 100,000-record feed against the state (1 %
# changed, 0.2 % new, 0.1 % gone) as records/s and peak RSS, then the same run end to end against the
# fake at bulkUpload's real limits (calls sent = ⌈changes / 50⌉ is asserted); and bulk-upload's peak RSS
# at 10,000 vs 100,000 records (limits raised: the pace does not change memory). Prints the machine's
# load with each figure. Takes ~5 minutes on 2 cores; needs ~2 GB in target/tmp for the 1M state.
#   bash scripts/bench-sync.sh
#   SYNC_BENCH_SIZES=100000 bash scripts/bench-sync.sh      # one size
#   SYNC_BENCH_PLAN_ONLY=1 bash scripts/bench-sync.sh       # planning only, no end-to-end run
#   SYNC_BENCH_LOGS=1 bash scripts/bench-sync.sh            # and a day of logs read after a first load
#   ONLY=sync|bulk bash scripts/bench-sync.sh               # one of the two benches
set -euo pipefail
cd "$(dirname "$0")/.."
ONLY=${ONLY:-}
echo "## sync and bulk-upload memory ($(nproc) cores, $(rustc --version); load: $(cut -d' ' -f1-3 /proc/loadavg))"
if [[ -z $ONLY || $ONLY == sync ]]; then
  cargo bench -q -p msgraph-sync-cli --bench sync_plan
fi
if [[ -z $ONLY || $ONLY == bulk ]]; then
  BULK_BENCH_RSS_ONLY=1 cargo bench -q -p msgraph-sync-cli --bench bulk_upload
fi
