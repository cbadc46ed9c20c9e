#!/usr/bin/env bash
# Quick start, command 2: install what is needed, build both Qt flavours, and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
status=0
for flavour in 5 6; do
  start=$(date +%s)
  scripts/build.sh "$flavour"
  echo "test: Qt $flavour flavour built in $(( $(date +%s) - start )) s"
  (cd "build/qt$flavour" && ctest --output-on-failure -j 2) || status=1
  echo "test: Qt $flavour flavour done in $(( $(date +%s) - start )) s"
done
exit $status
