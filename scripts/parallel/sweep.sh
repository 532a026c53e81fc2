#!/usr/bin/env bash
# A sharded sweep with GNU parallel, on this machine or over ssh (-S host1,host2 in PARALLEL_OPTS;
# the folder must be shared, e.g. NFS, and the repository at the same path: --wd . starts every
# job in the current directory, not in the remote login directory). Each job is one shard with
# --resume (rerun the same command after a failure: finished shards do nothing), then merge.
#
#   scripts/parallel/sweep.sh SWEEP_DIR SHARDS SWEEP-ARGS…
#   JOBS=2 scripts/parallel/sweep.sh out/henan 8 scenarios/henan-2017.yaml -n 1024 --no-levers
#   PARALLEL_OPTS="-S 2/node1,2/node2" scripts/parallel/sweep.sh out/henan 8 scenarios/henan-2017.yaml -n 1024
set -euo pipefail
dir=${1:?usage: sweep.sh SWEEP_DIR SHARDS SWEEP-ARGS…}
shards=${2:?usage: sweep.sh SWEEP_DIR SHARDS SWEEP-ARGS…}
shift 2
[[ "$shards" =~ ^[1-9][0-9]*$ ]] || { echo "sweep.sh: SHARDS must be a positive integer, got '$shards'" >&2; exit 2; }
command -v parallel >/dev/null || { echo "GNU parallel not found; install it: apt-get install -y parallel" >&2; exit 2; }
mkdir -p "$dir/logs"
# shellcheck disable=SC2206
sim=(${HUKOU_SIM:-node dist/cli/main.js})
# shellcheck disable=SC2206
opts=(${PARALLEL_OPTS:-})
# One worker thread per job; -q quotes the arguments for the remote shell. Exit 3 (some runs failed) counts as done.
status=0
parallel --wd . -q -j "${JOBS:-$(nproc)}" "${opts[@]}" --joblog "$dir/logs/parallel.joblog" --results "$dir/logs/shard-{}" \
  bash -c '"$@"; s=$?; [ "$s" -eq 3 ] && s=0; exit "$s"' sweep "${sim[@]}" sweep "$@" --shard "{}/$shards" --workers 1 --out "$dir/shard-{}" --resume \
  ::: $(seq 1 "$shards") || status=$?
[ "$status" -eq 0 ] || { echo "sweep.sh: $status shard(s) failed; see $dir/logs/parallel.joblog, then rerun the same command" >&2; exit 1; }
dirs=()
for i in $(seq 1 "$shards"); do dirs+=("$dir/shard-$i"); done
"${sim[@]}" merge "${dirs[@]}" --out "$dir/all"
