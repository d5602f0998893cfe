#!/usr/bin/env bash
# Installs what Mamori needs to build, run and test on Debian 12 or Ubuntu 22.04+, skipping
# packages that are already there (so a second run is quick and works offline).
set -euo pipefail
packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-charts-dev libqt6opengl6-dev libgl-dev          # Qt Charts needs Qt OpenGL's headers
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools     # lupdate, lrelease
    qt6-translations-l10n                                # Qt's own Japanese (qtbase_ja.qm)
    libboost-dev                                         # Boost.Graph (header-only)
    libzip-dev                                           # reading .xlsx workbooks (zip files)
    libxlsxwriter-dev                                    # writing the registers as .xlsx workbooks
    fonts-noto-cjk                                       # Noto Sans CJK JP: Japanese glyphs, not Chinese
    fonts-dejavu-core                                    # Latin and digits of the PDF report
    python3 python3-networkx python3-numpy               # the reference implementation tests compare with
    poppler-utils                                        # pdftotext, pdffonts for report tests
    clang-format universal-ctags                         # the house checks: format, function length
    clang libclang-rt-dev                                # the fuzz targets (libFuzzer): scripts/fuzz.sh
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
echo "Installing: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
