#!/usr/bin/env bash
# check-rules.sh: the written house rules of STYLE.md that a compiler does
# not check, over src/ and include/: no sprintf/strcpy/strcat/strtok/atoi
# (and their unbounded kin), no assignment inside an if or while
# condition, and every source file opens with its purpose comment.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mapfile -t files < <(ls src/lib/*/*.[ch] src/cli/*.[ch] include/*.h)
[ "${#files[@]}" -ge 50 ] || { echo "check-rules: only ${#files[@]} files found" >&2; exit 1; }
bad=0
# code only: comments and string literals blanked first (one line at a time;
# block comments spanning lines are rare inside functions and are skipped by
# the leading-star rule)
strip() {
  sed -E -e 's#/\*.*\*/##g; s#//.*$##; s#"([^"\\]|\\.)*"#""#g' \
    -e "s#'([^'\\\\]|\\\\.)'#''#g" -e '/^[[:space:]]*\*/d; /^[[:space:]]*\/\*/d' "$1"
}
for f in "${files[@]}"; do
  code=$(strip "$f")
  if hits=$(grep -nwE 'sprintf|vsprintf|strcpy|strcat|strtok|atoi|atol|atof|gets|tmpnam|alloca' <<<"$code"); then
    echo "$f: banned function: $hits" >&2; bad=1
  fi
  if hits=$(grep -nE '\b(if|while)[[:space:]]*\(.*[^=!<>+*/%&|^-]=[^=]' <<<"$code"); then
    echo "$f: assignment inside a condition: $hits" >&2; bad=1
  fi
  head -1 "$f" | grep -qE '^/\* [a-z_0-9]+\.[ch]: ' ||
    { echo "$f: does not open with '/* $(basename "$f"): purpose'" >&2; bad=1; }
done
[ "$bad" -eq 0 ] && echo "check-rules: ${#files[@]} files follow the house rules"
exit "$bad"
