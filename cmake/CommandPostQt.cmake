# SPDX-License-Identifier: GPL-2.0-or-later
# Finds Qt and, in the full flavour, QGIS. The Qt of the full build must be the Qt that libqgis_core
# links: with Qt 6 dev packages installed a plain find_package(QT NAMES Qt6 Qt5) picks the wrong one
# (QGIS-NOTES §8-9), so the major version is read from libqgis_core's own dependencies.

set(COMMANDPOST_WITH_QGIS OFF)
if(COMMANDPOST_QT_MAJOR EQUAL 5)
  list(APPEND CMAKE_MODULE_PATH /usr/share/qgis)
  find_package(QGIS REQUIRED)
  execute_process(COMMAND ${CMAKE_OBJDUMP} -p ${QGIS_CORE_LIBRARY} OUTPUT_VARIABLE _qgis_deps ERROR_QUIET)
  string(REGEX MATCH "libQt([56])Core" _qgis_qt "${_qgis_deps}")
  if(NOT CMAKE_MATCH_1 EQUAL COMMANDPOST_QT_MAJOR)
    message(FATAL_ERROR "libqgis_core (${QGIS_CORE_LIBRARY}) links Qt ${CMAKE_MATCH_1}, but "
                        "COMMANDPOST_QT_MAJOR is ${COMMANDPOST_QT_MAJOR}: one process cannot load both")
  endif()
  set(COMMANDPOST_WITH_QGIS ON)
endif()

find_package(Qt${COMMANDPOST_QT_MAJOR} 5.15 REQUIRED COMPONENTS Core Gui Widgets Network Sql Test Concurrent LinguistTools)
set(QT_VERSION_MAJOR ${COMMANDPOST_QT_MAJOR})
find_package(GDAL REQUIRED)
find_package(SQLite3 REQUIRED) # the store's feed hot path uses the handle under Qt's own SQLite driver

if(COMMANDPOST_WITH_QGIS)
  find_package(Qt5 REQUIRED COMPONENTS Xml Svg PrintSupport Charts)
  find_package(Qt5WebKitWidgets QUIET)   # Debian's QGIS 3.22 is built WITH_QTWEBKIT
  # Debian installs QGIS headers flat, but some include "scalebar/…" and the like: a shim of links.
  set(QGIS_SHIM_DIR ${CMAKE_BINARY_DIR}/qgis_shim)
  file(MAKE_DIRECTORY ${QGIS_SHIM_DIR})
  foreach(sub scalebar diagram geometry processing)
    if(NOT EXISTS ${QGIS_SHIM_DIR}/${sub})
      file(CREATE_LINK ${QGIS_INCLUDE_DIR} ${QGIS_SHIM_DIR}/${sub} SYMBOLIC)
    endif()
  endforeach()
  add_library(commandpost_qgis INTERFACE)
  add_library(cp::qgis ALIAS commandpost_qgis)
  target_include_directories(commandpost_qgis SYSTEM INTERFACE ${QGIS_INCLUDE_DIR} ${QGIS_SHIM_DIR})
  target_compile_definitions(commandpost_qgis INTERFACE $<$<BOOL:${Qt5WebKitWidgets_FOUND}>:WITH_QTWEBKIT>)
  target_link_libraries(commandpost_qgis INTERFACE
    ${QGIS_CORE_LIBRARY} ${QGIS_GUI_LIBRARY} ${QGIS_ANALYSIS_LIBRARY} GDAL::GDAL
    Qt5::Widgets Qt5::Xml Qt5::Svg Qt5::Network Qt5::Sql Qt5::Concurrent Qt5::PrintSupport
    $<$<BOOL:${Qt5WebKitWidgets_FOUND}>:Qt5::WebKitWidgets>)
endif()
