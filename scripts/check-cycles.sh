#!/usr/bin/env bash
# check-cycles.sh: the library's files form no dependency cycle at the
# symbol level (file A uses a function or variable that file B defines),
# which the include check alone cannot see (teiconv.h declares functions of
# many stages). Reads the object files of a build; prints the files of each
# loop (tsort), exit 1 if there is one.
#   scripts/check-cycles.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: check-cycles.sh BUILD_DIR}
objdir="$build/CMakeFiles/tc_objects.dir/src/lib"
mapfile -t objs < <(find "$objdir" -name '*.o' | sort)
[ "${#objs[@]}" -ge 30 ] || { echo "check-cycles: only ${#objs[@]} objects under $objdir (build first)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for o in "${objs[@]}"; do
  name=${o#"$objdir"/}
  name=${name%.c.o}
  nm --defined-only -g "$o" | awk -v f="$name" 'NF == 3 { print $3, f }' >>"$tmp/defs"
  nm -u "$o" | awk -v f="$name" '{ print $NF, f }' >>"$tmp/uses"
done
sort -k1,1 "$tmp/defs" >"$tmp/defs.s"
sort -k1,1 "$tmp/uses" >"$tmp/uses.s"
# user definer pairs, then every file as its own node
join "$tmp/uses.s" "$tmp/defs.s" | awk '$2 != $3 { print $3, $2 }' | sort -u >"$tmp/edges"
for o in "${objs[@]}"; do n=${o#"$objdir"/}; echo "${n%.c.o} ${n%.c.o}"; done >>"$tmp/edges"
if ! tsort "$tmp/edges" >/dev/null 2>"$tmp/loops"; then
  echo "check-cycles: dependency loops between library files:" >&2
  grep -v 'input contains a loop' "$tmp/loops" | sed 's/^tsort: /  /' >&2
  exit 1
fi
echo "check-cycles: ${#objs[@]} library files, $(($(wc -l <"$tmp/edges") - ${#objs[@]})) dependencies, no loop"
