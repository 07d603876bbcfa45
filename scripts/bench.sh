#!/usr/bin/env bash
# Benchmarks beyond `cargo bench`: build cost, consumer overhead of build-time generation, generated
# lines, peak memory, a user's clean build against progenitor's crate (dev/progenitor-peer/, with and
# without TLS), and (when `cargo progenitor` is installed) progenitor's generation on the same inputs.
# Prints Markdown-ready lines; BENCHMARKS.md records a run. Takes ~15 minutes on 2 cores.
#   bash scripts/bench.sh            # everything
#   RUNS=5 bash scripts/bench.sh     # repetitions of each timing (median, min, max are printed)
#   ONLY=build bash scripts/bench.sh # one section: lines, memory, build, committed, progenitor, compare
#                                    # or sync (scripts/bench-sync.sh: sync planning at 1M records, memory)
#   BASE=<rev> ONLY=compare bash scripts/bench.sh  # the crate's own compile time, <rev> against the
#                                                  # working tree, alternately, each in its own target dir
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RUNS=${RUNS:-3}
WORK=${WORK:-/tmp/msgraph-sync-bench}
ONLY=${ONLY:-}
rm -rf "$WORK" && mkdir -p "$WORK"
# whether to run section $1
want() { [[ -z $ONLY || $ONLY == "$1" ]]; }

# seconds of one command (wall clock)
secs() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc; }
# median/min/max of RUNS runs of a command
stats() {
  local xs=() i
  for ((i = 0; i < RUNS; i++)); do xs+=("$(secs "$@")"); done
  printf '%s\n' "${xs[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median %.2f s (min %.2f, max %.2f)\n", a[int((NR+1)/2)], a[1], a[NR]}'
}

echo "## Machine"
echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(rustc --version)"

want lines && echo "## Generated lines"
want lines && for v in v1_0 beta; do
  ops=$(grep -c 'Op::new(' generated/$v/registry.rs)
  models=$(grep -c 'Model::new::<' generated/$v/registry.rs)
  req=$(wc -l < generated/$v/requests.rs); mod=$(cat generated/$v/models.rs generated/$v/enums.rs | wc -l)
  all=$(cat generated/$v/*.rs | wc -l)
  compiled=generated/$v/{models,enums,requests,registry}.rs
  default=$(eval python3 scripts/ungated-lines.py $compiled | wc -l); flow=$(eval cat $compiled | wc -l)
  echo "$v compiled (models, enums, requests, registry): default features $default lines, with provisioning-flow $flow"
  echo "$v: $ops operations, $models models and enums; requests.rs $req lines ($(echo "scale=1; $req / $ops" | bc)/operation), models+enums $mod lines ($(echo "scale=1; $mod / $models" | bc)/model), all files $all lines"
done

want sync && bash scripts/bench-sync.sh

if want memory || want progenitor; then cargo build -q --release -p msgraph-sync-codegen; fi
want memory && echo "## Peak memory and time of generating the whole module (release)"
want memory && for f in graph-beta-Applications.yml graph-v1.0-Applications.yml; do
  /usr/bin/time -f "$f: %e s, peak RSS %M KB" target/release/msgraph-sync-codegen generate \
    --spec-file codegen/tests/upstream/$f --out "$WORK/whole" >/dev/null
done 2>&1

# CPU seconds (user + sys of cargo and its rustc) of one command: steadier than wall time on a busy machine.
cpu() { /usr/bin/time -f "%U %S" "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.2f", $1 + $2}'; }
# wall and CPU seconds of one command, "wall cpu"
wall_cpu() { local s e c; s=$(date +%s.%N); c=$(cpu "$@"); e=$(date +%s.%N); echo "$(echo "$e - $s" | bc) $c"; }
summary() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {printf "median %.2f s (min %.2f, max %.2f)", a[int((NR+1)/2)], a[1], a[NR]}'; }

# progenitor's generated crate for the synchronization paths of the plain beta fragment, into $WORK/progenitor/beta-out.
# progenitor rejects the fragment as published (duplicate operationIds) and does not take the
# overlay's application/scim+json body: give it the plain fragment with operationIds made unique.
have_progenitor() { cargo progenitor --help >/dev/null 2>&1; }
progenitor_crate() {
  P=$WORK/progenitor
  [[ -d $P/beta-out ]] && return
  mkdir -p "$P"
  target/release/msgraph-sync-codegen extract --upstream codegen/tests/upstream/graph-beta-Applications.yml \
    --include '/servicePrincipals/{servicePrincipal-id}/synchronization' \
    --include '/servicePrincipals/{servicePrincipal-id}/synchronization/*' \
    --include '/applications/{application-id}/synchronization' \
    --include '/applications/{application-id}/synchronization/*' \
    --out "$P/plain.yaml" >/dev/null
  python3 scripts/unique-operation-ids.py "$P/plain.yaml" > "$P/beta.yaml"
  cargo progenitor -i "$P/beta.yaml" -o "$P/beta-out" -n gen-beta -v 0.0.0 >/dev/null
}
# A user's crate with one path dependency, in its own workspace: a dependency's [profile.*] sections are
# ignored, so this builds msgraph-sync as a user's `cargo build` does, whatever this workspace's profiles say.
user_crate() { # user_crate DIR DEPENDENCY-LINE
  mkdir -p "$1/src"
  printf '[package]\nname = "user"\nversion = "0.0.0"\nedition = "2021"\n\n[dependencies]\n%s\n\n[workspace]\n' "$2" > "$1/Cargo.toml"
  echo "pub fn main() {}" > "$1/src/lib.rs"
}

if want build; then
echo "## A user's clean build (debug; each side a user crate with one path dependency, own target dir; deps from the local registry cache)"
user_crate "$WORK/user-ours" "msgraph-sync = { path = \"$ROOT\" }"
cp Cargo.lock "$WORK/user-ours/"   # the versions this repository is tested with
# progenitor's side: the committed crate dev/progenitor-peer/ (progenitor 0.15's output for the same v1.0
# synchronization fragment ours builds by default; one compile fix, its README), as a user gets it: its
# src/lib.rs and the [dependencies] cargo-progenitor wrote (not the peer's dev-dependencies or benches),
# at the versions of its Cargo.lock. No cargo-progenitor needed.
PEER=$WORK/progenitor-peer
mkdir -p "$PEER/src"
cp dev/progenitor-peer/src/lib.rs "$PEER/src/"
{ printf '[package]\nname = "gen-v1"\nversion = "0.0.0"\nedition = "2024"\n\n'
  sed -n '/^\[dependencies\]/,/^$/p' dev/progenitor-peer/Cargo.toml
  printf '[workspace]\n'; } > "$PEER/Cargo.toml"
user_crate "$WORK/user-progenitor" "gen-v1 = { path = \"$PEER\" }"
cp dev/progenitor-peer/Cargo.lock "$WORK/user-progenitor/"
# progenitor's crate has reqwest without any TLS, and Graph is HTTPS only: what its user adds to reach
# it, the TLS stack ours has (rustls on ring; reqwest's default `rustls` would build aws-lc-sys with cmake)
user_crate "$WORK/user-progenitor-tls" "gen-v1 = { path = \"$PEER\" }
reqwest = { version = \"0.13\", default-features = false, features = [\"rustls-no-provider\"] }
rustls = { version = \"0.23\", default-features = false, features = [\"ring\", \"std\", \"tls12\"] }"
cp dev/progenitor-peer/Cargo.lock "$WORK/user-progenitor-tls/"
sides=(ours progenitor progenitor-tls)
# lock files settled before timing (the TLS side adds rustls and ring at the versions cargo picks offline)
for side in "${sides[@]}"; do
  (cd "$WORK/user-$side" && cargo metadata -q --offline --format-version 1 >/dev/null)
done
# alternated run by run, so both sides see the same load
declare -A wall cpus
for ((i = 0; i < RUNS; i++)); do
  for side in "${sides[@]}"; do
    export CARGO_TARGET_DIR=$WORK/target-user-$side
    read -r w c < <(wall_cpu bash -c "rm -rf $CARGO_TARGET_DIR && cargo build -q --manifest-path $WORK/user-$side/Cargo.toml")
    wall[$side]+="$w "; cpus[$side]+="$c "
  done
done
for side in "${sides[@]}"; do
  echo "$side, clean build with dependencies: wall $(summary "${wall[$side]}"); CPU $(summary "${cpus[$side]}"); $(ls $WORK/target-user-$side/debug/.fingerprint | wc -l) units"
done
unset CARGO_TARGET_DIR
export CARGO_TARGET_DIR=$WORK/target-user-ours
cargo build -q --manifest-path "$WORK/user-ours/Cargo.toml"
echo "ours, the crate alone (in the user crate), no incremental cache: $(stats bash -c "touch src/lib.rs && CARGO_INCREMENTAL=0 cargo build -q --manifest-path $WORK/user-ours/Cargo.toml")"
export CARGO_TARGET_DIR=$WORK/target-user-progenitor
echo "progenitor's crate alone (in the user crate), no incremental cache: $(stats bash -c "touch $PEER/src/lib.rs && CARGO_INCREMENTAL=0 cargo build -q --manifest-path $WORK/user-progenitor/Cargo.toml")"
unset CARGO_TARGET_DIR
fi

if want committed; then
echo "## The same crate compiling the committed generated/ instead of generating in build.rs"
B=$WORK/committed
mkdir -p "$B"
cp -r src spec generated README.md "$B"/
sed -e '/^\[build-dependencies\]/,/^$/d' -e 's/^build = "build.rs"//' -e '/^\[workspace\]/,/^$/d' \
    -e 's/edition.workspace = true/edition = "2021"/' -e 's/license.workspace = true/license = "MIT"/' \
    -e 's/rust-version.workspace = true//' -e '/repository.workspace = true/d' -e '/^\[dev-dependencies\]/,$d' Cargo.toml > "$B/Cargo.toml"
printf '\n[workspace]\n' >> "$B/Cargo.toml"
sed -i 's|concat!(env!("OUT_DIR"), "/", $dir, "/\([a-z]*\).rs")|concat!(env!("CARGO_MANIFEST_DIR"), "/generated/", $dir, "/\1.rs")|' "$B/src/lib.rs"
user_crate "$WORK/user-committed" "msgraph-sync = { path = \"$B\" }"
cp Cargo.lock "$WORK/user-committed/"
export CARGO_TARGET_DIR=$WORK/target-b
echo "clean build compiling the committed code instead: $(stats bash -c "rm -rf $CARGO_TARGET_DIR && cargo build -q --manifest-path $WORK/user-committed/Cargo.toml")"
unset CARGO_TARGET_DIR
fi

if want compare && [[ -n ${BASE:-} ]]; then
  # base: $BASE, default features; head: the working tree, default features; head+flow: the working
  # tree with `provisioning-flow` (skipped when $BASE is not given). Alternated run by run.
  echo "## The crate's own compile time, $BASE against the working tree (debug, CPU s)"
  mkdir -p "$WORK/base" "$WORK/head"
  git archive "$BASE" | tar -x -C "$WORK/base"
  git ls-files -co --exclude-standard | tar -cf - -T - | tar -x -C "$WORK/head"
  sides=(base head head+flow)
  tree() { [[ $1 == base ]] && echo "$WORK/base" || echo "$WORK/head"; }
  flags() { [[ $1 == head+flow ]] && echo "--features provisioning-flow" || true; }
  for side in "${sides[@]}"; do
    (cd "$(tree "$side")" && CARGO_TARGET_DIR=$WORK/target-$side cargo build -q -p msgraph-sync $(flags "$side"))
  done
  declare -A alone rerun
  for ((i = 0; i < RUNS; i++)); do
    for side in "${sides[@]}"; do
      cd "$(tree "$side")"
      export CARGO_TARGET_DIR=$WORK/target-$side
      alone[$side]+="$(cpu bash -c "touch src/lib.rs && CARGO_INCREMENTAL=0 cargo build -q -p msgraph-sync $(flags "$side")") "
      rerun[$side]+="$(cpu bash -c "touch build.rs && CARGO_INCREMENTAL=0 cargo build -q -p msgraph-sync $(flags "$side")") "
    done
  done
  cd "$ROOT"; unset CARGO_TARGET_DIR
  for side in "${sides[@]}"; do
    echo "$side: crate alone $(summary "${alone[$side]}"); build.rs re-run + crate $(summary "${rerun[$side]}")"
  done
fi

if want progenitor && have_progenitor; then
  echo "## progenitor on the same inputs"
  progenitor_crate
  P=$WORK/progenitor
  echo "progenitor, beta fragment: $(stats cargo progenitor -i "$P/beta.yaml" -o "$P/beta-again" -n gen-beta -v 0.0.0)"
  echo "  lines: $(cat "$P/beta-out"/src/*.rs | wc -l)"
  echo "ours, same plain fragment (release CLI, writes files): $(stats target/release/msgraph-sync-codegen generate --spec-file "$P/beta.yaml" --out "$P/ours")"
  echo "  lines: $(cat "$P/ours"/beta/*.rs | wc -l) (without the test-only samples.rs: $(cat "$P/ours"/beta/{models,enums,registry,requests}.rs | wc -l))"
  python3 scripts/unique-operation-ids.py codegen/tests/upstream/graph-beta-Applications.yml > "$P/module.yaml"
  echo "progenitor, whole beta module: $(cargo progenitor -i "$P/module.yaml" -o "$P/module-out" -n gen-module -v 0.0.0 2>&1 | grep -o 'overflowed its stack' | head -1 || true)"
  export CARGO_TARGET_DIR=$WORK/target-p
  cd "$P/beta-out"
  cargo build -q
  echo "progenitor fragment crate alone, no incremental cache: $(stats bash -c "touch src/lib.rs && CARGO_INCREMENTAL=0 cargo build -q")"
fi
