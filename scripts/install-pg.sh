#!/usr/bin/env bash
# PostgreSQL 15 + PostGIS 3 from Debian's packages, for tests/pg and bench/scale.py (idempotent: installs only
# what is missing). The tests start their own throwaway cluster (mesint/scale/pgtemp.py); the packaged
# cluster's service is not needed and is not started here.
set -euo pipefail
PKGS=(postgresql-15 postgresql-15-postgis-3)
missing=()
for p in "${PKGS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-pg: ${PKGS[*]} already installed"
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-pg: installed ${missing[*]}"
