#!/usr/bin/env bash
# Both languages complete: lupdate over today's sources must find nothing new for the Korean
# file, and no Korean entry may be left unfinished. Works on a copy; the tree is not touched.
# Usage: check_translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp "$source_dir/translations/socketscope_ko.ts" "$work/current.ts"
(cd "$source_dir" && "$lupdate" app ui -ts "$work/current.ts" -no-obsolete -locations none >"$work/lupdate.log" 2>&1) || {
    cat "$work/lupdate.log"
    echo "lupdate failed"
    exit 1
}

unfinished=$(grep -c 'type="unfinished"' "$work/current.ts" || true)
if [ "$unfinished" -ne 0 ]; then
    echo "$unfinished Korean entries are missing or unfinished. Run:"
    echo "  /usr/lib/qt6/bin/lupdate app ui -ts translations/socketscope_ko.ts translations/socketscope_en.ts -no-obsolete -locations none"
    echo "and translate these:"
    grep -B3 'type="unfinished"' "$work/current.ts" | grep '<source>' | head -20
    exit 1
fi
if ! cmp -s "$work/current.ts" "$source_dir/translations/socketscope_ko.ts"; then
    echo "translations/socketscope_ko.ts is out of date with the sources (run lupdate as above):"
    diff "$source_dir/translations/socketscope_ko.ts" "$work/current.ts" | head -20
    exit 1
fi
total=$(grep -c '<source>' "$work/current.ts")
echo "Korean: $total entries, none unfinished, file current"
