# cmake/table_out.cmake: the shared end of the table generators
# (gen_tables.cmake, gen_org_words.cmake): write the C text into the build
# tree (touched only when it changes) and the XSLT text to XSL_OUT, and with
# XSL_CHECK fail when the committed copy differs from what the data gives.
function(tc_table_out c_out c_text xsl_out xsl_text xsl_check source)
  file(WRITE "${c_out}.tmp" "${c_text}")
  execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${c_out}.tmp" "${c_out}")
  file(WRITE "${xsl_out}" "${xsl_text}")
  if(xsl_check)
    file(READ "${xsl_check}" committed)
    if(NOT committed STREQUAL xsl_text)
      message(FATAL_ERROR "${xsl_check} is not what ${source} gives: run 'make tables'")
    endif()
  endif()
endfunction()
