#!/usr/bin/env bash
# Installs what the dashboard's browser tests (tests/serve/test_browser.py, marked `browser`) need:
# Debian's chromium at /usr/bin/chromium. Playwright drives it with executable_path, so no browser is
# downloaded by `playwright install`. Needs root (or sudo) and the Debian package mirror.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends chromium
/usr/bin/chromium --version
