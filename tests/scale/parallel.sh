#!/usr/bin/env bash
# parallel.sh: the README's GNU parallel recipe, run as it stands there on
# this machine (its node list replaced by ":", parallel's name for the local
# machine; /shared by a temporary folder): 8 --shard slices over generated
# records and real corpus files write exactly what one full run writes, and
# their reports name every input once.
. "$(dirname "$0")/../cli/lib.bash"
. "$(dirname "$0")/../cli/batch_lib.bash"
. "$(dirname "$0")/scale_lib.bash"
need_reference
need_tools parallel python3

SHARED="$TMP/shared"
archive_and_full_run "$SHARED"

recipe=$(readme_block "GNU parallel over ssh")
check "README recipe found (parallel -S node1,...)" grep -q -- '^parallel -S node1,node2,node3,node4 ' <<<"$recipe"
check "README recipe works in /shared" grep -q -- '/shared/archive ::: \$(seq 1 8)$' <<<"$recipe"
local_recipe=$(sed -e 's/ -S node1,node2,node3,node4 / -S : /' -e "s#/shared#$SHARED#g" <<<"$recipe")
echo "running: $local_recipe" >&2
start=$(date +%s.%N)
rc=0; sh -c "$local_recipe" </dev/null || rc=$?
echo "parallel: 8 slices in $(python3 -c "print(round($(date +%s.%N) - $start, 2))") s" >&2
check "parallel recipe: exit 0" test "$rc" -eq 0

check_slices "$TMP/full" "$SHARED/out" "$SHARED/report-*.jsonl" 8 "$SHARED/archive"
finish
