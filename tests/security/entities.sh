#!/usr/bin/env bash
# entities.sh: internal entities (issue 19): their text reaches every output
# ("Papers of &pub;" keeps "Smith & Co"); an input whose references expand
# far past its size (20,000 references to a 50 KB entity) fails fast with
# TC058 instead of growing to gigabytes; an undefined entity fails its input;
# external entities stay unloaded.
set -euo pipefail
. "$(dirname "$0")/../cli/lib.bash"

cat >"$TMP/ent.xml" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE ead [ <!ENTITY pub "Smith &amp; Co <emph>press</emph>"> <!ENTITY two "&pub; and &pub;">
  <!ENTITY who "Smith &#38;#38; Co">
  <!ENTITY ext SYSTEM "/etc/passwd"> ]>
<ead xmlns="urn:isbn:1-931666-22-9"><eadheader><eadid>x</eadid><filedesc><titlestmt>
<titleproper>Papers of &pub;</titleproper></titlestmt></filedesc></eadheader>
<archdesc level="collection"><did><unittitle label="By &who;">Papers of &two;</unittitle></did>
<scopecontent><p>External: [&ext;]</p></scopecontent></archdesc></ead>
XML
rc=0
"$TEICONV" convert -t all -o "$TMP/out" "$TMP/ent.xml" 2>"$TMP/err" || rc=$?
check "entities: converted (exit $rc)" test "$rc" -eq 0
n=0
for f in "$TMP"/out/ent.*; do
  n=$((n + 1))
  check "entities: $(basename "$f") keeps the entity's text" grep -q "Papers of Smith &amp; Co\|Papers of Smith & Co" "$f"
  check "entities: $(basename "$f") keeps the nested entity's text" grep -q "Co.*press.* and Smith" "$f"
  check "entities: $(basename "$f") has no /etc/passwd" bash -c "! grep -q 'root:' '$f'"
done
check "entities: four outputs (got $n)" test "$n" -eq 4
check "entities: the EAD keeps the markup inside the entity, namespaced" \
  grep -q "<emph>press</emph>" "$TMP/out/ent.ead.xml"
# the external entity is neither read nor passed on: its reference and the
# declarations (one of them naming /etc/passwd) are not in any output, and
# the user is told (TC057); the EAD is valid against ead.xsd with them gone
for f in "$TMP"/out/ent.*; do
  check "entities: $(basename "$f") carries no entity declaration or reference" \
    bash -c "! grep -q '<!ENTITY\|&ext;\|/etc/passwd' '$f'"
done
check "entities: an entity in an attribute value is expanded too" \
  grep -q 'label="By Smith &amp; Co"' "$TMP/out/ent.ead.xml"
check "entities: the external entity left out is said (TC057)" \
  grep -q 'warning\[TC057\]: external entity &ext; (/etc/passwd) not read: left out' "$TMP/err"
want_reference
ref_check "entities: the EAD output is valid (ead.xsd)" ead_xsd_ok "$TMP/out/ent.ead.xml"

# 20,000 references to a 50 KB entity: 1 GB once expanded
python3 - "$TMP/bomb.xml" <<'PY'
import sys
body = ''.join('<p>%s</p>' % ('&e;' * 100) for _ in range(200))
open(sys.argv[1], 'w').write(
    '<?xml version="1.0"?>\n<!DOCTYPE ead [ <!ENTITY e "%s"> ]>\n'
    '<ead xmlns="urn:isbn:1-931666-22-9"><eadheader><eadid>x</eadid><filedesc>'
    '<titlestmt><titleproper>B</titleproper></titlestmt></filedesc></eadheader>'
    '<archdesc level="collection"><did><unittitle>U</unittitle></did>'
    '<scopecontent>%s</scopecontent></archdesc></ead>\n' % ('x' * 50000, body))
PY
rc=0
start=$(date +%s)
timeout 60 "$TEICONV" convert -t all -o "$TMP/out-bomb" "$TMP/bomb.xml" 2>"$TMP/err-bomb" || rc=$?
took=$(( $(date +%s) - start ))
check "bomb: fails (exit 1, got $rc)" test "$rc" -eq 1
check "bomb: TC058 with the limit" grep -q "error\[TC058\]: entity references expand to more than" "$TMP/err-bomb"
check "bomb: fast (${took}s)" test "$took" -le 20
check "bomb: nothing written" bash -c "! ls '$TMP'/out-bomb/bomb.* 2>/dev/null"

# an undefined entity fails its input
sed 's/Papers of &pub;/Papers of \&nope;/' "$TMP/ent.xml" >"$TMP/undef.xml"
rc=0
"$TEICONV" convert -t text -o "$TMP/out-undef" "$TMP/undef.xml" 2>"$TMP/err-undef" || rc=$?
check "undefined entity: exit 1 (got $rc)" test "$rc" -eq 1
check "undefined entity: named" grep -q "error\[TC050\]: XML: Entity 'nope' not defined" "$TMP/err-undef"
check "undefined entity: no output" test ! -e "$TMP/out-undef/undef.txt"

finish
