#!/usr/bin/env bash
# Installs what the integration tests need on a fresh Debian machine, idempotently:
# Debian's chromium (the workbench client) and libkrb5-dev (headers for code-server's kerberos addon),
# then node 24 and code-server, pinned, outside the repository (test/integration/install-tools.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

if [ -x /usr/bin/chromium ] && [ -f /usr/include/gssapi/gssapi.h ]; then
	echo "setup: chromium and libkrb5-dev present"
else
	SUDO=""
	[ "$(id -u)" -eq 0 ] || SUDO="sudo -n"
	echo "setup: apt-get install chromium libkrb5-dev"
	$SUDO apt-get update
	$SUDO apt-get install -y chromium libkrb5-dev
fi

test/integration/install-tools.sh
