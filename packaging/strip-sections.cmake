# CPack pre-build script: removes the .comment and .note sections from the staged
# binaries, as dh_strip does (lintian: binary-has-unneeded-section), with the strip of
# the toolchain that built them (CPACK_REPERE_STRIP, set in packaging/CMakeLists.txt).
if(NOT CPACK_REPERE_STRIP)
  set(CPACK_REPERE_STRIP strip)
endif()
file(GLOB_RECURSE staged_binaries "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/bin/repere")
foreach(binary ${staged_binaries})
  execute_process(
    COMMAND "${CPACK_REPERE_STRIP}" --remove-section=.comment --remove-section=.note "${binary}"
    RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "strip failed on ${binary}")
  endif()
endforeach()
