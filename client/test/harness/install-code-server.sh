#!/usr/bin/env bash
# Installs code-server (the real VS Code workbench and Node extension host, in a browser) from the
# npm registry alone: no GitHub or CDN download, which these machines cannot reach.
#   install-code-server.sh DIR   ->  DIR/node_modules/.bin/code-server
# Needs g++, make, python3, and the apt packages ripgrep (replaces @vscode/ripgrep's GitHub download)
# and libkrb5-dev (the kerberos native module); run-vscode-tests.sh installs those first.
# Version 4.100.3 (VS Code 1.100.3) is the last code-server whose engines allow Node 20.
set -euo pipefail
DIR=${1:?usage: install-code-server.sh DIR}
VER=${CODE_SERVER_VERSION:-4.100.3}
export npm_config_yes=true   # node-pty's install script runs `npx node-gyp`; a user npmrc may say yes=false
mkdir -p "$DIR" && cd "$DIR"
[ -f package.json ] || npm init -y >/dev/null
# 1. code-server without its postinstall (which runs `npm install` in lib/vscode and dies on
#    @vscode/ripgrep's GitHub download).
npm install --no-audit --no-fund --ignore-scripts "code-server@$VER"
npm rebuild argon2                 # its prebuilt download fails here; node-gyp builds it instead
# 2. VS Code's own dependencies, with Debian's rg in place before the install scripts run.
cd node_modules/code-server/lib/vscode
npm install --no-audit --no-fund --omit=dev --ignore-scripts
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg   # its postinstall then finds bin/ and stops
npm rebuild                        # spdlog, node-pty, native-watchdog, kerberos, ... (node-gyp, ~1 min)
# 3. The rest of code-server's postinstall.sh.
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
(cd extensions && npm install --no-audit --no-fund --omit=dev)
"$DIR/node_modules/.bin/code-server" --version
