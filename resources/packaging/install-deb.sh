#!/bin/sh
# SPDX-FileCopyrightText: The Stackwise contributors
# SPDX-License-Identifier: MIT
# Installs the Stackwise .deb on a Debian 12 system with apt-get, which pulls in every runtime
# dependency the package declares, then runs `stackwise --version` to prove the binary starts.
#   resources/packaging/install-deb.sh [PATH/TO/stackwise_VERSION_ARCH.deb]
# Without an argument it takes the newest .deb in build/ (what `make package` writes).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

deb=${1:-}
if [ -z "$deb" ]; then
    deb=$(ls -t "$root"/build/stackwise_*.deb 2>/dev/null | head -n 1 || true)
fi
if [ -z "$deb" ] || [ ! -f "$deb" ]; then
    echo "install-deb.sh: no package found; run 'make package' first or pass the .deb" >&2
    exit 2
fi
# apt-get treats an argument as a local file only when it contains a slash.
case $deb in
    /*) ;;
    *) deb=$(pwd)/$deb ;;
esac

sudo=
if [ "$(id -u)" != 0 ]; then
    sudo=sudo
fi

echo "Installing $deb"
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "$deb"

echo "Installed files:"
dpkg -L stackwise | grep -E '/(bin|applications|metainfo|mime/packages|icons/hicolor/[^/]+/apps)/' || true

# --version needs no display: Stackwise picks the offscreen platform for headless commands.
stackwise --version
