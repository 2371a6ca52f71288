#!/usr/bin/env bash
# Installs code-server (VS Code's workbench served to a browser) into .cache/code-server, offline
# apart from the npm registry. Its own install script compiles native modules and downloads
# ripgrep from GitHub, which these machines cannot reach, so the steps are done by hand
# (docs/editor-tests.md). Idempotent: a marker written last says the install completed, so a
# second run takes no time and an interrupted one starts over.
#
# Needs (Debian): libkrb5-dev (headers for a native module), ripgrep, a C/C++ toolchain.
set -euo pipefail
VERSION="${CODE_SERVER_VERSION:-4.100.3}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DIR="${VANBAN_CODE_SERVER_DIR:-$ROOT/.cache/code-server}"
MARKER="$DIR/.installed-$VERSION"

if [[ -f "$MARKER" && -f "$DIR/node_modules/code-server/out/node/entry.js" ]]; then
  echo "code-server $VERSION already installed in $DIR"
  exit 0
fi
RG="$(command -v rg || true)"
if [[ -z "$RG" ]]; then
  echo "ripgrep (rg) is missing: apt-get install -y ripgrep" >&2
  exit 1
fi

start=$SECONDS
rm -rf "$DIR"
mkdir -p "$DIR"
cd "$DIR"
npm init -y >/dev/null
echo "installing code-server@$VERSION into $DIR (about 3 minutes, 400 MB)"
npm_config_unsafe_perm=true npm install --no-audit --no-fund --ignore-scripts "code-server@$VERSION"
(
  cd node_modules/code-server/lib/vscode
  npm install --no-audit --no-fund --omit=dev --ignore-scripts
  # @vscode/ripgrep's postinstall downloads rg from GitHub; Debian's rg does the same job.
  mkdir -p node_modules/@vscode/ripgrep/bin
  cp "$RG" node_modules/@vscode/ripgrep/bin/rg
  npm_config_yes=true npm rebuild
  ln -sfn node_modules node_modules.asar
  cd extensions
  npm install --no-audit --no-fund --omit=dev
)
npm_config_yes=true npm rebuild argon2
touch "$MARKER"
echo "code-server $VERSION installed in $((SECONDS - start)) s"
