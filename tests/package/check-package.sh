#!/bin/sh
# SPDX-FileCopyrightText: The Stackwise contributors
# SPDX-License-Identifier: MIT
#
# The checks a distribution runs on a package, run on ours (CTest: package_checks):
#   - the .deb built by CPack, as `make package` builds it, passes lintian with no error and no
#     warning except the ones the README's "Packaging" section justifies (LINTIAN_ALLOWED);
#   - it holds the copyright file, the changelog and the man page where Debian policy puts them;
#   - the .desktop file passes desktop-file-validate and the metainfo appstreamcli --pedantic.
#   check-package.sh BUILD_DIR SOURCE_DIR
set -eu
build=$1
src=$2

# Tags justified in README.md ("Packaging"), one per line; today none: every error or warning fails.
LINTIAN_ALLOWED=''

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0

echo "== desktop-file-validate"
desktop-file-validate "$src/resources/desktop/org.stackwise.Stackwise.desktop" || fail=1

echo "== appstreamcli validate --pedantic"
appstreamcli validate --pedantic --no-net --explain "$src/resources/desktop/org.stackwise.Stackwise.metainfo.xml" || fail=1

echo "== cpack"
cpack -G DEB -B "$work" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/stackwise_*.deb)

echo "== contents of $(basename "$deb")"
dpkg-deb -c "$deb" >"$work/contents"
for f in ./usr/bin/stackwise ./usr/share/doc/stackwise/copyright ./usr/share/doc/stackwise/changelog.gz \
         ./usr/share/man/man1/stackwise.1.gz ./usr/share/applications/org.stackwise.Stackwise.desktop \
         ./usr/share/metainfo/org.stackwise.Stackwise.metainfo.xml; do
    grep -q " $f\$" "$work/contents" || { echo "missing from the package: $f"; fail=1; }
done
dpkg-deb -f "$deb" Maintainer | grep -qx 'Stackwise maintainers <maintainers@stackwise.org>' \
    || { echo "Maintainer field: $(dpkg-deb -f "$deb" Maintainer)"; fail=1; }
# The copyright file is machine-readable (DEP-5).
dpkg-deb --fsys-tarfile "$deb" | tar -xOf - ./usr/share/doc/stackwise/copyright | head -n 1 \
    | grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
    || { echo "copyright is not DEP-5"; fail=1; }

echo "== lintian"
# --tag-display-limit 0: every instance; errors and warnings decide, info and pedantic are shown.
lintian --tag-display-limit 0 --display-info --pedantic "$deb" >"$work/lintian" 2>&1 || true
cat "$work/lintian"
bad=$(grep -E '^[EW]: ' "$work/lintian" | awk '{print $3}' | grep -vxF "$LINTIAN_ALLOWED" || true)
if [ -n "$bad" ]; then
    echo "lintian errors or warnings not justified in README.md:"; echo "$bad"; fail=1
fi

[ $fail = 0 ] && echo "package checks: all clean"
exit $fail
