#!/usr/bin/env bash
# no_validate.sh: --no-validate converts TEI inputs without the schema check
# (no schema warning, same output as with it), and goes with --strict in no
# way (usage error).
. "$(dirname "$0")/lib.bash"
need_reference
export XML_CATALOG_FILES="$REF/reference/schemas/catalog.xml"
bad="$SRC/tests/validate/tei-unknown-attribute.xml"

rc=0; "$TEICONV" convert -t html -o "$TMP/checked" "$bad" 2>"$TMP/checked.log" || rc=$?
same "checked: exit 0 (warnings only)" "$rc" 0
check "checked: the schema problem is reported" grep -q 'TC3[0-9][0-9]' "$TMP/checked.log"

rc=0; "$TEICONV" convert --no-validate -t html -o "$TMP/unchecked" "$bad" 2>"$TMP/unchecked.log" || rc=$?
same "--no-validate: exit 0" "$rc" 0
same "--no-validate: no schema diagnostic" "$(grep -c 'TC3[0-9][0-9]\|TC055' "$TMP/unchecked.log")" 0
check "--no-validate: the same HTML" cmp -s "$TMP/checked/tei-unknown-attribute.html" "$TMP/unchecked/tei-unknown-attribute.html"

rc=0; "$TEICONV" convert --no-validate --strict -t html -o "$TMP/both" "$bad" 2>"$TMP/both.log" || rc=$?
same "--no-validate with --strict: usage error" "$rc" 2
check "--no-validate with --strict: said why" grep -q 'no-validate' "$TMP/both.log"
finish
