#!/usr/bin/env bash
# build.sh FLAVOUR: configures and builds build/qtFLAVOUR (5 = full app with QGIS, 6 = QGIS-free modules).
set -euo pipefail
cd "$(dirname "$0")/.."
flavour=${1:?usage: scripts/build.sh 5|6}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "build/qt$flavour" -G Ninja -DCOMMANDPOST_QT_MAJOR="$flavour" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      "${launcher[@]}" >/dev/null
cmake --build "build/qt$flavour" -j "$(nproc)"
