#!/usr/bin/env bash
# fit_table.sh: the fit tables of the EAD migrations (xsl/ead/*-allowed.xsl)
# are read on a stylesheet's first row look-up, not when it compiles: a run
# that never looks a row up (records to EAD3) does not read them; a
# migration reads them even when its input's folder confines reads, and a
# table that cannot be read fails that migration with a clear error.
. "$(dirname "$0")/lib.bash"
need_reference
ead=$(find "$REF/corpus/ead2002" -name 'arclight-deeply-nested-components.xml' | head -n 1)
check "the EAD 2002 corpus input is there" test -s "$ead"

# a data folder whose two tables are documents without a table
mkdir -p "$TMP/data"
cp -r "$SRC/xsl" "$SRC/schemas" "$TMP/data/"
n=0
for t in "$TMP/data/xsl/ead/ead3-allowed.xsl" "$TMP/data/xsl/ead/ead2002-allowed.xsl"; do
  check "$(basename "$t") is in the copy" test -s "$t"
  echo '<x/>' >"$t"
  n=$((n + 1))
done
check "two tables replaced" test "$n" -eq 2

# a record to every format never looks a row up: all six written
rc=0; TEICONV_DATADIR="$TMP/data" "$TEICONV" convert -t all -o "$TMP/rec" \
  "$SRC/tests/records/main-basic.txt" 2>"$TMP/rec.err" || rc=$?
check "record, tables unreadable: exit 0" test "$rc" -eq 0
for ext in tei.xml html txt ead.xml ead3.xml dc.xml; do
  check "record: .$ext written" test -s "$TMP/rec/main-basic.$ext"
done
check "record: no stylesheet error" sh -c "! grep -q 'TC01[01]' '$TMP/rec.err'"

# a migration needs them: it fails, names the table, writes nothing
rc=0; TEICONV_DATADIR="$TMP/data" "$TEICONV" convert -t ead3 -o "$TMP/mig" \
  "$ead" 2>"$TMP/mig.err" || rc=$?
check "migration, table unreadable: exit 4" test "$rc" -eq 4
check "migration: the error names the fit table" grep -q 'fit table of this stylesheet cannot be read' "$TMP/mig.err"
check "migration: no EAD3 written" test ! -e "$TMP/mig/$(basename "$ead" .xml).ead3.xml"

# a table that is not there at all: the stylesheet does not load (TC011)
rm "$TMP/data/xsl/ead/ead3-allowed.xsl"
rc=0; TEICONV_DATADIR="$TMP/data" "$TEICONV" convert -t ead3 -o "$TMP/gone" \
  "$ead" 2>"$TMP/gone.err" || rc=$?
check "table missing: exit 4" test "$rc" -eq 4
check "table missing: TC011" grep -q 'TC011' "$TMP/gone.err"

# the real tables, read on first use while the input's folder (a copy in
# TMP, outside the data folder) confines what the input may read
mkdir -p "$TMP/in"
cp "$ead" "$TMP/in/"
rc=0; "$TEICONV" convert -t ead3 -o "$TMP/ok" "$TMP/in/$(basename "$ead")" 2>"$TMP/ok.err" || rc=$?
check "migration, tables there: exit 0" test "$rc" -eq 0
check "migration: no read refused" sh -c "! grep -q 'TC057' '$TMP/ok.err'"
check "migration: EAD3 valid" jing_ok "$REF/reference/schemas/ead3/ead3.rng" "$TMP/ok/$(basename "$ead" .xml).ead3.xml"
finish
