#!/usr/bin/env bash
# fields.sh: every row of the DESIGN.md field map, checked field by field in
# the EAD, EAD3, DC, HTML and text outputs of a record that fills them all.
. "$(dirname "$0")/../cli/lib.bash"
. "$(dirname "$0")/lib.bash"
want_reference
IN="$SRC/tests/outputs/sample-full.tei.xml"
ref_check "sample TEI valid against tei_all.rng" tei_ok "$IN"
check "sample converts" convert_all "$IN" "$TMP/o"
E="$TMP/o/sample-full.ead.xml"; E3="$TMP/o/sample-full.ead3.xml"
D="$TMP/o/sample-full.dc.xml"; H="$TMP/o/sample-full.html"; T="$TMP/o/sample-full.txt"
TITLE="Telegram from the Hungarian Embassy in Pyongyang on the Visit of the Chinese Delegation & Its Aftermath"
SUMMARY=$(xp "$IN" "normalize-space(//tei:abstract)")
SOURCE="MOL, XIX-J-1-j Korea, 1967, 61. doboz, 5/bc, 001124/1967, pp. 3-5. Translated for NKIDP by Balázs Szalontai."

# title
same "EAD unittitle" "$(xp "$E" "/ead:ead/ead:archdesc/ead:did/ead:unittitle")" "$TITLE"
same "EAD titleproper" "$(xp "$E" "//ead:titlestmt/ead:titleproper")" "$TITLE"
same "EAD3 unittitle" "$(xp "$E3" "/ead3:ead/ead3:archdesc/ead3:did/ead3:unittitle")" "$TITLE"
same "EAD3 titleproper" "$(xp "$E3" "//ead3:titlestmt/ead3:titleproper")" "$TITLE"
same "DC title" "$(xp "$D" "//dc:title")" "$TITLE"
same "HTML h1" "$(xph "$H" "normalize-space(//h1)")" "$TITLE"
same "HTML title" "$(xph "$H" "normalize-space(//head/title)")" "$TITLE"
same "text Title line" "$(sed -n 1p "$T")" "Title: $TITLE"

# document date
same "EAD unitdate text" "$(xp "$E" "//ead:archdesc/ead:did/ead:unitdate")" "March 14, 1967"
same "EAD unitdate @normal" "$(xp "$E" "string(//ead:archdesc/ead:did/ead:unitdate/@normal)")" "1967-03-14"
same "EAD unitdate @era" "$(xp "$E" "string(//ead:archdesc/ead:did/ead:unitdate/@era)")" "ce"
same "EAD unitdate @calendar" "$(xp "$E" "string(//ead:archdesc/ead:did/ead:unitdate/@calendar)")" "gregorian"
same "EAD3 unit date (structured, from the EAD 2002 @normal)" "$(xp "$E3" "string(//ead3:archdesc/ead3:did/ead3:unitdatestructured/ead3:datesingle/@standarddate)")" "1967-03-14"
same "EAD3 datesingle @standarddate" "$(xp "$E3" "string(//ead3:unitdatestructured/ead3:datesingle/@standarddate)")" "1967-03-14"
same "EAD3 unitdatestructured @calendar/@era" "$(xp "$E3" "concat(//ead3:unitdatestructured/@calendar, ' ', //ead3:unitdatestructured/@era)")" "gregorian ce"
same "DC date" "$(xp "$D" "//dc:date[1]")" "1967-03-14"
same "HTML time" "$(xph "$H" "string(//header//time/@datetime)")" "1967-03-14"
same "text Date line" "$(grep '^Date: ' "$T")" "Date: March 14, 1967"

# summary
same "EAD abstract" "$(xp "$E" "//ead:did/ead:abstract")" "$SUMMARY"
same "EAD scopecontent/p" "$(xp "$E" "//ead:scopecontent/ead:p")" "$SUMMARY"
same "EAD3 abstract" "$(xp "$E3" "//ead3:did/ead3:abstract")" "$SUMMARY"
same "EAD3 scopecontent/p" "$(xp "$E3" "//ead3:scopecontent/ead3:p")" "$SUMMARY"
same "DC description" "$(xp "$D" "//dc:description[1]")" "$SUMMARY"
same "HTML summary" "$(xph "$H" "normalize-space(//section[@id='summary']/p)")" "$SUMMARY"
same "text Summary" "$(grep '^Summary: ' "$T")" "Summary: $SUMMARY"

# authors: persname and corpname told apart
same "EAD origination persname" "$(xp "$E" "//ead:origination/ead:persname")" "Kádár, János"
same "EAD origination corpname" "$(xp "$E" "//ead:origination/ead:corpname")" "Hungary. Ministry of Foreign Affairs"
same "EAD3 origination persname/part" "$(xp "$E3" "//ead3:origination/ead3:persname/ead3:part")" "Kádár, János"
same "EAD3 origination corpname/part" "$(xp "$E3" "//ead3:origination/ead3:corpname/ead3:part")" "Hungary. Ministry of Foreign Affairs"
same "DC creators" "$(xp "$D" "count(//dc:creator)")" "2"
same "text Author(s)" "$(grep -c '^Author(s): ' "$T")" "2"

# translator and contributor
same "EAD titlestmt author" "$(xp "$E" "//ead:titlestmt/ead:author")" "translated by (for NKIDP): Balázs Szalontai; document contributor: Sergey Radchenko"
same "EAD notestmt notes" "$(xp "$E" "count(//ead:notestmt/ead:note)")" "2"
same "EAD3 controlnote" "$(xp "$E3" "//ead3:control//ead3:controlnote[1]/ead3:p")" "translated by (for NKIDP): Balázs Szalontai"
same "DC contributor" "$(xp "$D" "//dc:contributor[2]")" "document contributor: Sergey Radchenko"
same "text Document Contributors" "$(grep '^Document Contributors: ' "$T")" "Document Contributors: Sergey Radchenko"

# funders
same "EAD sponsor" "$(xp "$E" "//ead:titlestmt/ead:sponsor")" "Korea Foundation; Henry Luce Foundation"
same "EAD3 sponsors (one sponsor, as in EAD 2002)" "$(xp "$E3" "string(//ead3:titlestmt/ead3:sponsor)")" "Korea Foundation; Henry Luce Foundation"
same "text Funder lines" "$(grep -c '^Funder: ' "$T")" "2"

# record ID
same "EAD eadid" "$(xp "$E" "//ead:eadid")" "116543"
same "EAD unitid" "$(xp "$E" "//ead:archdesc/ead:did/ead:unitid")" "116543"
same "EAD3 recordid" "$(xp "$E3" "//ead3:recordid")" "116543"
same "EAD3 unitid" "$(xp "$E3" "//ead3:archdesc/ead3:did/ead3:unitid")" "116543"
same "DC identifier" "$(xp "$D" "//dc:identifier")" "116543"
same "text Record ID" "$(grep '^Record ID: ' "$T")" "Record ID: 116543"

# uploaded date
same "EAD publicationstmt date @normal" "$(xp "$E" "string(//ead:publicationstmt/ead:date/@normal)")" "2014-03-05"
same "EAD3 publicationstmt date" "$(xp "$E3" "//ead3:publicationstmt/ead3:date")" "2014-03-05"
same "text Original Uploaded Date" "$(grep '^Original Uploaded Date: ' "$T")" "Original Uploaded Date: 2014-03-05"

# rights
same "EAD userestrict paragraphs" "$(xp "$E" "count(//ead:userestrict/ead:p)")" "2"
same "EAD3 userestrict paragraphs" "$(xp "$E3" "count(//ead3:userestrict/ead3:p)")" "2"
same "DC rights" "$(xp "$D" "count(//dc:rights)")" "2"
same "HTML rights" "$(xph "$H" "count(//dd[@class='rights'])")" "2"
same "text Rights lines" "$(grep -c '^Rights: ' "$T")" "2"

# source and original archive
same "EAD originalsloc source" "$(xp "$E" "//ead:originalsloc/ead:p[1]")" "$SOURCE"
same "EAD originalsloc archive" "$(xp "$E" "//ead:originalsloc/ead:p[2]")" "Original archive: Hungarian National Archives (MOL)"
same "EAD3 originalsloc source" "$(xp "$E3" "//ead3:originalsloc/ead3:p[1]")" "$SOURCE"
same "DC source" "$(xp "$D" "//dc:source")" "$SOURCE"
same "text Source" "$(grep '^Source: ' "$T")" "Source: $SOURCE"
same "text Original Archive" "$(grep '^Original Archive: ' "$T")" "Original Archive: Hungarian National Archives (MOL)"

# original languages: BCP 47 in TEI, ISO 639-2/B in EAD
same "EAD langmaterial codes" "$(xp "$E" "concat(//ead:langmaterial/ead:language[1]/@langcode, ' ', //ead:langmaterial/ead:language[2]/@langcode, ' ', //ead:langmaterial/ead:language[3]/@langcode)")" "hun rus kor"
same "EAD3 langmaterial codes" "$(xp "$E3" "concat(//ead3:langmaterial/ead3:languageset[1]/ead3:language/@langcode, ' ', //ead3:langmaterial/ead3:languageset[3]/ead3:language/@langcode)")" "hun kor"
same "EAD3 langmaterial scripts" "$(xp "$E3" "concat(//ead3:langmaterial/ead3:languageset[1]/ead3:script/@scriptcode, ' ', //ead3:langmaterial/ead3:languageset[2]/ead3:script/@scriptcode)")" "Latn Cyrl"
same "DC languages" "$(xp "$D" "count(//dc:language)")" "4"
same "text Language lines" "$(grep '^Language: ' "$T" | tr '\n' '|')" "Language: Hungarian|Language: Russian|Language: Korean|"

# language of the TEI text
same "EAD langusage" "$(xp "$E" "string(//ead:profiledesc/ead:langusage/ead:language/@langcode)")" "eng"
same "EAD3 languagedeclaration" "$(xp "$E3" "string(//ead3:languagedeclaration/ead3:language/@langcode)")" "eng"
same "HTML lang" "$(xph "$H" "string(/html/@lang)")" "en"

# subjects, places, people and organisations
same "EAD lcsh subjects" "$(xp "$E" "count(//ead:controlaccess/ead:subject[@source='lcsh'])")" "2"
same "EAD geognames" "$(xp "$E" "count(//ead:controlaccess/ead:geogname)")" "2"
same "EAD controlaccess persname" "$(xp "$E" "//ead:controlaccess/ead:persname")" "Kim, Il Sung, 1912-1994"
same "EAD controlaccess corpname" "$(xp "$E" "//ead:controlaccess/ead:corpname")" "Chosŏn Nodongdang"
same "EAD3 lcsh subject part" "$(xp "$E3" "//ead3:controlaccess/ead3:subject[@source='lcsh'][1]/ead3:part")" "Korea (North)--Foreign relations--China"
same "EAD3 geogname part" "$(xp "$E3" "//ead3:controlaccess/ead3:geogname[1]/ead3:part")" "Pyongyang (Korea)"
same "EAD3 corpname part" "$(xp "$E3" "//ead3:controlaccess/ead3:corpname/ead3:part")" "Chosŏn Nodongdang"
same "DC coverage" "$(xp "$D" "//dc:coverage[1]")" "Pyongyang (Korea)"
same "DC subjects" "$(xp "$D" "count(//dc:subject)")" "5"
same "HTML subjects" "$(xph "$H" "count(//dd[@class='subject'])")" "7"
same "text Subjects Discussed" "$(grep -c '^Subjects Discussed: ' "$T")" "2"
same "text Associated Places" "$(grep -c '^Associated Places: ' "$T")" "2"
same "text Associated People" "$(grep -c '^Associated People & Organizations: ' "$T")" "2"

# original classification
same "EAD odd" "$(xp "$E" "concat(//ead:odd/ead:head, ': ', //ead:odd/ead:p)")" "Original classification: Top Secret"
same "EAD3 odd" "$(xp "$E3" "//ead3:odd/ead3:p")" "Top Secret"
same "text Original Classification" "$(grep '^Original Classification: ' "$T")" "Original Classification: Top Secret"

# the link to the HTML page
same "EAD dao href" "$(xp "$E" "string(//ead:did/ead:dao/@xlink:href)")" "sample-full.html"
same "EAD3 dao href" "$(xp "$E3" "string(//ead3:did/ead3:dao/@href)")" "sample-full.html"

# HTML: landmarks, metadata panel, marks with explanations, key, no script
same "HTML landmarks" "$(xph "$H" "concat(count(//header), count(//nav[not(@class='formats')]), count(//main), count(//footer))")" "1111"
same "HTML links to the record's other formats (-t all)" \
  "$(xph "$H" "count(//footer/nav[@class='formats']//a)")" "5"
same "HTML head: DC title and schema.org name" \
  "$(xph "$H" "concat(count(//head/meta[@name='DC.title']), count(//head/meta[@itemprop='name']), count(/html[@itemtype='https://schema.org/ArchiveComponent']))")" "111"
same "HTML metadata dl" "$(xph "$H" "count(//section[@id='information']/dl/dt) > 10")" "true"
same "HTML supplied shown with brackets" "$(xph "$H" "string((//span[@class='supplied'])[1])")" "[oreign]"
same "HTML supplied explained" "$(xph "$H" "string((//span[@class='supplied'])[1]/@title)")" "Supplied by the editor: not in the original"
same "HTML gap shows the source's mark" "$(xph "$H" "string(//span[@class='gap'])")" "[…]"
same "HTML every mark has a title" "$(xph "$H" "count(//article//span[contains(' supplied gap note unclear pb ', concat(' ', @class, ' '))][not(@title)])")" "0"
same "HTML key lists 6 marks" "$(xph "$H" "count(//section[@id='key']/dl/dt)")" "6"
same "HTML footnote" "$(xph "$H" "string(//a[@class='ref']/@href)")" "#fn1"
same "HTML speaker" "$(xph "$H" "string((//b[@class='speaker'])[1])")" "North (KIM):"
same "HTML no script" "$(xph "$H" "count(//script)")" "0"
same "HTML stylesheet link" "$(xph "$H" "string(//link[@rel='stylesheet']/@href)")" "teiconv.css"
check "HTML CSS beside the page" test -s "$TMP/o/teiconv.css"
check "CSS has print rules" grep -q '@media print' "$TMP/o/teiconv.css"

# text body: marks as in the source
check "text: supplied in brackets" grep -q 'F\[oreign\] M\[inistry\]' "$T"
check "text: gap as printed" grep -q 'delegation\. \[…\]' "$T"
check "text: speaker line" grep -qx 'North (KIM): We shall continue our own line.' "$T"
check "text: page marker" grep -qx '(p. 2)' "$T"
blank=$(grep -n '^$' "$T" | head -1 | cut -d: -f1)
same "text: the header ends with Record ID, then a blank line" "$(sed -n "$((blank - 1))p" "$T")" "Record ID: 116543"
# The LCSH scheme: the C code writes it, the stylesheets read it; one copy
# each side (xsl/lib/common-tei.xsl), and the two the same.
c_lcsh=$(sed -n 's/^#define LCSH_SCHEME *"\(.*\)"$/\1/p' "$SRC/src/lib/tei/tei_build.c")
x_lcsh=$(grep -rho "name=\"tc-lcsh\" select=\"'[^']*'" "$SRC/xsl" | sed "s/.*'\(.*\)'/\1/" | sort -u)
same "LCSH scheme: C and XSLT" "$x_lcsh" "$c_lcsh"
same "LCSH scheme: one definition in the stylesheets" "$(grep -rl 'id.loc.gov/authorities/subjects.\"/>' "$SRC/xsl" | wc -l)" 1
finish
