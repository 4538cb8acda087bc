#!/usr/bin/env bash
# Runs `npm run setup` the way a new machine would (an empty TEST_TOOLS_DIR), so a machine with cached tools cannot hide a broken install.
# Slow (about 3–4 minutes: it compiles code-server's native addons); .ci/run runs it, `npm run setup:fresh-check` runs it by hand.
set -uo pipefail
cd "$(dirname "$0")/.."

fresh="$(mktemp -d "${TMPDIR:-/tmp}/pagedump-fresh-tools.XXXXXX")"
trap 'rm -rf "$fresh"' EXIT
echo "fresh-setup: npm run setup with TEST_TOOLS_DIR=$fresh (empty)"

# 1. Through npm, as the README's command runs it: the outer npm's environment is part of what is tested.
SECONDS=0
TEST_TOOLS_DIR="$fresh" npm run setup >"$fresh.log" 2>&1
status=$?
tail -n 15 "$fresh.log" | sed 's/^/fresh-setup: | /'
rm -f "$fresh.log"
if [ "$status" -ne 0 ]; then
	echo "fresh-setup: FAILED: npm run setup exited $status after ${SECONDS}s on an empty tools directory"
	exit 1
fi

# 2. The tools the launcher needs are there and run: node 24 and code-server's entry point.
eval "$(TEST_TOOLS_DIR="$fresh" bash test/integration/install-tools.sh --exports 2>/dev/null)"
node_version="$("${TEST_TOOLS_NODE24:-/nonexistent}" --version 2>/dev/null || true)"
if [ -z "$node_version" ] || [ ! -f "${TEST_TOOLS_CODE_SERVER_ENTRY:-/nonexistent}" ]; then
	echo "fresh-setup: FAILED: node 24 ('$node_version') or code-server's entry ('${TEST_TOOLS_CODE_SERVER_ENTRY:-}') missing after setup"
	exit 1
fi
echo "fresh-setup: passed in ${SECONDS}s (node $node_version, code-server entry $TEST_TOOLS_CODE_SERVER_ENTRY)"
