#!/usr/bin/env bash
# Installs what the integration tests need on a fresh Debian machine, idempotently:
# Debian's chromium (the workbench client), libkrb5-dev (headers for code-server's kerberos addon) and parallel (the streaming bench),
# then node 24 and code-server, pinned, outside the repository (test/integration/install-tools.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

if [ -x /usr/bin/chromium ] && [ -f /usr/include/gssapi/gssapi.h ] && command -v parallel >/dev/null; then
	echo "setup: chromium, libkrb5-dev and parallel present"
else
	SUDO=""
	[ "$(id -u)" -eq 0 ] || SUDO="sudo -n"
	echo "setup: apt-get install chromium libkrb5-dev parallel"
	$SUDO apt-get update
	$SUDO apt-get install -y chromium libkrb5-dev parallel
fi

test/integration/install-tools.sh
