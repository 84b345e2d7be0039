#!/usr/bin/env bash
# Builds the .deb with CPack and checks its metadata and contents.
# Usage: check_package.sh BUILD_DIR
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/socketscope_*.deb)
echo "package: $(basename "$deb")"
fields=$(dpkg-deb -f "$deb" Package Version Architecture Depends Recommends)
echo "$fields"
fail=0
grep -q "^Package: socketscope$" <<<"$fields" || { echo "wrong package name"; fail=1; }
grep -q "^Version: 0.1.0" <<<"$fields" || { echo "wrong version"; fail=1; }
for dep in libqt6core6 libqt6network6 libqt6widgets6 libqt6svg6 qt6-qpa-plugins netbase; do
  grep -q "$dep" <<<"$fields" || { echo "Depends lacks $dep"; fail=1; }
done
# The lab router's address translation needs nft; the lab works without it, so only recommended.
grep -q "^Recommends:.*nftables" <<<"$fields" || { echo "Recommends lacks nftables"; fail=1; }
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/socketscope ./usr/share/applications/org.socketscope.SocketScope.desktop \
            ./usr/share/metainfo/org.socketscope.SocketScope.metainfo.xml \
            ./usr/share/socketscope/translations/socketscope_ko.qm \
            ./usr/libexec/socketscope/socketscope-labd ./usr/libexec/socketscope/socketscope-capture; do
  grep -q " $path$" <<<"$contents" || { echo "the package lacks $path"; fail=1; }
done
exit $fail
