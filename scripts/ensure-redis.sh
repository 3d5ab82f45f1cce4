#!/usr/bin/env bash
# Tests that need Redis start their own redis-server processes (tooling/test-redis) on free ports.
# Installs Debian's redis-server when it is missing; needs root (as on the project's machines).
set -euo pipefail
if command -v redis-server >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "redis-server is missing: install Debian's 'redis-server' package (apt-get install redis-server)" >&2
  exit 1
fi
echo "installing Debian redis-server for the tests..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends redis-server >/dev/null
command -v redis-server
