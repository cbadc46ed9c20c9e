#!/usr/bin/env bash
# Installs the Debian 12 packages CommandPost builds, runs and tests with. Idempotent: apt runs only
# when something is missing. Needs root (or sudo) and Debian's package archive, nothing else.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config
  # full flavour: Qt 5.15 + QGIS 3.22 (DESIGN.md "Stack")
  libqgis-dev qgis-providers qtbase5-dev qttools5-dev qttools5-dev-tools libqt5charts5-dev qtmultimedia5-dev libqt5sql5-sqlite
  libqt5sql5-psql libqt5svg5-dev libqt5webkit5-dev libgdal-dev
  coinor-libcbc-dev libicu-dev libsqlite3-dev zlib1g-dev
  # Qt 6 flavour of the QGIS-free modules
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite libqt6sql6-psql
  # several seats on one shared database: the server and PostGIS the multi-seat tests start
  postgresql-15 postgresql-15-postgis-3 libpq-dev
  # tests, screenshots and data checks; CJK fonts so Chinese labels render
  xvfb xauth gdal-bin python3-gdal poppler-utils fonts-noto-cjk
  # setpriv: tests run a program without root's file-permission override
  util-linux
  # packaging checks: the desktop entry and the AppStream metadata
  desktop-file-utils appstream
  # reliability (docs/reliability.md): the Qt 6 flavour is built by clang with ASan + UBSan and
  # libFuzzer; fault injection makes writes fail (fiu-run) and moves the wall clock (faketime)
  clang-14 libfuzzer-14-dev libclang-rt-14-dev fiu-utils faketime
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  echo "install-deps: installing ${#missing[@]} package(s): ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
