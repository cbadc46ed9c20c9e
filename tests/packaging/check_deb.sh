#!/usr/bin/env bash
# Builds the .deb with CPack, unpacks it into a scratch root and runs the installed programs from
# there: the private libraries, the plugins and the demo data must all be found relative to /usr/bin.
# usage: check_deb.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >/dev/null
deb=$(ls "$work"/out/commandpost_*.deb)
info=$(dpkg-deb -I "$deb")
contents=$(dpkg-deb -c "$deb")
grep -q "Depends:.*libqgis-core" <<<"$info" || { echo "FAIL: $deb does not depend on libqgis-core"; exit 1; }
for f in usr/share/applications/commandpost.desktop usr/share/metainfo/org.commandpost.CommandPost.metainfo.xml \
         usr/share/commandpost/maps/liangshan/demo.gpkg usr/lib/commandpost/sectors/hazchem.so; do
  grep -q "\./$f\$" <<<"$contents" || { echo "FAIL: $deb lacks $f"; exit 1; }
done
dpkg-deb -x "$deb" "$work/root"
listing=$("$work/root/usr/bin/commandpost" --list-plugins --lang en)
grep -q "Sector plugins loaded: 13" <<<"$listing" || { echo "FAIL: installed plugins: $listing"; exit 1; }
grep -q "$work/root/usr/lib/commandpost/sectors/hazchem.so" <<<"$listing" || { echo "FAIL: plugins not from the package"; exit 1; }
HOME="$work/home" QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/commandpost" --demo --export-map "$work/map.pdf" >/dev/null 2>&1
[ -s "$work/map.pdf" ] || { echo "FAIL: the installed commandpost --demo --export-map wrote no PDF"; exit 1; }
"$work/root/usr/bin/commandpost-plan" --orlib /nonexistent >/dev/null 2>&1 && { echo "FAIL: commandpost-plan accepted a missing file"; exit 1; }
echo "PASS: $(basename "$deb") installs and runs from its own tree"
