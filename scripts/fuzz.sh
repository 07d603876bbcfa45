#!/usr/bin/env bash
# Runs every cargo-fuzz target in fuzz/ for a bounded time each, seeded from fuzz/seeds/<target>;
# what a run finds goes to fuzz/corpus/<target> and fuzz/artifacts/<target> (ignored by git).
# Needs nightly and cargo-fuzz (`cargo install cargo-fuzz --locked`). Exits non-zero on the first
# target that crashes, naming it.
#   bash scripts/fuzz.sh                          # every target, 30 s each
#   FUZZ_SECONDS=300 bash scripts/fuzz.sh         # longer
#   bash scripts/fuzz.sh csv_records manifest     # some targets
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
SECONDS_EACH=${FUZZ_SECONDS:-30}
if [[ $# -gt 0 ]]; then
  targets=("$@")
else
  mapfile -t targets < <(cargo +nightly fuzz list)
fi
for target in "${targets[@]}"; do
  mkdir -p "corpus/$target" "seeds/$target"
  echo "== $target (${SECONDS_EACH} s)"
  if ! cargo +nightly fuzz run "$target" "corpus/$target" "seeds/$target" -- \
    -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1; then
    echo "fuzz target $target failed: see fuzz/artifacts/$target" >&2
    exit 1
  fi
done
