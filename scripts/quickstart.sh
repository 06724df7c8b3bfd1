#!/usr/bin/env bash
# Runs the matrix (the first job of every release) on a fresh machine: makes sure the keyrings
# it verifies the archives with are there, then runs the bundled CLI, which needs nothing but
# Node. Arguments go to `pgforge matrix`.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
[ -r /usr/share/keyrings/debian-archive-keyring.gpg ] || need+=(debian-archive-keyring)
[ -r /usr/share/postgresql-common/pgdg/apt.postgresql.org.asc ] || need+=(postgresql-common)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "quickstart: install ${need[*]} (the archive keyrings) first" >&2
    exit 1
  fi
fi
exec node dist/cli/index.js matrix "$@"
