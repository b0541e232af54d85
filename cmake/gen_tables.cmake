# cmake/gen_tables.cmake: makes the C and XSLT lookups of data/languages.tsv
# (cmake -P, no other tool needed):
#   -DTSV=data/languages.tsv -DC_OUT=.../lang_table.inc -DXSL_OUT=.../lang-table.xsl
# The C file is written into the build tree; the XSLT one is written to
# XSL_OUT, and with -DXSL_CHECK=FILE the build fails when FILE (the copy
# committed under xsl/lib/, which stylesheets run by xsltproc include) is not
# the same text: `make tables` then brings it up to date.
file(STRINGS "${TSV}" lines ENCODING UTF-8)
set(c "/* Generated from data/languages.tsv by cmake/gen_tables.cmake: do not edit. */\n")
set(x "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
string(APPEND x "<!-- Generated from data/languages.tsv by cmake/gen_tables.cmake: do not edit.\n")
string(APPEND x "     One tc:l a row: @n name, @b BCP 47 tag, @i ISO 639-2/B code. -->\n")
string(APPEND x "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"\n")
string(APPEND x "                xmlns:tc=\"urn:x-teiconv:internal\" exclude-result-prefixes=\"tc\">\n")
string(APPEND x "  <xsl:variable name=\"tc-lang-rows\">\n")
set(n 0)
foreach(line IN LISTS lines)
  if(line MATCHES "^#" OR line STREQUAL "")
    continue()
  endif()
  string(REPLACE "\t" ";" cols "${line}")
  list(LENGTH cols ncols)
  if(NOT ncols EQUAL 3)
    message(FATAL_ERROR "${TSV}: not three tab-separated columns: ${line}")
  endif()
  list(GET cols 0 name)
  list(GET cols 1 tag)
  list(GET cols 2 iso)
  if(NOT tag MATCHES "^[a-z][a-z][a-z]?$" OR NOT iso MATCHES "^[a-z][a-z][a-z]$"
     OR name MATCHES "[\"<>&]")
    message(FATAL_ERROR "${TSV}: bad row: ${line}")
  endif()
  string(APPEND c "{\"${name}\", \"${tag}\", \"${iso}\"},\n")
  string(APPEND x "    <tc:l n=\"${name}\" b=\"${tag}\" i=\"${iso}\"/>\n")
  math(EXPR n "${n} + 1")
endforeach()
string(APPEND x "  </xsl:variable>\n</xsl:stylesheet>\n")
if(n LESS 1)
  message(FATAL_ERROR "${TSV}: no rows")
endif()
include(${CMAKE_CURRENT_LIST_DIR}/table_out.cmake)
tc_table_out("${C_OUT}" "${c}" "${XSL_OUT}" "${x}" "${XSL_CHECK}" "data/languages.tsv")
