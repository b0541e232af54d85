#!/usr/bin/env bash
# completion.sh: the bash completion (completions/teiconv) completes commands,
# each command's options (as its --help lists them), formats after -t (also
# after a comma), validate's types, and file names.
set -euo pipefail
. "$(dirname "$0")/lib.bash"
mkdir -p "$TMP/bin" "$TMP/files"
ln -s "$TEICONV" "$TMP/bin/teiconv"
# shellcheck disable=SC1091
. "$SRC/completions/teiconv"

# complete_line WORD...: COMPREPLY for the last word, one a line, sorted
complete_line() {
  COMP_WORDS=("$TMP/bin/teiconv" "$@")
  COMP_CWORD=$#
  _teiconv
  printf '%s\n' "${COMPREPLY[@]}" | sort
}
has() { grep -qxF -- "$2" <<<"$1"; }

out=$(complete_line "")
check "commands: convert" has "$out" convert
check "commands: validate" has "$out" validate
check "commands: help" has "$out" help
check "help <TAB>: convert" has "$(complete_line help "")" convert

opts=$(complete_line convert --)
for o in --to --output --encoding --strict --keep-invalid --no-output-check --collection --shard --files-from --xsl --report; do
  check "convert --<TAB>: $o" has "$opts" "$o"
done
check "convert --<TAB>: nothing validate-only" bash -c '! grep -qx -- --no-rules <<<"$1"' _ "$opts"
check "validate --<TAB>: --no-rules" has "$(complete_line validate --)" --no-rules
for o in --jobs --files-from --null --report --progress --follow-links; do
  check "validate --<TAB>: $o" has "$(complete_line validate --)" "$o"
done
check "convert --co<TAB>: only --collection*" test "$(complete_line convert --co | grep -vc '^--collection')" -eq 0

check "-t <TAB>: tei, ead3, all" bash -c 'for f in tei ead3 all; do grep -qx "$f" <<<"$1" || exit 1; done' _ "$(complete_line convert -t "")"
check "-t tei,e<TAB>: tei,ead tei,ead3" test "$(complete_line convert -t tei,e | paste -sd' ')" = "tei,ead tei,ead3"
# the format list is the one --help gives
fmts=$("$TEICONV" convert --help | sed -n 's/.*formats: \(.*\), or all.*/\1/p' | tr -d ' ' | tr ',' '\n' | sort)
check "formats as in --help" test "$(printf '%s\n' "$fmts" all | sort | paste -sd' ')" = "$(complete_line convert -t "" | paste -sd' ')"
check "validate --as <TAB>: ead" has "$(complete_line validate --as "")" ead
check "validate --as <TAB>: dc" has "$(complete_line validate --as "")" dc

touch "$TMP/files/rec-one.txt" "$TMP/files/rec-two.txt"
check "files: rec-<TAB>" test "$(cd "$TMP/files" && complete_line convert rec- | paste -sd' ')" = "rec-one.txt rec-two.txt"
finish
