#!/usr/bin/env bash
# Installs the Debian 12 packages the project needs, only when something is missing (a few
# dpkg queries when all is there). Works as root and, through sudo, as a normal user.
#
#   qgis python3-qgis qgis-providers   QGIS 3.22 and its Python bindings (for /usr/bin/python3)
#   python3-venv python3-pip           the project venv is made from Debian's Python
#   pyqt5-dev-tools qttools5-dev-tools pylupdate5 and lrelease (make translations)
#   postgresql                         the server suite on PostgreSQL (scripts/with-postgres.sh)
#   xvfb xauth                         a virtual X screen (xvfb-run) for the demo's GUI test and
#                                      the README screenshots
#   fonts-noto-cjk                     Chinese (and Japanese) glyphs for QGIS's interface and the
#                                      demo data: without it the zh-Hant interface shows boxes
#   fonts-dejavu-core                  the default Latin font Qt falls back to
#   qtwayland5                         QGIS's window on a Wayland desktop without XWayland
#   qttranslations5-l10n               Qt's own words (Cancel, OK, Yes) in the interface language
#   poppler-utils                      PDF checks in tests (pdftotext, pdftoppm)
#   fonts-noto-core fonts-arphic-uming TrueType faces the certificate PDFs embed (Latin with
#                                      Romanian comma-below letters; Traditional Chinese)
#   zbar-tools                         zbarimg: tests decode the certificates' QR codes
set -euo pipefail
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"  # dpkg needs ldconfig & co.

packages=(qgis python3-qgis qgis-providers python3-venv python3-pip xvfb xauth
          fonts-noto-cjk fonts-dejavu-core qtwayland5 qttranslations5-l10n pyqt5-dev-tools qttools5-dev-tools poppler-utils
          fonts-noto-core fonts-arphic-uming zbar-tools postgresql)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing Debian packages: ${missing[*]}"
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Run as root or install sudo." >&2; exit 1; }
    SUDO=(sudo)
fi
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    "${missing[@]}"
