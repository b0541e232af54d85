#!/usr/bin/env bash
# man_pages.sh: every option that `teiconv [COMMAND] --help` lists appears in
# that command's man page (man/*.1, rendered by groff), every command listed in
# `teiconv --help` has a page, the pages render without warnings, and
# `teiconv help COMMAND` is that command's --help.
set -euo pipefail
. "$(dirname "$0")/lib.bash"
MAN="$SRC/man"

# help_options TEXT-FILE: the option column of a --help text, one a line
help_options() {
  grep -oE '^ +(-[A-Za-z0-9], )?--?[A-Za-z0-9][A-Za-z0-9-]*' "$1" | tr -d ',' | tr ' ' '\n' | grep -- '^-' | sort -u
}
render() { groff -man -Tascii -P-cbou -ww "$1" 2>"$TMP/groff.err"; }

"$TEICONV" --help >"$TMP/top.help"
commands=$(sed -n '/^Commands:/,/^$/p' "$TMP/top.help" | awk 'NF > 1 { print $1 }')
check "--help lists commands" test -n "$commands"
pages=(teiconv)
for c in $commands; do pages+=("teiconv-$c"); done

n=0
for page in "${pages[@]}"; do
  if [ "$page" = teiconv ]; then cmd=(); else cmd=("${page#teiconv-}"); fi
  check "man page $page.1 exists" test -f "$MAN/$page.1"
  [ -f "$MAN/$page.1" ] || continue
  render "$MAN/$page.1" >"$TMP/$page.txt"
  check "$page.1 renders without groff warnings" test ! -s "$TMP/groff.err"
  "$TEICONV" "${cmd[@]}" --help >"$TMP/$page.help"
  while read -r opt; do
    n=$((n + 1))
    if grep -qE -- "(^|[^A-Za-z0-9-])$opt([^A-Za-z0-9-]|$)" "$TMP/$page.txt"; then pass
    else fail "$page.1 does not document $opt"; fi
  done < <(help_options "$TMP/$page.help")
  if [ ${#cmd[@]} -eq 1 ]; then
    check "teiconv.1 names the command ${cmd[0]}" grep -qw "${cmd[0]}" "$TMP/teiconv.txt"
    "$TEICONV" help "${cmd[0]}" >"$TMP/help-$page" 2>&1
    check "teiconv help ${cmd[0]} = ${cmd[0]} --help" cmp -s "$TMP/help-$page" "$TMP/$page.help"
  fi
done
# the convert page alone has over 25 options: a parse that finds few is broken
check "options compared: $n (want >= 30)" test "$n" -ge 30

# The check can fail: an option missing from a page is caught
printf '  -z, --zzz-unknown   x\n' >"$TMP/fake.help"
check "a missing option is seen" sh -c '! grep -qE -- "(^|[^A-Za-z0-9-])--zzz-unknown" "$1"' _ "$TMP/teiconv-convert.txt"
check "the parser reads a fake help" test "$(help_options "$TMP/fake.help" | paste -sd' ')" = "--zzz-unknown -z"
finish
