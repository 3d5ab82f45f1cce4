#!/usr/bin/env bash
# Browser tests drive Debian's chromium through playwright-core (no browser download).
# Installs it when missing; needs root (as on the project's machines) or an existing install.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "chromium is missing: install Debian's 'chromium' package (apt-get install chromium) or set CHROMIUM_PATH" >&2
  exit 1
fi
echo "installing Debian chromium for the browser tests..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
command -v chromium
