#!/usr/bin/env bash
# tests/migrate/fixtures.sh: small hand-written EAD inputs, one per mapping class fixed
# after the 20,000-document generator run (tests/migrate/fixtures/): each migrates valid
# against the official schema with its words kept and its loss named.
# Owner: the EAD migration (issue 13).
set -euo pipefail
. "$TEICONV_SOURCE_DIR/tests/cli/lib.bash"
need_reference
S="$REF/reference/schemas"
F="$SRC/tests/migrate/fixtures"
export XML_CATALOG_FILES="$S/catalog.xml"
same "fixtures" "$(find "$F" -name '*.xml' | wc -l)" 1

# A repository with two addresses: one EAD3 address holding every line, the
# second address's @id on its first line, the merge reported.
out="$TMP/o3"
check "repository with two addresses converts" "$TEICONV" convert -t ead3 -o "$out" "$F/repository-addresses.xml" 2>"$TMP/r.log"
check "its EAD3 is valid against ead3.rng" jing_ok "$S/ead3/ead3.rng" "$out/repository-addresses.ead3.xml"
same "address lines kept" "$(grep -c '<addressline' "$out/repository-addresses.ead3.xml")" 4
check "the second address's id kept" grep -q '<addressline id="addr-store">Depot Lane 7' "$out/repository-addresses.ead3.xml"
check "the merge named in the loss report" grep -q 'loss: /ead/archdesc/did/repository/address\[2\]: address 2 of the repository: its 2 lines added to the first address' "$TMP/r.log"
check "round trip to EAD 2002 valid" "$TEICONV" convert -t ead -o "$TMP/rt" "$out/repository-addresses.ead3.xml" 2>/dev/null
check "round trip valid against ead.rng" jing_ok "$S/ead2002/ead.rng" "$TMP/rt/repository-addresses.ead3.ead.xml"

# An EAD input without archdesc (invalid) asked for the other EAD version: a
# bad input (TC055, exit 1), never a stylesheet failure (TC020, internal).
cat >"$TMP/noarch3.xml" <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<ead xmlns="http://ead3.archivists.org/schema/"><control><recordid>x1</recordid>
<filedesc><titlestmt><titleproper>Cut short</titleproper></titlestmt></filedesc>
<maintenancestatus value="new"/><maintenanceagency><agencyname>A</agencyname></maintenanceagency>
<maintenancehistory><maintenanceevent><eventtype value="created"/><eventdatetime>2020</eventdatetime>
<agenttype value="human"/><agent>me</agent></maintenanceevent></maintenancehistory></control></ead>
X
cat >"$TMP/noarch2.xml" <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<ead xmlns="urn:isbn:1-931666-22-9"><eadheader><eadid>x</eadid><filedesc><titlestmt>
<titleproper>Cut short</titleproper></titlestmt></filedesc></eadheader></ead>
X
for pair in "noarch3 ead EAD 2002" "noarch2 ead3 EAD3"; do
  set -- $pair
  rc=0; "$TEICONV" convert -t "$2,html" -o "$TMP/na" "$TMP/$1.xml" 2>"$TMP/$1.log" || rc=$?
  check "$1 -> $2: exit 1 (bad input)" test "$rc" -eq 1
  check "$1 -> $2: TC055 naming the missing archdesc" grep -q "error\[TC055\]: .* input without archdesc (it fails its schema): no finding aid to migrate to ${*:3}, not made" "$TMP/$1.log"
  check "$1 -> $2: no TC020 and no TC054" sh -c '! grep -q "TC020\|TC054" "$0"' "$TMP/$1.log"
  check "$1 -> $2: its HTML still made" test -s "$TMP/na/$1.html"
done
finish
