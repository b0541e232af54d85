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

# ead3_ok FILE, tei_ok FILE, dc_rng_ok FILE...: RELAX NG validation with jing.
ead3_ok() { jing_ok "$REF/reference/schemas/ead3/ead3.rng" "$1"; }
tei_ok() { jing_ok "$REF/reference/schemas/tei/tei_all.rng" "$1"; }
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
