#!/usr/bin/env bash
# Scores Crosscheck on the held-out clusters in test-fixtures/eval/ (our own fictional articles about
# stories the analysis was not tuned on), with the same scorer as the seed corpus.
#
#   server/scripts/score-heldout.sh [--dist DIR] [--no-build] [--shared-dist] [--json] [cluster...]
#
#   (default)      build into a private temporary folder, run its CLI on each cluster and score the saved
#                  report (score.mjs --report), so dist/ of people working beside you is not touched
#   --dist DIR     build into DIR instead (kept afterwards); with --no-build, use DIR as already built
#   --shared-dist  `npm run build` into dist/ and let score.mjs run `npm run crosscheck` itself
#   --json         pass --json to score.mjs instead of --show-errors
#   cluster...     names of test-fixtures/eval/<cluster>.gold.json (default: all of them)
#
# Run from anywhere; it works from the repository root. Exit status: 1 if a gold file is stale or a
# run fails. The gold files are built from <cluster>.spec.json by server/scripts/make-gold.mjs.
set -euo pipefail
cd "$(dirname "$0")/../.."
scorer=../shared/eval/score.mjs
dist="" build=1 shared=0 show=--show-errors clusters=()
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) dist="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --shared-dist) shared=1; shift ;;
    --json) show=--json; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) clusters+=("$1"); shift ;;
  esac
done
if [ ${#clusters[@]} -eq 0 ]; then
  for g in test-fixtures/eval/*.gold.json; do clusters+=("$(basename "$g" .gold.json)"); done
fi

# A gold file older than its spec would score against yesterday's annotations.
node server/scripts/make-gold.mjs --check test-fixtures/eval/*.spec.json >/dev/null ||
  { echo "score-heldout: a gold file is stale; run node server/scripts/make-gold.mjs test-fixtures/eval/*.spec.json" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ "$shared" = 1 ]; then
  npm run --silent build >&2
else
  [ -n "$dist" ] || dist="$tmp/dist"
  [ "$build" = 0 ] || node server/scripts/build.mjs --outdir "$dist" --only no-tests-wanted >&2
fi

status=0
for c in "${clusters[@]}"; do
  echo "=== $c"
  gold="test-fixtures/eval/$c.gold.json" corpus="test-fixtures/eval/$c"
  if [ "$shared" = 1 ]; then
    node "$scorer" --gold "$gold" --corpus "$corpus" "$show" || status=1
  else
    node "$dist/cli/crosscheck.js" analyze --format json "$corpus" >"$tmp/$c.json" 2>"$tmp/$c.log" ||
      { echo "analyze failed:"; tail -20 "$tmp/$c.log"; status=1; continue; }
    node "$scorer" --gold "$gold" --corpus "$corpus" --report "$tmp/$c.json" "$show" || status=1
  fi
  echo
done
exit $status
