#!/usr/bin/env bash
# validate_golden.sh: `teiconv validate` on the fixtures in tests/validate/:
# each file's diagnostics and result line must equal its committed .expected
# file (TEICONV_UPDATE_GOLDEN=1 rewrites them), exit codes, JSON Lines.
. "$(dirname "$0")/lib.bash"
need_reference
. "$(dirname "$0")/validate_lib.bash"
DIR="$SRC/tests/validate"

cd "$DIR" || exit 1
for f in *.xml; do
  name=${f%.xml}
  rc=0; "$TEICONV" validate --catalog "$TMP/catalog.xml" "$f" >"$TMP/$name.out" 2>&1 || rc=$?
  echo "exit $rc" >>"$TMP/$name.out"
  if [ "${TEICONV_UPDATE_GOLDEN:-}" = 1 ]; then
    cp "$TMP/$name.out" "$DIR/$name.expected"
  fi
  if diff -u "$DIR/$name.expected" "$TMP/$name.out" >"$TMP/$name.diff"; then
    pass
  else
    fail "$f: diagnostics differ from $name.expected"; cat "$TMP/$name.diff" >&2
  fi
  case $name in
    tei-valid|tei-rules|ead-no-namespace|own-maximal|dc-valid|tei-no-record-id|tei-constraints) check "$f: exit 0" test $rc -eq 0 ;;
    *) check "$f: exit 1" test $rc -eq 1 ;;
  esac
done

# every invalid fixture's first error names a line and an XPath, with a hint
for f in tei-p-after-div tei-unknown-attribute tei-missing-title tei-text-in-body tei-dates ead-bad ead3-bad dc-bad; do
  check "$f: error with line and XPath" grep -Eq "^$f\.xml:[0-9]+:[0-9]+: error\[TC[0-9]{3}\]: .* \(at /" "$DIR/$f.expected"
  check "$f: hint" grep -q "^  hint: " "$DIR/$f.expected"
done

# every kind of message the validator gives has a golden case: the schema
# codes (RELAX NG and XSD), the rule codes (TC405 needs two files: the batch
# below), the kinds told apart within TC311 and TC313
kinds=(TC050 TC302 TC304 TC310 TC311 TC312 TC313 TC314 TC315 TC318 TC401 TC402 TC403 TC404 TC406 TC407 TC408 TC409
       TC420 TC421 TC422 TC423 TC424 TC425 TC426)
for k in "${kinds[@]}"; do
  check "golden case for $k" grep -q "\[$k\]" "$DIR"/*.expected
done
for kind in "is not allowed here in <" "is not defined by the schema" "comes too early in" \
    "is incomplete: required element" "is incomplete: a required child is missing" \
    "is not a valid value on <" "did you mean \"" "the text of <" "is used twice" \
    "used here is used again further on" "must be a single name without spaces" \
    "an identifier no element has" "is not an identifier: a name" "lacks the required attribute" \
    "must be empty" "text is not allowed directly in" "did you mean <"; do
  check "golden case for \"$kind\"" grep -qF "$kind" "$DIR"/*.expected
done
# no message or hint with a format placeholder or an empty set of values
check "no %s in any golden file" bash -c "! grep -l '%[sdu]' '$DIR'/*.expected"
check "no empty list of values" bash -c "! grep -E 'set *\(|set \{\}|one of *\(' '$DIR'/*.expected"

# TEI's constraint rules are warnings: jing, which ignores them, agrees on
# the verdict, and --no-rules leaves them out
check "tei-constraints.xml: valid for jing too" jing_ok "$S/tei/tei_all.rng" tei-constraints.xml
same "tei-constraints.xml: 7 TEI constraint warnings" "$(grep -c 'warning\[TC42[0-9]\]' "$DIR/tei-constraints.expected")" 7
rc=0; "$TEICONV" validate --catalog "$TMP/catalog.xml" --no-rules tei-constraints.xml >"$TMP/norules.out" 2>&1 || rc=$?
check "--no-rules: exit 0" test "$rc" -eq 0
check "--no-rules: no TC42x" bash -c "! grep -q 'TC42[0-9]' '$TMP/norules.out'"

# JSON Lines: one object per diagnostic, then the result line, on stdout
rc=0; "$TEICONV" validate --catalog "$TMP/catalog.xml" --error-format json tei-unknown-attribute.xml >"$TMP/json" 2>"$TMP/json.err" || rc=$?
check "json: exit 1" test "$rc" -eq 1
check "json: nothing on stderr" test ! -s "$TMP/json.err"
check "json: diagnostic object" grep -q '"code":"TC312"' "$TMP/json"
check "json: xpath field" grep -q '"xpath":"/TEI/text/body/div/p/@colour"' "$TMP/json"
check "json: result line" grep -q '^{"file":"tei-unknown-attribute.xml","valid":false' "$TMP/json"
check "json: every line is an object" test "$(grep -cv '^{.*}$' "$TMP/json")" -eq 0

# a batch: one line per file, a grouped summary, duplicate record IDs found
cp tei-valid.xml "$TMP/copy-of-valid.xml"
rc=0; "$TEICONV" validate --catalog "$TMP/catalog.xml" tei-valid.xml "$TMP/copy-of-valid.xml" tei-unknown-attribute.xml >"$TMP/batch.out" 2>"$TMP/batch.err" || rc=$?
check "batch: exit 1" test "$rc" -eq 1
check "batch: three result lines" test "$(wc -l <"$TMP/batch.out")" -eq 3
check "batch: duplicate record ID" grep -q 'TC405.*record ID "111189" is also used by tei-valid.xml' "$TMP/batch.err"
check "batch: summary" grep -q "^Summary: 3 files, 1 valid, 2 invalid" "$TMP/batch.err"
check "batch: grouped line" grep -Eq '^ +1x TC312 attribute colour is not allowed on <p> \(1 file' "$TMP/batch.err"

# no schema to be had: a clear error saying how to provide it, exit 3
rc=0; env -u XML_CATALOG_FILES "$TEICONV" validate tei-valid.xml >"$TMP/noschema.out" 2>&1 || rc=$?
check "no catalog: exit 3" test $rc -eq 3
check "no catalog: names the URL" grep -q "tei_all.rng is not available locally" "$TMP/noschema.out"
check "no catalog: says how" grep -q -- "--schema FILE" "$TMP/noschema.out"
rc=0; "$TEICONV" validate --schema "$TMP/nonexistent.rng" tei-valid.xml >/dev/null 2>"$TMP/missing.err" || rc=$?
check "missing --schema: exit 3" test "$rc" -eq 3
rc=0; "$TEICONV" validate --as nonsense tei-valid.xml 2>/dev/null || rc=$?
check "--as nonsense: exit 2" test "$rc" -eq 2

# --schema with an explicit file, and --as for a document without a root hint
rc=0; "$TEICONV" validate --schema "$S/tei/tei_all.rng" tei-valid.xml >/dev/null 2>&1 || rc=$?
check "--schema tei_all.rng: valid" test "$rc" -eq 0
rc=0; "$TEICONV" validate --catalog "$TMP/catalog.xml" --as tei not-tei.xml >"$TMP/as.out" 2>&1 || rc=$?
check "--as tei on a non-TEI root: invalid" test "$rc" -eq 1
check "--as tei on a non-TEI root: TC317 golden" grep -qxF 'not-tei.xml:2:1: error[TC317]: the root element <record> is not allowed by the schema; expected one of <{http://www.tei-c.org/ns/1.0}TEI>, <{http://www.tei-c.org/ns/1.0}teiCorpus> (at /record)' "$TMP/as.out"
check "--as tei on a non-TEI root: TC317 hint" grep -qxF '  hint: give the document the root element the schema expects (its name and namespace), or validate it against another schema' "$TMP/as.out"
finish
