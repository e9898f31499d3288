#!/usr/bin/env bash
# Starts code-server on 127.0.0.1 without auth, with throw-away user data and extensions under $RUN,
# optionally with a .vsix installed, and waits until it answers. The process is started with setsid
# and its id written to $RUN/cs.pid: it leads a process group, and stopping code-server means
# stopping that whole group (kill -- -PID), or its extension host and file watcher stay behind.
#   RUN=DIR CS=.../code-server start-code-server.sh (EXT.vsix | -) WORKSPACE_DIR PORT
set -euo pipefail
VSIX=$1
WS=$(realpath "$2")
PORT=$3
: "${RUN:?RUN must name a scratch folder}" "${CS:?CS must be the code-server executable}"
mkdir -p "$RUN/ud/User"
# Keep code-server's config.yaml, logs and state out of the home folder.
export XDG_CONFIG_HOME=$RUN/xdg XDG_DATA_HOME=$RUN/xdgdata XDG_CACHE_HOME=$RUN/xdgcache
cat > "$RUN/ud/User/settings.json" <<'JSON'
{"workbench.startupEditor":"none","security.workspace.trust.enabled":false,"telemetry.telemetryLevel":"off",
 "update.mode":"none","extensions.autoCheckUpdates":false,"extensions.autoUpdate":false,"workbench.tips.enabled":false,
 "workbench.enableExperiments":false,"git.enabled":false,"extensions.ignoreRecommendations":true,
 "workbench.welcomePage.walkthroughs.openOnInstall":false,"files.hotExit":"off","window.confirmBeforeClose":"never"}
JSON
if [ "$VSIX" != - ]; then
  "$CS" --user-data-dir "$RUN/ud" --extensions-dir "$RUN/exts" --install-extension "$(realpath "$VSIX")" --force > "$RUN/install-extension.log" 2>&1
fi
setsid "$CS" --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry --disable-update-check \
  --disable-workspace-trust --disable-getting-started-override \
  --user-data-dir "$RUN/ud" --extensions-dir "$RUN/exts" "$WS" > "$RUN/cs.log" 2>&1 &
echo $! > "$RUN/cs.pid"
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz" && exit 0
  kill -0 "$(cat "$RUN/cs.pid")" 2>/dev/null || { echo "code-server exited; see $RUN/cs.log" >&2; cat "$RUN/cs.log" >&2; exit 1; }
  sleep 0.5
done
echo "code-server did not answer on port $PORT within 60 s; see $RUN/cs.log" >&2
exit 1
