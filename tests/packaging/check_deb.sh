#!/usr/bin/env bash
# Builds the .deb with CPack, unpacks it into a scratch root and runs the installed programs from
# there: the private libraries, the plugins and the demo data must all be found relative to /usr/bin.
# As root (CI) it then installs the package with apt as a user would, starts the desktop entry's
# command from the menu's point of view, and removes the package again.
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
desktop-file-validate "$work/root/usr/share/applications/commandpost.desktop" \
  || { echo "FAIL: the desktop entry does not validate"; exit 1; }
appstreamcli validate --no-net --pedantic "$work/root/usr/share/metainfo/org.commandpost.CommandPost.metainfo.xml" >"$work/as.log" 2>&1 \
  || { echo "FAIL: the AppStream metadata does not validate:"; cat "$work/as.log"; exit 1; }

if [ "$(id -u)" != 0 ]; then
  # Without root only the dependency resolution against Debian's archive can be checked.
  apt-get -s install "$deb" | grep -q "^Inst commandpost" || { echo "FAIL: apt cannot resolve $deb's dependencies"; exit 1; }
  echo "PASS: $(basename "$deb") runs from its own tree; apt resolves it (install not tried: not root)"
  exit 0
fi
if dpkg-query -W -f='${Status}' commandpost 2>/dev/null | grep -q "install ok installed"; then
  echo "FAIL: commandpost is already installed on this machine; remove it before this test"; exit 1
fi
trap 'apt-get purge -y -qq commandpost >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
apt-get install -y -qq --no-install-recommends "$deb" >"$work/apt.log" 2>&1 || { echo "FAIL: apt-get install:"; cat "$work/apt.log"; exit 1; }
[ "$(command -v commandpost)" = /usr/bin/commandpost ] || { echo "FAIL: commandpost is not on the PATH after install"; exit 1; }
# What the menu runs: the desktop entry's Exec line, here with a screenshot so it ends by itself.
exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/commandpost.desktop)
HOME="$work/home2" QT_QPA_PLATFORM=offscreen timeout 300 $exec_line --screenshot "$work/desk.png" >"$work/run.log" 2>&1 \
  || { echo "FAIL: \"$exec_line\" from the menu did not start:"; cat "$work/run.log"; exit 1; }
[ -s "$work/desk.png" ] || { echo "FAIL: the installed desk saved no screenshot"; exit 1; }
commandpost --list-plugins --lang en | grep -q "Sector plugins loaded: 13" || { echo "FAIL: installed plugins"; exit 1; }
echo "PASS: $(basename "$deb") installs with apt, starts from its desktop entry and the shell, and runs from its own tree"
