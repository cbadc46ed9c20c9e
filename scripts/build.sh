#!/usr/bin/env bash
# build.sh FLAVOUR: configures and builds build/qtFLAVOUR.
#   5: the full application with QGIS (g++);
#   6: the QGIS-free modules and their tests on Qt 6, built by clang with AddressSanitizer and
#      UndefinedBehaviorSanitizer, and the libFuzzer targets (docs/reliability.md).
set -euo pipefail
cd "$(dirname "$0")/.."
flavour=${1:?usage: scripts/build.sh 5|6}
options=(-DCOMMANDPOST_QT_MAJOR="$flavour" -DCMAKE_BUILD_TYPE=RelWithDebInfo)
command -v ccache >/dev/null && options+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [[ $flavour == 6 ]]; then
  options+=(-DCMAKE_CXX_COMPILER=clang++-14 -DCOMMANDPOST_SANITIZE=ON -DCOMMANDPOST_FUZZ=ON)
fi
cmake -S . -B "build/qt$flavour" -G Ninja "${options[@]}" >/dev/null
cmake --build "build/qt$flavour" -j "$(nproc)"
