# SPDX-License-Identifier: GPL-2.0-or-later
# Reliability builds (docs/reliability.md):
#   COMMANDPOST_SANITIZE  every target with AddressSanitizer + UndefinedBehaviorSanitizer; a report
#                         aborts the process, so a test that triggers one fails;
#   COMMANDPOST_FUZZ      the libFuzzer targets of tests/fuzz (clang only; needs COMMANDPOST_SANITIZE),
#                         with the modules instrumented for coverage.
option(COMMANDPOST_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(COMMANDPOST_FUZZ "Build the libFuzzer targets (clang, with COMMANDPOST_SANITIZE)" OFF)
set(COMMANDPOST_FUZZ_SECONDS 30 CACHE STRING "How long each fuzz target runs as a CTest test")

if(COMMANDPOST_SANITIZE)
  set(_cp_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  # -O1 as AddressSanitizer's manual suggests, and line tables only: a report's stack names file and
  # line, and the build takes far less time than at -O2 -g, which counts in CI.
  add_compile_options(${_cp_sanitizers} -O1 $<IF:$<CXX_COMPILER_ID:Clang>,-gline-tables-only,-g1>)
  add_link_options(-fsanitize=address,undefined)
  # LeakSanitizer's and UBSan's settings for every test: suppressions only for leaks inside the
  # uninstrumented system libraries (tests/lsan.supp names each and why).
  set(COMMANDPOST_SANITIZER_ENVIRONMENT
    "ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1"
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
    "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp:print_suppressions=0")
endif()

if(COMMANDPOST_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "COMMANDPOST_FUZZ needs clang (libFuzzer): configure with CMAKE_CXX_COMPILER=clang++-14")
  endif()
  if(NOT COMMANDPOST_SANITIZE)
    message(FATAL_ERROR "COMMANDPOST_FUZZ needs COMMANDPOST_SANITIZE: a fuzzer finds what a sanitizer reports")
  endif()
  # Coverage feedback from the modules; only the fuzz targets link libFuzzer's main.
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
