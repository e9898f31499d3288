#!/usr/bin/env bash
# `npm run test:vscode`: the tests that need a real VS Code, run in code-server (the VS Code
# workbench and Node extension host, served to a headless Chromium), because VS Code desktop
# cannot be downloaded on these machines (client/test/harness/runTestElectron.js is the path for
# machines that can).
#
#   1. installs what is missing: apt packages (chromium, ripgrep, libkrb5-dev, build tools) and
#      code-server 4.100.3 in ${CROSSCHECK_CODE_SERVER_DIR:-$HOME/.cache/crosscheck/code-server};
#   2. builds and packages the extension (dist/crosscheck.vsix);
#   3. runs the mocha suite client/test/suite/*.test.ts inside code-server's extension host, with
#      the repository as the extension under development (client/test/harness/exthost-tests.js);
#   4. installs the .vsix in a fresh code-server and runs the Playwright UI test
#      (client/test/e2e/ui.e2e.js), which saves screenshots in client/test/.artifacts/screenshots/;
#   5. the same on the real seed articles in ../shared/corpus/seeds (client/test/e2e/seeds.e2e.js:
#      hover a corroborated claim, follow its link, Check Consistency; screenshots 5-7), skipped
#      when that folder is absent.
#
# Each layer opens its own temporary copy of test-fixtures/workspace (the seeds layer: of the seeds,
# with *.txt associated with News Article), so the originals never change.
# code-server runs in its own process group, stopped as a whole on exit. Exits non-zero when
# anything fails. Environment:
#   CROSSCHECK_VSCODE_LAYERS=exthost,ui,seeds   which layers to run (default all three)
#   CROSSCHECK_SKIP_PACKAGE=1                   use the existing dist/ and dist/crosscheck.vsix
#   CROSSCHECK_KEEP_RUN=1                       keep the scratch folder (logs, user data) even on success
#   CROSSCHECK_LAYER_TIMEOUT=900                seconds before a layer is stopped
set -uo pipefail

HARNESS=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HARNESS/../../.." && pwd)
CS_VERSION=4.100.3
CS_DIR=${CROSSCHECK_CODE_SERVER_DIR:-$HOME/.cache/crosscheck/code-server}
export CS=$CS_DIR/node_modules/.bin/code-server
LAYERS=${CROSSCHECK_VSCODE_LAYERS:-exthost,ui,seeds}
SEEDS=$(cd "$ROOT/.." && pwd)/shared/corpus/seeds
LAYER_TIMEOUT=${CROSSCHECK_LAYER_TIMEOUT:-900}
SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/crosscheck-vscode-XXXXXX")
T0=$SECONDS
failed=()

log() { echo "[vscode-tests $((SECONDS - T0))s] $*"; }

# Stops the code-server started for a layer: its whole process group, then waits for it to go.
stop_code_server() {
  local pidfile=$1/cs.pid pid
  [ -f "$pidfile" ] || return 0
  pid=$(cat "$pidfile")
  kill -TERM -- "-$pid" 2>/dev/null
  for _ in $(seq 1 40); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.25; done
  kill -KILL -- "-$pid" 2>/dev/null
  rm -f "$pidfile"
}

cleanup() {
  for dir in "$SCRATCH"/*/; do [ -d "$dir" ] && stop_code_server "${dir%/}"; done
  if [ ${#failed[@]} -eq 0 ] && [ -z "${CROSSCHECK_KEEP_RUN:-}" ]; then rm -rf "$SCRATCH"; else log "logs and user data kept in $SCRATCH"; fi
}
trap cleanup EXIT
trap 'failed+=("interrupted"); exit 130' INT TERM

# ---- 1. what must be installed -------------------------------------------------------------
install_apt_packages() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v rg >/dev/null || missing+=(ripgrep)
  dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
  command -v curl >/dev/null || missing+=(curl)
  command -v g++ >/dev/null || missing+=(g++)
  command -v make >/dev/null || missing+=(make)
  command -v python3 >/dev/null || missing+=(python3)
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  log "apt-get install ${missing[*]}"
  "${sudo[@]}" apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
}

install_code_server() {
  if [ -x "$CS" ] && "$CS" --version 2>/dev/null | head -1 | grep -q "^$CS_VERSION "; then return 0; fi
  # Re-running the install in a half-installed folder is safe: every step is idempotent.
  log "installing code-server $CS_VERSION in $CS_DIR (about 2 minutes; log: $SCRATCH/install-code-server.log)"
  if ! CODE_SERVER_VERSION=$CS_VERSION bash "$HARNESS/install-code-server.sh" "$CS_DIR" >"$SCRATCH/install-code-server.log" 2>&1; then
    tail -30 "$SCRATCH/install-code-server.log"
    return 1
  fi
}

t=$SECONDS
install_apt_packages || { log "FAILED: apt packages"; failed+=(apt); exit 1; }
log "apt packages ready ($((SECONDS - t)) s)"
t=$SECONDS
install_code_server || { log "FAILED: code-server install"; failed+=(code-server); exit 1; }
log "code-server ready: $("$CS" --version | head -1) ($((SECONDS - t)) s)"

# ---- 2. the extension ----------------------------------------------------------------------
if [ -z "${CROSSCHECK_SKIP_PACKAGE:-}" ]; then
  t=$SECONDS
  (cd "$ROOT" && npm run -s package) >"$SCRATCH/package.log" 2>&1 || { tail -30 "$SCRATCH/package.log"; log "FAILED: npm run package"; failed+=(package); exit 1; }
  log "built and packaged dist/crosscheck.vsix ($((SECONDS - t)) s)"
fi
[ -f "$ROOT/dist/test/exthost/index.js" ] && [ -f "$ROOT/dist/crosscheck.vsix" ] || { log "FAILED: dist/ is incomplete"; failed+=(dist); exit 1; }

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

# Runs one layer: fresh scratch folder and workspace copy, code-server started and stopped.
#   layer NAME VSIX|- WORKSPACE_SOURCE COMMAND...   (COMMAND sees CS_URL, WS and RUN)
layer() {
  local name=$1 vsix=$2 source=$3
  shift 3
  local t=$SECONDS rc
  export RUN=$SCRATCH/$name WS=$SCRATCH/$name/workspace
  mkdir -p "$RUN"
  cp -r "$source" "$WS"
  chmod -R u+w "$WS" # the seeds are read-only; the copy must not be, or it cannot be removed
  if [ ! -f "$WS/.vscode/settings.json" ]; then
    mkdir -p "$WS/.vscode"
    echo '{"files.associations": {"*.txt": "news-article"}}' > "$WS/.vscode/settings.json"
  fi
  local port
  port=$(free_port)
  export CS_URL=http://127.0.0.1:$port
  log "=== $name: code-server on $CS_URL, workspace $WS"
  if bash "$HARNESS/start-code-server.sh" "$vsix" "$WS" "$port"; then
    timeout --kill-after=10 "$LAYER_TIMEOUT" "$@"
    rc=$?
  else
    rc=1
  fi
  stop_code_server "$RUN"
  if [ $rc -eq 0 ]; then
    log "=== $name: OK ($((SECONDS - t)) s)"
  else
    log "=== $name: FAILED, exit $rc ($((SECONDS - t)) s); code-server log: $RUN/cs.log"
    failed+=("$name")
  fi
}

# ---- 3. the mocha suite in the extension host -----------------------------------------------
if [[ ,$LAYERS, == *,exthost,* ]]; then
  export CROSSCHECK_TEST_RESULT=$SCRATCH/exthost/result.json
  layer exthost - "$ROOT/test-fixtures/workspace" env EXT_DIR="$ROOT" TESTS="$ROOT/dist/test/exthost/index.js" TIMEOUT_MS=$((LAYER_TIMEOUT * 1000 - 20000)) node "$HARNESS/exthost-tests.js"
  if [ -f "$CROSSCHECK_TEST_RESULT" ]; then
    node -e 'const r=require(process.argv[1]); console.log(`extension-host suite: ${r.passes} passed, ${r.failures} failed (${r.files.join(", ")})`); for (const f of r.failed) console.log("  FAILED " + f.split("\n")[0]);' "$CROSSCHECK_TEST_RESULT"
  elif [[ " ${failed[*]} " != *" exthost "* ]]; then
    log "FAILED: the extension-host suite wrote no result"; failed+=(exthost-result)
  fi
  unset CROSSCHECK_TEST_RESULT
fi

# ---- 4. the UI test with the packaged extension ---------------------------------------------
if [[ ,$LAYERS, == *,ui,* ]]; then
  layer ui "$ROOT/dist/crosscheck.vsix" "$ROOT/test-fixtures/workspace" node "$ROOT/client/test/e2e/ui.e2e.js"
fi

# ---- 5. the UI test on the real seed articles -----------------------------------------------
if [[ ,$LAYERS, == *,seeds,* ]]; then
  if [ -d "$SEEDS" ]; then
    layer seeds "$ROOT/dist/crosscheck.vsix" "$SEEDS" node "$ROOT/client/test/e2e/seeds.e2e.js"
  else
    log "=== seeds: skipped: ../shared/corpus/seeds not found"
  fi
fi

if [ ${#failed[@]} -eq 0 ]; then
  log "all VS Code tests passed ($((SECONDS - T0)) s)"
else
  log "FAILED: ${failed[*]} ($((SECONDS - T0)) s)"
  exit 1
fi
