#!/usr/bin/env bash
# languages.sh: one record per row of data/languages.tsv (the one language
# table): its Language value gives the row's BCP 47 tag in the TEI
# (textLang/@mainLang) and in DC, and the row's ISO 639-2/B code in the
# EAD 2002 and EAD3 langmaterial (@langcode), named in words.
. "$(dirname "$0")/../cli/lib.bash"
. "$(dirname "$0")/lib.bash"
TSV="$SRC/data/languages.tsv"
BASE="$SRC/tests/records/classification-copy.txt"
check "base record has Language: Russian" grep -qx "Russian" "$BASE"

mkdir -p "$TMP/in"
n=0
while IFS=$'\t' read -r name tag iso; do
  case $name in '#'*|'') continue ;; esac
  n=$((n + 1))
  sed "s/^Russian\$/$name/" "$BASE" >"$TMP/in/lang$n.txt"
  printf '%s\t%s\t%s\t%s\n' "$n" "$name" "$tag" "$iso" >>"$TMP/rows"
done <"$TSV"
check "the table has its rows ($n)" test "$n" -ge 120

"$TEICONV" convert -q -t tei,ead,ead3,dc -o "$TMP/o" "$TMP"/in/*.txt
while IFS=$'\t' read -r i name tag iso; do
  o="$TMP/o/lang$i"
  same "$name: TEI mainLang" "$(xp "$o.tei.xml" 'string(//tei:sourceDesc//tei:textLang/@mainLang)')" "$tag"
  same "$name: EAD langcode" "$(xp "$o.ead.xml" 'string(//ead:archdesc/ead:did/ead:langmaterial/ead:language/@langcode)')" "$iso"
  same "$name: EAD3 langcode" "$(xp "$o.ead3.xml" 'string(//ead3:archdesc/ead3:did/ead3:langmaterial//ead3:language/@langcode)')" "$iso"
  same "$name: DC language" "$(xp "$o.dc.xml" "count(//dc:language[. = '$tag'])")" 1
  word=$(xp "$o.ead.xml" 'string(//ead:archdesc/ead:did/ead:langmaterial/ead:language)')
  check "$name: EAD names the language in words ('$word')" test -n "$word" -a "$word" != "$tag" -a "$word" != "$iso"
done <"$TMP/rows"
finish
