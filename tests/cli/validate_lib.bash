# tests/cli/validate_lib.bash: shared by the validate_*.sh tests (sourced
# after lib.bash and need_reference): a catalog written as a user would.
S="$REF/reference/schemas"
# Maps the official URLs to the local copies; XML_CATALOG_FILES is emptied
# so that nothing but this catalog (given with --catalog) is used.
cat >"$TMP/catalog.xml" <<CAT
<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
  <uri name="http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng" uri="file://$S/tei/tei_all.rng"/>
  <uri name="http://www.loc.gov/ead/ead.xsd" uri="file://$S/ead2002/ead.xsd"/>
  <uri name="http://www.loc.gov/ead/ead3.rng" uri="file://$S/ead3/ead3.rng"/>
  <system systemId="http://www.loc.gov/standards/xlink/xlink.xsd" uri="file://$S/ead2002/xlink.xsd"/>
</catalog>
CAT
export XML_CATALOG_FILES=
CATALOG="$TMP/catalog.xml"
