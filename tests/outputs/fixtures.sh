#!/usr/bin/env bash
# fixtures.sh: every fixture record (tests/records/*.txt) in every format:
# EAD valid against ead.xsd, EAD3 against ead3.rng, DC against our
# schemas/oai_dc.rng, and an empty
# loss report (every field of the records has a place in EAD and DC).
. "$(dirname "$0")/../cli/lib.bash"
. "$(dirname "$0")/lib.bash"
want_reference
n=$(ls "$SRC"/tests/records/*.txt | wc -l)
rc=0; "$TEICONV" convert -q --force -t all -o "$TMP/o" "$SRC"/tests/records/*.txt || rc=$?
check "all fixtures convert" test "$rc" -eq 0
same "one EAD per fixture" "$(ls "$TMP"/o/*.ead.xml | wc -l)" "$n"
ref_check "every fixture's EAD valid against ead.xsd" ead_xsd_ok "$TMP"/o/*.ead.xml
ref_check "every fixture's EAD3 valid against ead3.rng" ead3_ok "$TMP"/o/*.ead3.xml
check "every fixture's DC valid against schemas/oai_dc.rng (jing)" dc_rng_ok "$TMP"/o/*.dc.xml
for f in "$TMP"/o/*.dc.xml; do
  check "$(basename "$f"): oai_dc" dc_ok "$f"
done
for f in "$TMP"/o/*.tei.xml; do
  same "$(basename "$f" .tei.xml): loss report empty" "$(xsltproc --nonet "$SRC/xsl/report/tei-loss.xsl" "$f")" ""
done
# a record's other notes (document type, collection) reach EAD and DC
M="$TMP/o/main-current-site"
if [ -f "$M.ead.xml" ]; then
  same "document type in EAD odd" "$(xp "$M.ead.xml" "string(//ead:odd[@type='documentType']/ead:p)")" "Memorandum"
  same "document type in DC" "$(xp "$M.dc.xml" "count(//dc:description[starts-with(., 'Document type: ')])")" "1"
fi
finish
