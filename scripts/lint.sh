#!/usr/bin/env bash
# lint.sh: the lint gate (make lint): the house rules
# (scripts/check-rules.sh), the include direction (check-layers.sh), no
# dependency loops (check-cycles.sh), cppcheck, clang-tidy's analyzer and
# bug-prone checks over the library and the program, and clang-format (make
# format rewrites). Exit 1 on any finding. gcc's -fanalyzer runs in the
# build itself: `make lint` builds BUILD_DIR with it and -Werror first.
#   scripts/lint.sh BUILD_DIR   (a build configured with compile commands)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
cd "$root"
mapfile -t sources < <(ls src/lib/*/*.c src/cli/*.c)
mapfile -t all < <(ls src/lib/*/*.[ch] src/cli/*.[ch] include/*.h)
[ "${#sources[@]}" -ge 40 ] || { echo "lint: only ${#sources[@]} sources found" >&2; exit 1; }
fail=0
step() { echo "lint: $1" >&2; }

step "house rules"
scripts/check-rules.sh || fail=1
step "include direction"
scripts/check-layers.sh || fail=1
step "dependency loops"
scripts/check-cycles.sh "$build" || fail=1

step "cppcheck"
cppcheck --quiet --enable=warning,portability,performance --inline-suppr \
  --error-exitcode=1 -I include -I src/lib -I "$build/generated" \
  --suppress=missingIncludeSystem -D__GNUC__ src/lib src/cli || fail=1

step "clang-tidy"
checks='-*,clang-analyzer-*,-clang-analyzer-security.insecureAPI.DeprecatedOrUnsafeBufferHandling'
checks+=',-clang-analyzer-deadcode.DeadStores,-clang-analyzer-unix.Malloc'
checks+=',bugprone-suspicious-missing-comma,bugprone-macro-parentheses,bugprone-infinite-loop'
checks+=',bugprone-sizeof-expression,-bugprone-sizeof-expression'
checks+=',bugprone-misplaced-widening-cast,bugprone-signed-char-misuse,bugprone-too-small-loop-variable'
# clang reads the compile commands too: gcc's -fanalyzer flags are taken out
# of a copy first (clang stops on an argument it does not know).
tidy_db=$(mktemp -d)
trap 'rm -rf "$tidy_db"' EXIT
sed -e 's/ -fanalyzer//g' -e 's/ -Wno-analyzer-[a-z-]*//g' "$build/compile_commands.json" \
  >"$tidy_db/compile_commands.json"
# four files a run, as many runs at a time as there are cores
export tidy_db checks
if ! out=$(printf '%s\0' "${sources[@]}" | xargs -0 -n 4 -P "$(nproc)" sh -c \
    'clang-tidy -p "$tidy_db" --quiet --checks="$checks" --warnings-as-errors="*" "$@" 2>/dev/null' tidy); then
  echo "$out" | grep -E 'warning:|error:' | sort -u >&2
  fail=1
fi

step "clang-format"
for f in "${all[@]}"; do
  if ! clang-format --style=file "$f" | cmp -s - "$f"; then
    echo "lint: $f is not formatted (make format)" >&2
    fail=1
  fi
done
[ "$fail" -eq 0 ] && echo "lint: clean (${#sources[@]} sources)"
exit "$fail"
