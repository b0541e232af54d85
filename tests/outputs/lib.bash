# tests/outputs/lib.bash: helpers of the output-format tests (sourced after
# tests/cli/lib.bash): XPath probes of outputs and equality assertions.
XPATH_XSL="$SRC/tests/outputs/xpath.xsl"

# xp FILE EXPR: string value of EXPR in the XML FILE (prefixes: ead, ead3,
# xlink, oai_dc, dc, tei).
xp() { xsltproc --nonet --stringparam expr "$2" "$XPATH_XSL" "$1" 2>/dev/null; }

# xph FILE EXPR: the same for an HTML file.
xph() { xsltproc --nonet --html --stringparam expr "$2" "$XPATH_XSL" "$1" 2>/dev/null; }

# convert_all INPUT OUTDIR: every format through the CLI (the engine path).
convert_all() {
  "$TEICONV" convert -q --force -t all -o "$2" "$1"
}

# ead3_ok FILE..., tei_ok FILE..., dc_rng_ok FILE...: RELAX NG validation
# with jing, every file given (at least one).
ead3_ok() { [ $# -gt 0 ] && jing_ok "$REF/reference/schemas/ead3/ead3.rng" "$@"; }
tei_ok() { [ $# -gt 0 ] && jing_ok "$REF/reference/schemas/tei/tei_all.rng" "$@"; }
dc_rng_ok() { jing_ok "$DC_RNG" "$@"; }

# dc_ok FILE: valid against our oai_dc grammar (schemas/oai_dc.rng: root
# oai_dc:dc, only the fifteen DC elements, text only, optional xml:lang),
# every child in the DC namespace, and not empty.
DC_RNG="$SRC/schemas/oai_dc.rng"
dc_ok() {
  xmllint --nonet --noout --relaxng "$DC_RNG" "$1" 2>/dev/null &&
    [ "$(xp "$1" "concat(namespace-uri(/*), ' ', local-name(/*))")" = "http://www.openarchives.org/OAI/2.0/oai_dc/ dc" ] &&
    [ "$(xp "$1" "count(/*/*[namespace-uri() != 'http://purl.org/dc/elements/1.1/'])")" = "0" ] &&
    [ "$(xp "$1" "count(/*/*)")" -gt 0 ]
}

# words_kept PERCENT OUTDIR TEI...: tests/outputs/tei_words.py over each TEI
# file and the OUTDIR/NAME.html and NAME.txt made of it (NAME: its file name
# less .xml and .tei): its lines go to $TMP/words and to stdout, its exit
# status (0: every file kept at least PERCENT of its words) to words_rc.
words_kept() {
  local min=$1 out=$2 f b
  shift 2
  local args=()
  for f in "$@"; do
    b=$(basename "$f" .xml)
    b=${b%.tei}
    args+=("$f" "$out/$b.html" "$out/$b.txt")
  done
  words_rc=0
  python3 "$SRC/tests/outputs/tei_words.py" "$min" "${args[@]}" >"$TMP/words" || words_rc=$?
  cat "$TMP/words"
}
