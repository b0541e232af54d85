# cmake/gen_codes_doc.cmake: the README's table of diagnostic codes, made
# from src/lib/base/codes.def (cmake -P, no other tool needed):
#   -DDEF=src/lib/base/codes.def -DREADME=README.md [-DCHECK=ON]
# Writes the table between the lines <!-- codes:begin --> and
# <!-- codes:end -->; with CHECK, fails instead when the README's table is
# not what codes.def gives (`make docs` then brings it up to date).
file(STRINGS "${DEF}" lines REGEX "^TC_CODE\\(")
set(table "| code | severity | meaning |\n|---|---|---|\n")
foreach(line IN LISTS lines)
  if(NOT line MATCHES "^TC_CODE\\(\"(TC[0-9][0-9][0-9])\", \"(error|warning|note)\", \"([^\"]+)\"\\)$")
    message(FATAL_ERROR "${DEF}: a row not of the form TC_CODE(\"TCnnn\", \"severity\", \"summary\"): ${line}")
  endif()
  string(APPEND table "| `${CMAKE_MATCH_1}` | ${CMAKE_MATCH_2} | ${CMAKE_MATCH_3} |\n")
endforeach()
file(READ "${README}" text)
string(FIND "${text}" "<!-- codes:begin -->\n" b)
string(FIND "${text}" "<!-- codes:end -->" e)
if(b LESS 0 OR e LESS b)
  message(FATAL_ERROR "${README}: no <!-- codes:begin --> ... <!-- codes:end --> block")
endif()
math(EXPR start "${b} + 21")
math(EXPR len "${e} - ${start}")
string(SUBSTRING "${text}" ${start} ${len} current)
if(CHECK)
  if(NOT current STREQUAL table)
    message(FATAL_ERROR "${README}: the table of codes is not what ${DEF} gives: run 'make docs'")
  endif()
else()
  string(SUBSTRING "${text}" 0 ${start} head)
  string(SUBSTRING "${text}" ${e} -1 tail)
  file(WRITE "${README}" "${head}${table}${tail}")
endif()
