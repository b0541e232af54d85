#!/usr/bin/env bash
# schemas.sh: `teiconv schemas install` from a mirror on 127.0.0.1 (python3
# http.server over the reference schemas) and from a folder: every file
# checked, a catalog that validate then uses by default; a wrong checksum or a
# dead mirror refused with nothing half-installed and an install left as it was;
# `schemas list`; the hint to run it when no schema is found.
set -euo pipefail
. "$(dirname "$0")/lib.bash"
need_reference
S="$REF/reference/schemas"
unset XML_CATALOG_FILES

# serve DIR: a web server on 127.0.0.1 for DIR; sets URL
serve() {
  python3 - "$1" >"$TMP/port.$2" 2>"$TMP/http.$2.log" <<'PY' &
import functools, http.server, sys
h = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[1])
s = http.server.ThreadingHTTPServer(("127.0.0.1", 0), h)
print(s.server_address[1], flush=True)
s.serve_forever()
PY
  SERVERS="${SERVERS:-} $!"
  trap 'kill $SERVERS 2>/dev/null; rm -rf "$TMP"' EXIT
  for _ in $(seq 50); do [ -s "$TMP/port.$2" ] && break; sleep 0.1; done
  URL="http://127.0.0.1:$(cat "$TMP/port.$2")"
}
# leftovers DIR: anything beside DIR that an install left (DIR.new-*, DIR.old-*)
leftovers() { find "$(dirname "$1")" -maxdepth 1 -name "$(basename "$1").*" | wc -l; }

serve "$S" good
export TEICONV_SCHEMAS_DIR="$TMP/home/schemas"
"$TEICONV" schemas install --from "$URL/" >"$TMP/out" 2>"$TMP/err" && rc=0 || rc=$?
check "install from the mirror: exit 0" test "$rc" -eq 0
n=0
while read -r line; do
  f=$(awk '{print $1}' <<<"$line")
  n=$((n + 1))
  check "$f is the reference file" cmp -s "$S/$f" "$TEICONV_SCHEMAS_DIR/$f"
done < <("$TEICONV" schemas list | grep '^  ')
check "four schema files ($n)" test "$n" -eq 4
check "every request reached the mirror (4)" test "$(grep -c '"GET /' "$TMP/http.good.log")" -eq 4
check "catalog written" test -s "$TEICONV_SCHEMAS_DIR/catalog.xml"
check "nothing left beside it" test "$(leftovers "$TEICONV_SCHEMAS_DIR")" -eq 0
"$TEICONV" schemas list >"$TMP/list" && rc=0 || rc=$?
check "list: exit 0 when all are there" test "$rc" -eq 0
check "list: all ok" test "$(grep -c ' ok ' "$TMP/list")" -eq 4
check "list names the catalog in use" grep -qF "$TEICONV_SCHEMAS_DIR/catalog.xml" "$TMP/list"

# validate uses the installed catalog with nothing else given (and, at the
# end, fails with TC300 without it)
"$TEICONV" convert -q -t ead,ead3 -o "$TMP/o" "$SRC/examples/wilson-111189.txt"
for f in "$TMP"/o/wilson-111189.ead.xml "$TMP"/o/wilson-111189.ead3.xml; do
  "$TEICONV" validate "$f" >"$TMP/v" 2>&1 && rc=0 || rc=$?
  check "validate $(basename "$f") with the installed schemas: valid" test "$rc" -eq 0
done

# A changed file: refused, nothing installed, the good install untouched
cp -r "$S" "$TMP/bad"
chmod -R u+w "$TMP/bad"
printf ' ' >>"$TMP/bad/ead3/ead3.rng"
serve "$TMP/bad" bad
"$TEICONV" schemas install --from "$URL" --dir "$TMP/fresh/schemas" >"$TMP/out" 2>"$TMP/err" && rc=0 || rc=$?
check "wrong checksum: exit 1" test "$rc" -eq 1
check "  ... TC501 naming the file" grep -q 'ead3/ead3.rng.*TC501' "$TMP/err"
check "  ... nothing installed" test ! -e "$TMP/fresh/schemas"
check "  ... nothing left" test "$(leftovers "$TMP/fresh/schemas")" -eq 0
"$TEICONV" schemas install --from "$URL" >"$TMP/out" 2>"$TMP/err" && rc=0 || rc=$?
check "over an install: refused too" test "$rc" -eq 1
check "  ... the install as it was" "$TEICONV" schemas list
check "  ... nothing left beside it" test "$(leftovers "$TEICONV_SCHEMAS_DIR")" -eq 0
printf ' ' >>"$TEICONV_SCHEMAS_DIR/ead2002/xlink.xsd"
"$TEICONV" schemas list >"$TMP/list" && rc=0 || rc=$?
check "list: a changed file gives exit 1" test "$rc" -eq 1
check "  ... and says CHANGED" grep -q 'xlink.xsd *CHANGED' "$TMP/list"

# A dead mirror: exit 3, and a folder works without any server
"$TEICONV" schemas install --from "http://127.0.0.1:9/" --dir "$TMP/dead/s" >/dev/null 2>"$TMP/err" && rc=0 || rc=$?
check "dead mirror: exit 3" test "$rc" -eq 3
check "  ... TC500" grep -q TC500 "$TMP/err"
check "  ... nothing installed" test ! -e "$TMP/dead/s"
"$TEICONV" schemas install --from "$S" --dir "$TMP/fromdir/s" >/dev/null 2>&1
check "install from a folder" "$TEICONV" schemas list --dir "$TMP/fromdir/s"

# No schema installed: the message says what to run
export TEICONV_SCHEMAS_DIR="$TMP/none"
"$TEICONV" validate "$TMP/o/wilson-111189.ead.xml" >/dev/null 2>"$TMP/err" && rc=0 || rc=$?
check "without schemas: not valid" test "$rc" -ne 0
check "  ... TC300, the schema not available" grep -q TC300 "$TMP/err"
check "  ... the hint names 'teiconv schemas install'" grep -q "teiconv schemas install" "$TMP/err"
"$TEICONV" schemas list >"$TMP/list" && rc=0 || rc=$?
check "list without an install: exit 1, says to install" sh -c 'test "$1" -eq 1 && grep -q "run .teiconv schemas install" "$2"' _ "$rc" "$TMP/list"
finish
