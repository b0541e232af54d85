#!/usr/bin/env bash
# format_results.sh: each format is its own result (issue 19). A rendering
# that fails (here the text stylesheet stops with an error, in a data
# folder of its own) fails that format and the input (exit 4), but the
# input's other formats are written, and the --report gives each format's
# result in "formats" (the old "status" and "outputs" fields stay).
. "$(dirname "$0")/../cli/lib.bash"
D="$TMP/data"
mkdir -p "$D"
for f in "$TEICONV_DATADIR"/*; do ln -s "$f" "$D/"; done
rm "$D/xsl" && cp -r "$TEICONV_DATADIR/xsl" "$D/xsl"
cat >"$D/xsl/record/tei2text.xsl" <<'XSL'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="text"/>
<xsl:template match="/"><xsl:message terminate="yes">text rendering broken on purpose</xsl:message></xsl:template>
</xsl:stylesheet>
XSL
SEED="$SRC/examples/wilson-111189.txt"
rc=0; TEICONV_DATADIR="$D" "$TEICONV" convert -q -t tei,html,text,ead,ead3,dc -o "$TMP/out" \
  --report "$TMP/r.jsonl" "$SEED" 2>"$TMP/err" || rc=$?
# exit 4: the status of a stylesheet that stopped (as before, when it took
# every format of the input down with it)
check "failed rendering: the input fails (exit 4, got $rc)" test "$rc" -eq 4
check "failed rendering: said so" grep -q "broken on purpose" "$TMP/err"
n=0
for s in tei.xml html ead.xml ead3.xml dc.xml; do
  check "failed text rendering: .$s still written" test -s "$TMP/out/wilson-111189.$s"
  n=$((n + 1))
done
same "other formats checked" "$n" 5
check "failed rendering: no text output" test ! -e "$TMP/out/wilson-111189.txt"
check "failed rendering: no temporary left" test -z "$(find "$TMP/out" -name '*.tmp-teiconv-*')"
check "report: each format's result, the old fields kept" python3 - "$TMP/r.jsonl" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
item = lines[0]
assert item["status"] == "failed", item
assert item["formats"] == {"tei": "ok", "ead": "ok", "ead3": "ok", "html": "ok",
                           "text": "failed", "dc": "ok"}, item["formats"]
assert sorted(o.rsplit("/", 1)[1] for o in item["outputs"]) == sorted(
    "wilson-111189." + s for s in ("tei.xml", "html", "ead.xml", "ead3.xml", "dc.xml")), item["outputs"]
assert any("broken on purpose" in e["message"] for e in item["errors"]), item["errors"]
assert lines[-1]["summary"]["failed"] == 1
PY
# a run after the fix: the text made, the rest up to date
rc=0; "$TEICONV" convert -q -t tei,html,text,ead,ead3,dc -o "$TMP/out" \
  --report "$TMP/r2.jsonl" "$SEED" 2>"$TMP/err2" || rc=$?
check "rerun: exit 0 (got $rc)" test "$rc" -eq 0
check "rerun: the text written" test -s "$TMP/out/wilson-111189.txt"
check "rerun: every format ok" python3 -c '
import json, sys
item = json.loads(open(sys.argv[1]).readline())
assert set(item["formats"].values()) == {"ok"}, item' "$TMP/r2.jsonl"
# a format with no way to it from the input: "not made"
"$TEICONV" convert -q -t tei -o "$TMP/ead" "$SEED"
"$TEICONV" convert -q -t ead -o "$TMP/ead" "$TMP/ead/wilson-111189.tei.xml"
rc=0; "$TEICONV" convert -q -t tei,html -o "$TMP/ead2" --report "$TMP/r3.jsonl" \
  "$TMP/ead/wilson-111189.ead.xml" 2>"$TMP/err3" || rc=$?
check "EAD input to tei,html: exit 0 (got $rc)" test "$rc" -eq 0
check "EAD input: tei not made, html ok" python3 -c '
import json, sys
item = json.loads(open(sys.argv[1]).readline())
assert item["formats"] == {"tei": "not made", "html": "ok"}, item' "$TMP/r3.jsonl"
finish
