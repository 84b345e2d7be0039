#!/usr/bin/env bash
# Installs SocketScope into a temporary prefix and checks what a desktop expects to find.
# Usage: check_install.sh BUILD_DIR
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null

fail=0
expect() {
  if [[ -e $prefix/$1 ]]; then echo "ok: $1"; else echo "MISSING: $1"; fail=1; fi
}
expect bin/socketscope
expect share/applications/org.socketscope.SocketScope.desktop
expect share/metainfo/org.socketscope.SocketScope.metainfo.xml
expect share/icons/hicolor/scalable/apps/org.socketscope.SocketScope.svg
# The helpers: the lab network's (no privileges at all) and packet capture's (CAP_NET_RAW only
# once an administrator grants it; installing never does, and nothing is setuid).
for helper in socketscope-labd socketscope-capture; do
  expect "libexec/socketscope/$helper"
  if [[ -e $prefix/libexec/socketscope/$helper ]]; then
    [[ -x $prefix/libexec/socketscope/$helper ]] || { echo "not executable: $helper"; fail=1; }
    [[ ! -u $prefix/libexec/socketscope/$helper ]] || { echo "setuid: $helper"; fail=1; }
    if command -v getcap >/dev/null && [[ -n $(getcap "$prefix/libexec/socketscope/$helper") ]]; then
      echo "installed with capabilities: $helper"; fail=1
    fi
  fi
done
# The translations, also as files: the app falls back to them when the embedded ones are missing.
expect share/socketscope/translations/socketscope_ko.qm
expect share/socketscope/translations/socketscope_en.qm
for qm in "$prefix"/share/socketscope/translations/*.qm; do
  # A compiled Qt translation starts with this magic number.
  [[ $(head -c 16 "$qm" | od -An -tx1 | tr -d ' \n') == 3cb86418caef9c95cd211cbf60a1bddd ]] \
    || { echo "not a Qt translation: $qm"; fail=1; }
done

"$prefix/bin/socketscope" --version | grep -q "SocketScope" || { echo "the installed binary does not run"; fail=1; }

if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$prefix/share/applications/org.socketscope.SocketScope.desktop" && echo "ok: desktop-file-validate"
else
  echo "desktop-file-validate is not installed"; fail=1
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --pedantic "$prefix/share/metainfo/org.socketscope.SocketScope.metainfo.xml" \
    && echo "ok: appstreamcli validate"
else
  echo "appstreamcli is not installed"; fail=1
fi
exit $fail
