# CPack pre-build script: removes the .comment and .note sections from the staged
# binaries, as dh_strip does (lintian: binary-has-unneeded-section).
file(GLOB_RECURSE staged_binaries "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/bin/repere")
foreach(binary ${staged_binaries})
  execute_process(
    COMMAND strip --remove-section=.comment --remove-section=.note "${binary}"
    RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "strip failed on ${binary}")
  endif()
endforeach()
