#!/usr/bin/env bash
# Makes sure the real parts the test suite needs are here: a Docker engine with buildx, the
# CNCF distribution registry binary, debootstrap, htpasswd, skopeo, umoci and cosign. Where a
# working engine with buildx already exists (a laptop, a GitHub runner) it installs nothing for
# the engine. Where none exists and the machine is Debian with root, it installs one from Debian
# trixie (bookworm's docker.io is 20.10 and has no buildx; trixie's docker.io and docker-buildx
# have both, taken through a trixie entry pinned below the machine's own release) and starts it.
# Where arm64 binaries cannot run yet, it registers QEMU (bookworm's
# qemu-user-static) with binfmt_misc on Debian with root, so that linux/arm64 images are built
# from an arm64 base under emulation instead of not at all.
#
#   bash scripts/test-env.sh              everything above
#   bash scripts/test-env.sh --emulation  arm64 emulation alone (what the quick start installs)
#   bash scripts/test-env.sh --platforms  prints the platforms this machine builds real images
#                                         for (`linux/amd64,linux/arm64`), installing nothing
#
# The mirror is never written here: it is read from the machine's own apt sources.
set -euo pipefail

log() { printf 'test-env: %s\n' "$*" >&2; }
die() {
  printf '::error title=test environment::%s\n' "$*" >&2
  exit 1
}

engine_works() { docker info >/dev/null 2>&1 && docker buildx version >/dev/null 2>&1; }

is_debian_root() { [ "$(id -u)" = 0 ] && [ -r /etc/debian_version ] && command -v apt-get >/dev/null; }

# The first archive URI of the machine's apt sources, in apt's own order (sources.list, then
# sources.list.d by name), as @pgforge/apt's systemMirror() reads them; security archives skipped.
apt_mirror() {
  local f uri
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*; do
    [ -r "$f" ] || continue
    case "$f" in
      *.sources) uri=$(awk 'BEGIN{RS=""} !/Suites:[^\n]*-security/ && /Types:[^\n]*deb/ {for (i = 1; i <= NF; i++) if ($i == "URIs:") {print $(i + 1); exit}}' "$f") ;;
      *) uri=$(awk '$1 == "deb" && $0 !~ /-security/ {for (i = 2; i <= NF; i++) if ($i ~ /:\/\//) {print $i; exit}}' "$f") ;;
    esac
    if [ -n "$uri" ]; then
      printf '%s' "${uri%/}"
      return
    fi
  done
}

apt_updated=0
apt_install() {
  if [ $apt_updated = 0 ]; then
    apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

add_trixie_source() {
  [ -f /etc/apt/sources.list.d/trixie.sources ] && return 0
  local mirror
  mirror=$(apt_mirror)
  [ -n "$mirror" ] || die "no archive URI found in the machine's apt sources; cannot add trixie"
  cat >/etc/apt/sources.list.d/trixie.sources <<EOF
Types: deb
URIs: $mirror
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  # Low priority: only what is asked for with -t trixie comes from trixie.
  printf 'Package: *\nPin: release n=trixie\nPin-Priority: 100\n' >/etc/apt/preferences.d/trixie
  apt_updated=0
}

start_dockerd() {
  mkdir -p /etc/docker
  if [ ! -s /etc/docker/daemon.json ]; then
    # The containerd image store lets the default docker driver build multi-platform images
    # and attach attestations.
    echo '{"features":{"containerd-snapshotter":true}}' >/etc/docker/daemon.json
  fi
  if ! pgrep -x dockerd >/dev/null; then
    log "starting dockerd"
    setsid dockerd >/var/log/dockerd.log 2>&1 </dev/null &
  fi
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && return 0
    sleep 1
  done
  tail -n 20 /var/log/dockerd.log >&2 || true
  die "dockerd did not become ready within 60 s (log: /var/log/dockerd.log)"
}

ensure_engine() {
  if engine_works; then
    log "docker engine with buildx: present"
    return 0
  fi
  if ! is_debian_root; then
    die "no working Docker engine with buildx (docker info / docker buildx version failed), and this is not a Debian machine with root where it could be installed. Install Docker with the buildx plugin and start it."
  fi
  if ! { command -v dockerd >/dev/null && docker buildx version >/dev/null 2>&1; }; then
    log "installing docker.io and docker-buildx from trixie"
    add_trixie_source
    apt_install -t trixie docker.io docker-buildx
  fi
  start_dockerd
  engine_works || die "docker engine started but 'docker buildx version' fails"
  log "docker engine with buildx: ready ($(docker version --format '{{.Server.Version}}'))"
}

# Tools the suite calls directly. On a machine that is not Debian with root they must be there.
ensure_tools() {
  local missing=()
  command -v docker-registry >/dev/null || missing+=(docker-registry)
  command -v debootstrap >/dev/null || missing+=(debootstrap)
  command -v htpasswd >/dev/null || missing+=(apache2-utils)
  [ -r /usr/share/keyrings/debian-archive-keyring.gpg ] || missing+=(debian-archive-keyring)
  [ -r /usr/share/postgresql-common/pgdg/apt.postgresql.org.asc ] || missing+=(postgresql-common)
  # Independent readers of the OCI image layouts the project writes.
  command -v skopeo >/dev/null || missing+=(skopeo)
  command -v umoci >/dev/null || missing+=(umoci)
  [ ${#missing[@]} = 0 ] && return 0
  if is_debian_root; then
    log "installing ${missing[*]}"
    apt_install "${missing[@]}"
  else
    log "missing ${missing[*]}: tests that need them will say so"
  fi
}

# cosign signs and verifies attestations with a key pair, offline; oras lists what refers to an
# image (`oras discover`), as a user checks a promoted image's SBOMs. Bookworm has neither;
# trixie's (cosign 2.5, oras 1.2) come in with -t trixie like the engine.
ensure_cosign() {
  local missing=()
  command -v cosign >/dev/null || missing+=(cosign)
  command -v oras >/dev/null || missing+=(oras)
  [ ${#missing[@]} = 0 ] && return 0
  if is_debian_root; then
    log "installing ${missing[*]} from trixie"
    add_trixie_source
    apt_install -t trixie "${missing[@]}"
  else
    log "missing ${missing[*]}: tests that need them will say so"
  fi
}

BINFMT=/proc/sys/fs/binfmt_misc
QEMU_ENTRY=$BINFMT/qemu-aarch64

is_arm64_host() { case "$(uname -m)" in aarch64 | arm64) return 0 ;; *) return 1 ;; esac; }

# The F (fix-binary) flag makes the kernel open the interpreter when the entry is registered,
# so it runs arm64 binaries inside containers and chroots, which do not have
# /usr/bin/qemu-aarch64-static themselves. An entry without it works on the host alone.
binfmt_fixed() { [ -r "$QEMU_ENTRY" ] && grep -qx enabled "$QEMU_ENTRY" && grep -q '^flags:.*F' "$QEMU_ENTRY"; }

# Docker Desktop (and a remote engine) emulate where this host's /proc cannot see: the engine's
# own list of platforms is the word there.
engine_lists_arm64() { docker buildx inspect 2>/dev/null | grep '^Platforms:' | grep -q 'linux/arm64'; }

arm64_runs() {
  is_arm64_host && return 0
  [ -e "$QEMU_ENTRY" ] && {
    binfmt_fixed
    return
  }
  engine_lists_arm64
}

host_platform() {
  case "$(uname -m)" in
    x86_64 | amd64) echo linux/amd64 ;;
    aarch64 | arm64) echo linux/arm64 ;;
    *) echo "linux/$(uname -m)" ;;
  esac
}

# What `--platforms` prints: the host's platform, and linux/arm64 where it runs here.
buildable_platforms() {
  local host
  host=$(host_platform)
  if [ "$host" != linux/arm64 ] && arm64_runs; then
    echo "$host,linux/arm64"
  else
    echo "$host"
  fi
}

check_binfmt() {
  binfmt_fixed && return 0
  local state
  state=$(tr '\n' ' ' <"$QEMU_ENTRY" 2>/dev/null || echo 'no entry')
  die "$QEMU_ENTRY is not an enabled entry with the F (fix-binary) flag (${state% }); arm64 steps in containers would fail to find their interpreter. Remove it (echo -1 > $QEMU_ENTRY) and run this again, or register QEMU with --fix-binary."
}

ensure_emulation() {
  if is_arm64_host; then
    log "arm64: native"
    return 0
  fi
  if [ "$(host_platform)" != linux/amd64 ]; then
    log "arm64 emulation is only set up on amd64 hosts; this is $(uname -m)"
    return 0
  fi
  if [ -e "$QEMU_ENTRY" ]; then
    check_binfmt
    log "arm64 emulation: present ($QEMU_ENTRY)"
    return 0
  fi
  if engine_lists_arm64; then
    log "arm64 emulation: the engine runs linux/arm64 already"
    return 0
  fi
  if ! is_debian_root; then
    log "no arm64 emulation, and this is not Debian with root where it could be set up: linux/arm64 images cannot be built here (tests that need them will say so)"
    return 0
  fi
  if ! { [ -x /usr/bin/qemu-aarch64-static ] && command -v update-binfmts >/dev/null; }; then
    log "installing qemu-user-static and binfmt-support"
    apt_install qemu-user-static binfmt-support
  fi
  if [ ! -e "$BINFMT/register" ]; then
    mount -t binfmt_misc binfmt_misc "$BINFMT" ||
      die "cannot mount binfmt_misc on $BINFMT (a container without that right?); arm64 emulation needs it"
  fi
  # The package's postinst may have registered it already, once binfmt_misc was mounted.
  if [ ! -e "$QEMU_ENTRY" ]; then
    update-binfmts --enable qemu-aarch64 ||
      die "update-binfmts --enable qemu-aarch64 failed; see update-binfmts --display qemu-aarch64"
  fi
  check_binfmt
  log "arm64 emulation: registered ($QEMU_ENTRY, flags $(sed -n 's/^flags: //p' "$QEMU_ENTRY"))"
}

case "${1:-}" in
  --platforms)
    buildable_platforms
    exit 0
    ;;
  --emulation)
    ensure_emulation
    exit 0
    ;;
  '') ;;
  *) die "unknown argument '$1'; expected --platforms, --emulation or nothing" ;;
esac

ensure_engine
ensure_tools
ensure_cosign
ensure_emulation
