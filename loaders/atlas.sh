#!/bin/sh
# `npm run export` / `npm run eval` (run from the project's root, as npm does): the command from
# the library's startup snapshot, found by a fixed name, without a Node process to find it — the
# snapshot checks that it is the current library's and hands over to launch.mjs if not.
# Anything unusual (no snapshot yet, ATLAS_SNAPSHOT=0, NODE_OPTIONS, not started by npm) goes
# straight to launch.mjs, which builds what is missing. See loaders/launch.mjs and bundle.mjs.
node_version=${npm_config_user_agent#*node/}
node_version=${node_version%% *}
# (The link's name says which flags its snapshot was built with: bundle.mjs, currentSnapshot.)
blob="node_modules/.cache/intervention-atlas-bundle/current-$node_version-native-regexp.blob"
if [ -n "$npm_config_user_agent" ] && [ -f "$blob" ] && [ -f loaders/atlas.sh ] && [ "$ATLAS_SNAPSHOT" != 0 ] && [ -z "$NODE_OPTIONS" ]; then
  # The flags the snapshot was built with (bundle.mjs: SNAPSHOT_FLAGS).
  ATLAS_ROOT=$PWD node --heap-growing-percent=50 --max-semi-space-size=8 --no-regexp-tier-up --snapshot-blob "$blob" "$@"
  status=$?
  # 14: Node could not start from the snapshot (another Node, other flags); nothing has run.
  [ "$status" -ne 14 ] && exit "$status"
fi
exec node loaders/launch.mjs "$@"
