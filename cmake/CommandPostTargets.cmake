# SPDX-License-Identifier: GPL-2.0-or-later
# One helper per kind of target (STYLE.md habit 4). Dependencies point one way (DESIGN.md "Layout");
# commandpost_add_module refuses a link to a module of a higher level so a layering slip stops configure.

set(_cp_level_core 0)
set(_cp_level_sectors 1)
set(_cp_level_alarms 2)
set(_cp_level_routing 1)
set(_cp_level_dispatch 2)
set(_cp_level_planning 2)
set(_cp_level_storage 3)
set(_cp_level_feeds 3)
set(_cp_level_live 4)
set(_cp_level_map 4)
set(_cp_level_ui 5)

function(_commandpost_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-deprecated-copy)
  target_compile_definitions(${target} PRIVATE
    QT_DISABLE_DEPRECATED_BEFORE=0x050F00 QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER)
endfunction()

# commandpost_add_module(NAME SOURCES … [DEPENDS modules…] [LIBS other-libs…] [QT qt-components…])
function(commandpost_add_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS;LIBS;QT" ${ARGN})
  foreach(dep IN LISTS ARG_DEPENDS)
    if(_cp_level_${dep} GREATER_EQUAL _cp_level_${name})
      message(FATAL_ERROR "module '${name}' may not depend on '${dep}': dependencies point one way (DESIGN.md)")
    endif()
  endforeach()
  set(target commandpost_${name})
  add_library(${target} SHARED ${ARG_SOURCES})
  add_library(cp::${name} ALIAS ${target})
  set_target_properties(${target} PROPERTIES OUTPUT_NAME commandpost-${name}
    VERSION ${PROJECT_VERSION} SOVERSION ${PROJECT_VERSION_MAJOR}
    CXX_VISIBILITY_PRESET default)
  target_include_directories(${target} PUBLIC $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/modules>)
  set(qtlibs Qt${QT_VERSION_MAJOR}::Core)
  foreach(c IN LISTS ARG_QT)
    list(APPEND qtlibs Qt${QT_VERSION_MAJOR}::${c})
  endforeach()
  list(TRANSFORM ARG_DEPENDS PREPEND cp:: OUTPUT_VARIABLE deps)
  target_link_libraries(${target} PUBLIC ${qtlibs} ${deps} ${ARG_LIBS})
  _commandpost_warnings(${target})
  # Private libraries: only CommandPost links them, so they live beside its plugins, not in the libdir.
  install(TARGETS ${target} LIBRARY DESTINATION ${COMMANDPOST_PRIVATE_LIB_DIR} COMPONENT runtime)
endfunction()

# commandpost_add_test(NAME SOURCES … LIBS … [LABELS …] [QGIS])
# A Qt Test executable registered with CTest; it runs offscreen with its own XDG dirs so no test
# touches the user's settings, and sees the source tree through COMMANDPOST_SOURCE_DIR.
function(commandpost_add_test name)
  cmake_parse_arguments(ARG "QGIS" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Qt${QT_VERSION_MAJOR}::Test cp::testsupport ${ARG_LIBS})
  _commandpost_warnings(${name})
  add_test(NAME ${name} COMMAND ${name})
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT} LABELS "${ARG_LABELS}"
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/test-home/config;XDG_DATA_HOME=${CMAKE_BINARY_DIR}/test-home/data;COMMANDPOST_SOURCE_DIR=${PROJECT_SOURCE_DIR};COMMANDPOST_BINARY_DIR=${CMAKE_BINARY_DIR};${COMMANDPOST_SANITIZER_ENVIRONMENT}")
endfunction()

# commandpost_add_fuzzer(NAME SOURCES … LIBS … [MAX_LEN bytes]): a libFuzzer target fuzz_NAME on the
# seed corpus tests/fuzz/NAME/seeds with the dictionary tests/fuzz/NAME/NAME.dict, plus the inputs
# that once failed (tests/fuzz/NAME/regressions). CTest runs it for COMMANDPOST_FUZZ_SECONDS, label
# fuzz; new inputs it finds go to the build tree, never into the committed corpus.
function(commandpost_add_fuzzer name)
  cmake_parse_arguments(ARG "" "MAX_LEN" "SOURCES;LIBS" ${ARGN})
  if(NOT ARG_MAX_LEN)
    set(ARG_MAX_LEN 4096)
  endif()
  set(target fuzz_${name})
  add_executable(${target} ${ARG_SOURCES})
  target_link_libraries(${target} PRIVATE ${ARG_LIBS})
  target_link_options(${target} PRIVATE -fsanitize=fuzzer)
  _commandpost_warnings(${target})
  set(dir ${CMAKE_CURRENT_SOURCE_DIR}/${name})
  set(work ${CMAKE_CURRENT_BINARY_DIR}/corpus/${name})
  file(MAKE_DIRECTORY ${work} ${CMAKE_CURRENT_BINARY_DIR}/artifacts)
  set(corpora ${work} ${dir}/seeds)
  if(EXISTS ${dir}/regressions)
    list(APPEND corpora ${dir}/regressions)
  endif()
  add_test(NAME ${target} COMMAND ${target} -max_total_time=${COMMANDPOST_FUZZ_SECONDS} -timeout=20
    -rss_limit_mb=2560 -max_len=${ARG_MAX_LEN} -dict=${dir}/${name}.dict -print_final_stats=1
    -artifact_prefix=${CMAKE_CURRENT_BINARY_DIR}/artifacts/${name}- ${corpora})
  set_tests_properties(${target} PROPERTIES LABELS fuzz TIMEOUT 600
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/test-home/config;${COMMANDPOST_SANITIZER_ENVIRONMENT}")
endfunction()

# commandpost_add_executable(NAME SOURCES … LIBS …): a thin program under app/.
function(commandpost_add_executable name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS})
  _commandpost_warnings(${name})
  install(TARGETS ${name} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
endfunction()

# commandpost_add_plugin(ID SOURCES … [LIBS …] [ICON file.svg] [OUTPUT_DIRECTORY dir] [NO_INSTALL])
# A sector plugin (STYLE.md habit 2): a MODULE library named <ID> built into
# ${CMAKE_BINARY_DIR}/lib/commandpost/sectors, where the app and the tests find it without
# installing, and installed to ${COMMANDPOST_PLUGIN_DIR}. ICON (default symbol.svg beside the
# CMakeLists.txt) is compiled in as the resource ":/sectors/<ID>/symbol.svg". Test-only plugins
# pass OUTPUT_DIRECTORY and NO_INSTALL so they never sit among the real ones (a directory that sets
# COMMANDPOST_PLUGIN_OUTPUT_DIRECTORY does that for every plugin added below it, so a sector folder
# can be built as-is for a test, as target commandpost_testsector_<ID>); the real ones are collected in the global property
# COMMANDPOST_SECTOR_PLUGINS for tests to depend on.
function(commandpost_add_plugin id)
  cmake_parse_arguments(ARG "NO_INSTALL" "ICON;OUTPUT_DIRECTORY" "SOURCES;LIBS" ${ARGN})
  if(NOT ARG_ICON)
    set(ARG_ICON ${CMAKE_CURRENT_SOURCE_DIR}/symbol.svg)
  endif()
  if(NOT ARG_OUTPUT_DIRECTORY AND COMMANDPOST_PLUGIN_OUTPUT_DIRECTORY)
    set(ARG_OUTPUT_DIRECTORY ${COMMANDPOST_PLUGIN_OUTPUT_DIRECTORY})
    set(ARG_NO_INSTALL TRUE)
  elseif(NOT ARG_OUTPUT_DIRECTORY)
    set(ARG_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/lib/commandpost/sectors)
  endif()
  set(target commandpost_sector_${id})
  if(COMMANDPOST_PLUGIN_OUTPUT_DIRECTORY)
    set(target commandpost_testsector_${id}) # may be a copy of a real sector's folder
  endif()
  set(qrc ${CMAKE_CURRENT_BINARY_DIR}/${id}_symbol.qrc)
  file(CONFIGURE OUTPUT ${qrc} CONTENT
    "<RCC><qresource prefix=\"/sectors/${id}\"><file alias=\"symbol.svg\">${ARG_ICON}</file></qresource></RCC>\n")
  add_library(${target} MODULE ${ARG_SOURCES} ${qrc})
  set_target_properties(${target} PROPERTIES PREFIX "" OUTPUT_NAME ${id}
    LIBRARY_OUTPUT_DIRECTORY ${ARG_OUTPUT_DIRECTORY})
  target_link_libraries(${target} PRIVATE cp::sectors ${ARG_LIBS})
  _commandpost_warnings(${target})
  if(NOT ARG_NO_INSTALL)
    install(TARGETS ${target} LIBRARY DESTINATION ${COMMANDPOST_PLUGIN_DIR} COMPONENT runtime)
    set_property(GLOBAL APPEND PROPERTY COMMANDPOST_SECTOR_PLUGINS ${target})
  endif()
endfunction()
