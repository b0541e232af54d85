#!/usr/bin/env bash
# collection_cli.sh: `teiconv convert --collection`: one EAD 2002 finding aid
# for every fixture record (valid against the official ead.xsd), items in
# date order with undated ones last, collection dates spanning the items,
# title and identifier from the options, index.html linking every written
# page (also in subfolders) and well-formed, same-date ties by output name,
# failed and non-TEI inputs left out and said so,
# the report line, -j1 = -j2, a collection that cannot be written (exit 3,
# reported), and the options' usage errors.
. "$(dirname "$0")/../cli/lib.bash"
. "$(dirname "$0")/lib.bash"
need_reference

IN="$TMP/in"
mkdir -p "$IN/sub"
cp "$SRC"/examples/*.txt "$SRC"/tests/records/*.txt "$IN/"
mv "$IN/date-in-title.txt" "$IN/sub/"          # a record in a subfolder
: >"$IN/empty.txt"                              # fails: never in the collection
cp "$SRC/tests/outputs/sample-full.tei.xml" "$IN/sample.xml"   # a TEI input joins
EAD_IN=$(find "$REF/corpus" -path '*ead2002*' -name '*.xml' -size -200k | head -1)
cp "$EAD_IN" "$IN/finding-aid.xml"              # an EAD input is left out

rc=0; "$TEICONV" convert -t all -j 2 -o "$TMP/out" --collection collection.ead.xml \
  --collection-title "Cold War records" --collection-id "cw-1" \
  --report "$TMP/r.jsonl" "$IN" 2>"$TMP/err" || rc=$?
check "exit 1: the empty record failed, the rest converted (got $rc)" test $rc -eq 1
C="$TMP/out/collection.ead.xml"
I="$TMP/out/index.html"
check "finding aid written" test -s "$C"
check "index.html written (html among the formats)" test -s "$I"
check "finding aid valid against the official ead.xsd" ead_xsd_ok "$C"

ok=$(python3 -c 'import json,sys; print(sum(1 for l in open(sys.argv[1]) for o in [json.loads(l)] if o.get("status") in ("ok","skipped") and o.get("path","").endswith((".txt",".xml")) and not o["path"].endswith("finding-aid.xml")))' "$TMP/r.jsonl")
same "one item per converted TEI record" "$(xp "$C" "count(//ead:dsc/ead:c[@level='item'])")" "$ok"
check "at least 60 items" test "$ok" -ge 60
same "title from the option" "$(xp "$C" "normalize-space(//ead:archdesc/ead:did/ead:unittitle)")" "Cold War records"
same "identifier from the option" "$(xp "$C" "concat(//ead:eadid, ' ', //ead:archdesc/ead:did/ead:unitid)")" "cw-1 cw-1"
same "archdesc level" "$(xp "$C" "string(//ead:archdesc/@level)")" "collection"

# date order: each item's first ISO day never goes back; undated ones last
xp "$C" "//ead:dsc/ead:c" >/dev/null
check "items in date order, undated last" python3 - "$C" <<'PY'
import sys, xml.etree.ElementTree as ET
ns = {"e": "urn:isbn:1-931666-22-9"}
cs = ET.parse(sys.argv[1]).getroot().findall(".//e:dsc/e:c", ns)
keys = []
for c in cs:
    d = c.find("e:did/e:unitdate", ns)
    n = d.get("normal") if d is not None else None
    keys.append(n.split("/")[0] if n else "9999")
assert keys == sorted(keys), keys
assert keys[0] != "9999" and len(cs) > 50
PY
span=$(python3 - "$C" <<'PY'
import sys, xml.etree.ElementTree as ET
ns = {"e": "urn:isbn:1-931666-22-9"}
r = ET.parse(sys.argv[1]).getroot()
ds = [d.get("normal") for d in r.findall(".//e:dsc/e:c/e:did/e:unitdate", ns) if d.get("normal")]
first = min(x.split("/")[0] for x in ds)
last = max(x.split("/")[-1] for x in ds)
print(first + "/" + last)
PY
)
same "collection dates span the items" "$(xp "$C" "string(//ead:archdesc/ead:did/ead:unitdate/@normal)")" "$span"

# index.html: every record page linked, every link resolves
n_links=$(xph "$I" "count(//ul[@class='records']/li/a)")
same "index lists every item" "$n_links" "$ok"
check "index links resolve to written pages" python3 - "$I" "$TMP/out" <<'PY'
import os, re, sys
html = open(sys.argv[1], encoding="utf-8").read()
ul = html.split('<ul class="records">', 1)[1].split("</ul>", 1)[0]
hrefs = re.findall(r'<a href="([^"]+)"', ul)
assert len(hrefs) > 50, len(hrefs)
missing = [h for h in hrefs if not os.path.isfile(os.path.join(sys.argv[2], h))]
assert not missing, missing
assert "sub/date-in-title.html" in hrefs
PY
same "item in a subfolder links its page" \
  "$(xp "$C" "string(//ead:c[ead:did/ead:dao/@xlink:href='sub/date-in-title.html']/ead:did/ead:dao/@xlink:href)")" \
  "sub/date-in-title.html"
check "the empty record is not in the collection" test "$(xp "$C" "count(//ead:dao[@xlink:href='empty.html'])")" = 0
check "the EAD input is said to be left out (TC095)" grep -q "finding-aid.*TC095" "$TMP/err"
check "stderr names the collection" grep -q "collection of $ok records" "$TMP/err"
check "report: a collection line" python3 - "$TMP/r.jsonl" "$ok" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
c = [l for l in lines if "collection" in l]
assert len(c) == 1, c
c = c[0]
assert c["status"] == "ok" and c["records"] == int(sys.argv[2]) and c["left_out"] == 1, c
assert c["collection"].endswith("/collection.ead.xml") and c["index"].endswith("/index.html"), c
assert "summary" in lines[-1]
PY

# -j1 writes the same finding aid and index; without html no index
rc=0; "$TEICONV" convert -q -t ead -j 1 -o "$TMP/j1" --collection collection.ead.xml \
  --collection-title "Cold War records" --collection-id "cw-1" "$IN" 2>/dev/null || rc=$?
check "-j1 ead: exit 1 (the empty record)" test "$rc" -eq 1
rc=0; "$TEICONV" convert -q -t html -j 1 -o "$TMP/j1h" --collection collection.ead.xml \
  --collection-title "Cold War records" --collection-id "cw-1" "$IN" 2>/dev/null || rc=$?
check "-j1 html: exit 1 (the empty record)" test "$rc" -eq 1
check "-j1 and -j2: same finding aid" cmp -s "$C" "$TMP/j1/collection.ead.xml"
check "-j1 and -j2: same index" cmp -s "$I" "$TMP/j1h/index.html"
check "no html asked: no index.html" test ! -e "$TMP/j1/index.html"
check "tei added to the formats" test -s "$TMP/j1/wilson-111189.tei.xml"

# a rerun with nothing to do still writes the collection, from the TEI on disk
rc=0; "$TEICONV" convert -q -t ead -o "$TMP/j1" --collection collection.ead.xml \
  --collection-title "Cold War records" --collection-id "cw-1" "$IN" 2>/dev/null || rc=$?
check "rerun (all up to date): exit 1 (the empty record again)" test "$rc" -eq 1
check "rerun (all up to date): same finding aid" cmp -s "$C" "$TMP/j1/collection.ead.xml"

# defaults
rc=0; "$TEICONV" convert -q -o "$TMP/d" --collection c.xml "$SRC/examples/wilson-111189.txt" || rc=$?
check "defaults: exit 0" test "$rc" -eq 0
same "default title" "$(xp "$TMP/d/c.xml" "normalize-space(//ead:titleproper)")" "Collection of 1 record"
check "defaults: valid" ead_xsd_ok "$TMP/d/c.xml"

# usage errors
for bad in /tmp/x.xml ../x.xml index.html . a/../../x; do
  rc=0; "$TEICONV" convert -q -o "$TMP/u" --collection "$bad" "$SRC/examples/wilson-111189.txt" 2>/dev/null || rc=$?
  check "--collection '$bad' refused with 2" test "$rc" -eq 2
done
rc=0; "$TEICONV" convert -q -o "$TMP/u" --collection-title x "$SRC/examples/wilson-111189.txt" 2>/dev/null || rc=$?
check "--collection-title alone refused with 2" test "$rc" -eq 2
rc=0; "$TEICONV" convert -q -o - --collection c.xml "$SRC/examples/wilson-111189.txt" >/dev/null 2>&1 || rc=$?
check "--collection with -o - refused with 2" test "$rc" -eq 2
# index.html is well-formed: every non-void element closed, in order
check "index.html: tags balanced" python3 - "$I" <<'PY'
import sys
from html.parser import HTMLParser
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "source", "track", "wbr"}
class Balance(HTMLParser):
    def __init__(self):
        super().__init__(); self.stack = []; self.seen = 0
    def handle_starttag(self, tag, attrs):
        self.seen += 1
        if tag not in VOID: self.stack.append(tag)
    def handle_startendtag(self, tag, attrs):
        assert tag in VOID, tag
    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-5:])
        self.stack.pop()
p = Balance(); p.feed(open(sys.argv[1], encoding="utf-8").read()); p.close()
assert not p.stack and p.seen > 100, (p.stack, p.seen)
PY

# same date and title: ordered by output name, whatever the input order
mkdir -p "$TMP/tie"
cp "$SRC/examples/wilson-111189.txt" "$TMP/tie/b-copy.txt"
cp "$SRC/examples/wilson-111189.txt" "$TMP/tie/a-copy.txt"
"$TEICONV" convert -q -t html -o "$TMP/tie1" --collection c.xml "$TMP/tie/b-copy.txt" "$TMP/tie/a-copy.txt"
"$TEICONV" convert -q -t html -o "$TMP/tie2" --collection c.xml "$TMP/tie/a-copy.txt" "$TMP/tie/b-copy.txt"
same "same date and title: items by output name" \
  "$(xp "$TMP/tie1/c.xml" "concat(//ead:dsc/ead:c[1]/ead:did/ead:dao/@xlink:href, ' ', //ead:dsc/ead:c[2]/ead:did/ead:dao/@xlink:href)")" \
  "a-copy.html b-copy.html"
check "input order does not change the finding aid" cmp -s "$TMP/tie1/c.xml" "$TMP/tie2/c.xml"
check "input order does not change the index" cmp -s "$TMP/tie1/index.html" "$TMP/tie2/index.html"
same "two records: plural extent" "$(xp "$TMP/tie1/c.xml" "normalize-space(//ead:archdesc/ead:did/ead:physdesc/ead:extent)")" "2 items"

# a collection that cannot be written: exit 3, the records still written,
# the report's collection line says failed
mkdir -p "$TMP/f/c.xml"
rc=0; "$TEICONV" convert -q -o "$TMP/f" --collection c.xml --report "$TMP/f.jsonl" \
  "$SRC/examples/wilson-111189.txt" 2>"$TMP/f.err" || rc=$?
check "collection not written: exit 3 (got $rc)" test $rc -eq 3
check "collection not written: the record still is" test -s "$TMP/f/wilson-111189.tei.xml"
check "collection not written: TC008 said" grep -q "c.xml.*TC008" "$TMP/f.err"
check "collection not written: report line failed" python3 - "$TMP/f.jsonl" <<'PY'
import json, sys
c = [o for o in map(json.loads, open(sys.argv[1])) if "collection" in o]
assert len(c) == 1 and c[0]["status"] == "failed" and c[0]["records"] == 1, c
PY
finish
