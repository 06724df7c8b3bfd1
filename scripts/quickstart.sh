#!/usr/bin/env bash
# The main job on a fresh machine: PostgreSQL operand images built from Debian's own archive
# (the one this machine's apt uses), as a release does it, without publishing anything:
#   1. the keyrings the archives are verified with, a Docker engine with buildx (installed and
#      started where none works, as scripts/test-env.sh does) and the debian:<suite>-slim base;
#   2. `pgforge matrix`: versions resolved from the signed indexes, targets, tags, fingerprints;
#   3. `pgforge build --push false`: every target built with docker buildx bake into OCI layouts.
# Arguments go to `pgforge matrix` (default: --config examples/debian-archive.yaml).
# QUICKSTART_MATRIX_ONLY=1 stops after the matrix (needs Node only).
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
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(--config examples/debian-archive.yaml)
work=$(mktemp -d "${TMPDIR:-/tmp}/pgforge-quickstart-XXXXXX")
node dist/cli/index.js matrix "${args[@]}" --skip-unchanged false --summary \
  --bake-file "$work/bake.json" --targets-file "$work/targets.json"
[ "${QUICKSTART_MATRIX_ONLY:-}" = 1 ] && exit 0

bash scripts/test-env.sh
[ -d node_modules/tsx ] || npm ci --no-audit --no-fund >/dev/null
suites=$(node -e 'const t=require(process.argv[1]);console.log([...new Set(t.map(x=>x.distribution))].join(" "))' "$work/targets.json")
# shellcheck disable=SC2086 # one word per suite
node --import tsx scripts/base-images.ts $suites
node dist/cli/index.js build --targets "$work/targets.json" --push false --provenance false \
  --work-dir "$work/build"
echo "quickstart: images exported as OCI layouts under $work/build/layouts" >&2
