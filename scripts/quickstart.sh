#!/usr/bin/env bash
# The main job on a fresh machine: PostgreSQL operand images built from Debian's own archive
# (the one this machine's apt uses), as a release does it, without publishing anything:
#   1. the keyrings the archives are verified with, a Docker engine with buildx (installed and
#      started where none works) and, as root on Debian, QEMU for linux/arm64: all of it
#      scripts/test-env.sh;
#   2. `pgforge matrix`: versions resolved from the signed indexes, targets, tags, fingerprints,
#      for the configured platforms this machine can build real images for: the host's, and
#      linux/arm64 where emulation runs it (slow: ~7 min for PG minimal). A platform it cannot
#      build is left out, and it says so; it never builds one platform on another's base;
#   3. the debian:<suite>-slim base, debootstrapped for each of those platforms (one
#      multi-platform image in the local store when there are two);
#   4. `pgforge build --push false`: every target built with docker buildx bake into OCI layouts.
# Arguments go to `pgforge matrix` (default: --config examples/debian-archive.yaml).
# QUICKSTART_MATRIX_ONLY=1 stops after the matrix (needs Node only, installs nothing).
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
say() { echo "quickstart: $*" >&2; }

if [ "${QUICKSTART_MATRIX_ONLY:-}" != 1 ]; then
  bash scripts/test-env.sh
fi
can=$(bash scripts/test-env.sh --platforms)

# The platforms the targets want (the configuration's, or --platforms among the arguments),
# from a first, quiet matrix run; then those of them this machine can build.
if ! node dist/cli/index.js matrix "${args[@]}" --skip-unchanged false \
  --bake-file "$work/probe-bake.json" --targets-file "$work/probe.json" >/dev/null 2>"$work/probe.log"; then
  cat "$work/probe.log" >&2
  exit 1
fi
wanted=$(node -e 'const t=require(process.argv[1]);console.log([...new Set(t.flatMap(x=>x.platforms))].join(","))' "$work/probe.json")
keep=()
drop=()
IFS=, read -ra listed <<<"$wanted"
for p in "${listed[@]}"; do
  case ",$can," in
    *",$p,"*) keep+=("$p") ;;
    *) drop+=("$p") ;;
  esac
done
platforms=$(IFS=,; echo "${keep[*]}")
if [ ${#drop[@]} -gt 0 ]; then
  if [ ${#keep[@]} = 0 ]; then
    say "none of the platforms asked for (${wanted}) can be built on this machine (it builds ${can})"
    exit 1
  fi
  say "building ${platforms} only: this machine runs ${can} binaries, not $(IFS=,; echo "${drop[*]}") (it sets up linux/arm64 emulation itself as root on Debian; elsewhere register QEMU with binfmt_misc, or build on a native runner)"
  args+=(--platforms "$platforms")
fi
case ",$platforms," in
  *,linux/arm64,*) [ "$(uname -m)" = aarch64 ] || say "linux/arm64 is built under QEMU emulation: several times slower than the host's platform" ;;
esac
if [ "${QUICKSTART_MATRIX_ONLY:-}" != 1 ]; then
  # The base images first: the matrix reads what an image will hold from its base (apt sources,
  # keyrings, dpkg status), not from this machine.
  [ -d node_modules/tsx ] || npm ci --no-audit --no-fund >/dev/null
  suites=$(node -e 'const t=require(process.argv[1]);console.log([...new Set(t.map(x=>x.distribution))].join(" "))' "$work/probe.json")
  # shellcheck disable=SC2086 # one word per suite
  node --import tsx scripts/base-images.ts --platforms "$platforms" $suites
fi
node dist/cli/index.js matrix "${args[@]}" --skip-unchanged false --summary \
  --bake-file "$work/bake.json" --targets-file "$work/targets.json"
[ "${QUICKSTART_MATRIX_ONLY:-}" = 1 ] && exit 0

node dist/cli/index.js build --targets "$work/targets.json" --push false --provenance false \
  --work-dir "$work/build"
echo "quickstart: images (${platforms}) exported as OCI layouts under $work/build/layouts" >&2
