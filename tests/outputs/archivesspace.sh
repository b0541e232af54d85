#!/usr/bin/env bash
# archivesspace.sh: every record fixture's EAD, and the collection's, has what
# ArchivesSpace's EAD importer requires of a resource (an XPath table, field
# by field) and stays valid against the official ead.xsd; --base-url,
# --repository and --extent reach the EAD, DC and HTML, URL-escaped.
set -euo pipefail
. "$(dirname "$0")/../cli/lib.bash"
. "$(dirname "$0")/lib.bash"
need_reference
mapfile -t fixtures < <(ls "$SRC"/tests/records/*.txt)
check "record fixtures found (${#fixtures[@]})" test "${#fixtures[@]}" -ge 60

rc=0; "$TEICONV" convert -q -t tei,ead,ead3,dc,html --collection collection.ead.xml \
  -o "$TMP/out" "${fixtures[@]}" || rc=$?
same "all fixtures convert" "$rc" 0
check "every EAD valid against ead.xsd" ead_xsd_ok "$TMP"/out/*.ead.xml
check "every EAD3 (the same mapping) valid against ead3.rng" \
  jing_ok "$REF/reference/schemas/ead3/ead3.rng" "$TMP"/out/*.ead3.xml
same "EAD3: a languageset with language@langcode and script@scriptcode in each" \
  "$(for f in "$TMP"/out/*.ead3.xml; do xp "$f" 'boolean(//ead3:archdesc/ead3:did/ead3:langmaterial/ead3:languageset[ead3:language/@langcode and ead3:script/@scriptcode])'; echo; done | sort | uniq -c | sed 's/^ *//')" "${#fixtures[@]} true"
same "EAD3: physdesc extent in each" \
  "$(for f in "$TMP"/out/*.ead3.xml; do xp "$f" 'boolean(//ead3:archdesc/ead3:did/ead3:physdesc[normalize-space()] or //ead3:archdesc/ead3:did/ead3:physdescstructured)'; echo; done | sort | uniq -c | sed 's/^ *//')" "${#fixtures[@]} true"

# The table: each row an element (relative to archdesc/did unless it starts
# with /) that every record's EAD must have. unitdate@normal is required when
# the TEI creation date has an ISO form (an undated record keeps its words).
check "the XPath table holds for every record and the collection" \
  python3 - "$TMP/out" "${#fixtures[@]}" <<'PY'
import glob, os, sys
import xml.etree.ElementTree as ET
ns = {'e': 'urn:isbn:1-931666-22-9', 't': 'http://www.tei-c.org/ns/1.0',
      'x': 'http://www.w3.org/1999/xlink'}
out, want = sys.argv[1], int(sys.argv[2])
rows = [
    ('unitid', lambda d, r: d.find('e:unitid', ns) is not None and d.find('e:unitid', ns).text),
    ('unittitle', lambda d, r: (d.findtext('e:unittitle', '', ns) or '').strip()),
    ('unitdate', lambda d, r: d.find('e:unitdate', ns) is not None),
    ('physdesc/extent (number and type)', lambda d, r: len((d.findtext('e:physdesc/e:extent', '', ns) or '').split()) >= 2
        and (d.findtext('e:physdesc/e:extent', '', ns) or '').split()[0].isdigit()),
    ('langmaterial/language@langcode', lambda d, r: any(l.get('langcode') for l in d.findall('e:langmaterial/e:language', ns))),
    ('langmaterial/language@scriptcode', lambda d, r: any(l.get('scriptcode') for l in d.findall('e:langmaterial/e:language', ns))),
    ('/eadheader langusage/language@langcode+@scriptcode', lambda d, r: any(l.get('langcode') and l.get('scriptcode')
        for l in r.findall('e:eadheader/e:profiledesc/e:langusage/e:language', ns))),
    ('controlaccess entries all with @source', lambda d, r: all(c.get('source')
        for c in r.findall('.//e:controlaccess/*', ns) if not c.tag.endswith('}head'))),
]
records = sorted(f for f in glob.glob(os.path.join(out, '*.ead.xml')) if not f.endswith('collection.ead.xml'))
bad = 0
if len(records) != want:
    print('expected %d record EADs, found %d' % (want, len(records))); bad += 1
counts = {name: 0 for name, _ in rows}
normal_needed = normal_found = 0
for f in records:
    r = ET.parse(f).getroot()
    d = r.find('e:archdesc/e:did', ns)
    for name, test in rows:
        if test(d, r):
            counts[name] += 1
        else:
            print('%s: no %s' % (os.path.basename(f), name)); bad += 1
    tei = ET.parse(f[:-len('.ead.xml')] + '.tei.xml').getroot()
    date = tei.find('t:teiHeader/t:profileDesc/t:creation/t:date', ns)
    if date is not None and (date.get('when') or date.get('from') or date.get('notBefore')):
        normal_needed += 1
        if d.find('e:unitdate', ns) is not None and d.find('e:unitdate', ns).get('normal'):
            normal_found += 1
        else:
            print('%s: no unitdate@normal' % os.path.basename(f)); bad += 1
for name, _ in rows:
    print('%-52s %d/%d' % (name, counts[name], len(records)))
print('%-52s %d/%d' % ('unitdate@normal (dated records)', normal_found, normal_needed))
if normal_needed < len(records) // 2:
    print('too few dated records: %d' % normal_needed); bad += 1
c = ET.parse(os.path.join(out, 'collection.ead.xml')).getroot()
cd = c.find('e:archdesc/e:did', ns)
for name, test in rows:
    if not test(cd, c):
        print('collection: no %s' % name); bad += 1
if not cd.find('e:unitdate', ns).get('normal'):
    print('collection: no unitdate@normal'); bad += 1
items = c.findall('.//e:dsc/e:c', ns)
if len(items) != want:
    print('collection: %d items, want %d' % (len(items), want)); bad += 1
for it in items:
    if it.find('e:did/e:physdesc/e:extent', ns) is None:
        print('collection item without extent'); bad += 1; break
sys.exit(1 if bad else 0)
PY

# extents from the source's pages: "pp. 4-6" -> 3 pages; none -> 1 item
same "pp. 4-6: 3 pages" "$(xp "$TMP/out/labelled-basic.ead.xml" 'string(//ead:archdesc/ead:did/ead:physdesc/ead:extent)')" "3 pages"
same "pp. 12-13: 2 pages" "$(xp "$TMP/out/title-date-from-citation.ead.xml" 'string(//ead:archdesc/ead:did/ead:physdesc/ead:extent)')" "2 pages"
same "no pages: 1 item" "$(xp "$TMP/out/date-circa.ead.xml" 'string(//ead:archdesc/ead:did/ead:physdesc/ead:extent)')" "1 item"
same "no Language: from the text, with a note" \
  "$(xp "$TMP/out/date-circa.ead.xml" 'concat(//ead:archdesc/ead:did/ead:langmaterial/ead:language/@langcode, contains(//ead:archdesc/ead:did/ead:langmaterial, "names no language"))')" "engtrue"
same "Russian in Cyrillic" "$(xp "$TMP/out/main-all-labels.ead.xml" 'string(//ead:archdesc/ead:did/ead:langmaterial/ead:language/@scriptcode)')" "Cyrl"
same "subjects: lcsh and local" "$(xp "$TMP/out/main-all-labels.ead.xml" 'concat(count(//ead:controlaccess/ead:subject[@source="lcsh"]) > 0, count(//ead:controlaccess/*[@source="local"]) > 0)')" "truetrue"

# publishing options; a stem with spaces and '|' is URL-escaped
cp "$SRC/tests/records/main-all-labels.txt" "$TMP/Record of Talks | Archive.txt"
rc=0; "$TEICONV" convert -q -t ead,dc,html --base-url https://archive.example.org/records \
  --repository "Example Archive" --extent "2 folders" -o "$TMP/pub" "$TMP/Record of Talks | Archive.txt" || rc=$?
same "publishing options: exit" "$rc" 0
E="$TMP/pub/Record of Talks | Archive.ead.xml"
URL="https://archive.example.org/records/Record%20of%20Talks%20%7C%20Archive.html"
same "--base-url: dao absolute and escaped" "$(xp "$E" 'string(//ead:dao/@xlink:href)')" "$URL"
same "--base-url: DC identifier" "$(xp "$TMP/pub/Record of Talks | Archive.dc.xml" 'string(//dc:identifier[starts-with(., "https:")])')" "$URL"
same "--base-url: HTML canonical link" "$(xph "$TMP/pub/Record of Talks | Archive.html" 'string(//link[@rel="canonical"]/@href)')" "$URL"
same "--repository" "$(xp "$E" 'normalize-space(//ead:archdesc/ead:did/ead:repository)')" "Example Archive"
check "--repository: the source's archive kept in originalsloc" \
  test -n "$(xp "$E" 'string(//ead:originalsloc)')"
same "--extent" "$(xp "$E" 'string(//ead:archdesc/ead:did/ead:physdesc/ead:extent)')" "2 folders"
check "publishing EAD valid against ead.xsd" ead_xsd_ok "$E"
rc=0; "$TEICONV" convert -q -t ead -o "$TMP/rel" "$TMP/Record of Talks | Archive.txt" || rc=$?
same "without --base-url: a relative link, still escaped" \
  "$(xp "$TMP/rel/Record of Talks | Archive.ead.xml" 'string(//ead:dao/@xlink:href)')" "Record%20of%20Talks%20%7C%20Archive.html"
finish
