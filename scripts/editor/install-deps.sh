#!/usr/bin/env bash
# The Debian packages the editor tiers need: Chromium (drives code-server), Neovim (a second
# real LSP client), ripgrep and the Kerberos headers (code-server's install), a compiler for its
# native modules, and Noto fonts so that screenshots draw Vietnamese tone marks on their letters.
# The render tier (npm run test:render) adds LibreOffice Writer without a GUI, poppler's PDF tools
# and Liberation / Crosextra fonts: Liberation Serif has the metrics of Times New Roman (which Debian
# does not ship) and the Vietnamese letters, so a page breaks where Word would break it.
# Installs as root with apt-get; as another user it only says what is missing.
set -euo pipefail
PACKAGES=(chromium neovim ripgrep libkrb5-dev build-essential python3 fonts-noto-core fonts-noto-mono
  libreoffice-writer-nogui poppler-utils fonts-liberation fonts-liberation2 fonts-crosextra-caladea fonts-crosextra-carlito)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [[ ${#missing[@]} -eq 0 ]]; then
  echo "editor-test packages already installed"
  exit 0
fi
if [[ "$(id -u)" != 0 ]]; then
  echo "missing Debian packages (install as root): apt-get install -y ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q "${missing[@]}"
