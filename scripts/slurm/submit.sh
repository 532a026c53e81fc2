#!/usr/bin/env bash
# Submit a sharded sweep to Slurm: an array job with one task per shard (sweep-array.sbatch) and a
# merge job (merge.sbatch) that starts when every task has succeeded. The shard count is given once,
# here; it sets both the array range and each task's --shard i/N. Everything the sweep writes, the
# logs included, goes under SWEEP_DIR: shard-1 … shard-N, all (the merged sweep), logs/.
#
#   scripts/slurm/submit.sh SWEEP_DIR SHARDS SWEEP-ARGS…
#   scripts/slurm/submit.sh out/henan 8 scenarios/henan-2017.yaml -n 1024 --no-levers
#
# Extra sbatch options for both jobs go in SBATCH_OPTS (e.g. "--partition=long --time=02:00:00"),
# for the array tasks only in ARRAY_OPTS (e.g. "--cpus-per-task=4"). Run it from the repository
# root (the jobs start there: --chdir). Prints the two job ids.
set -euo pipefail
dir=${1:?usage: submit.sh SWEEP_DIR SHARDS SWEEP-ARGS…}
shards=${2:?usage: submit.sh SWEEP_DIR SHARDS SWEEP-ARGS…}
shift 2
[[ "$shards" =~ ^[1-9][0-9]*$ ]] || { echo "submit.sh: SHARDS must be a positive integer, got '$shards'" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$dir/logs"
dir=$(cd "$dir" && pwd)
# shellcheck disable=SC2206
extra=(${SBATCH_OPTS:-})
# shellcheck disable=SC2206
array_extra=(${ARRAY_OPTS:-})
export HUKOU_SWEEP_DIR="$dir" HUKOU_SHARDS="$shards"
array=$(sbatch --parsable --array="1-$shards" --chdir="$PWD" --open-mode=append --output="$dir/logs/shard-%a.log" \
  --export=ALL "${extra[@]}" "${array_extra[@]}" "$here/sweep-array.sbatch" "$@")
array=${array%%;*}
merge=$(sbatch --parsable --dependency="afterok:$array" --kill-on-invalid-dep=yes --chdir="$PWD" --open-mode=append \
  --output="$dir/logs/merge.log" --export=ALL "${extra[@]}" "$here/merge.sbatch")
merge=${merge%%;*}
echo "array job $array (shards 1-$shards), merge job $merge; logs in $dir/logs"
echo "$array" > "$dir/logs/array.jobid"
echo "$merge" > "$dir/logs/merge.jobid"
