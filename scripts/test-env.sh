#!/usr/bin/env bash
# Makes sure the real parts the test suite needs are here: a Docker engine with buildx, the
# CNCF distribution registry binary, debootstrap, htpasswd, skopeo, umoci and cosign. Where a
# working engine with buildx already exists (a laptop, a GitHub runner) it installs nothing for
# the engine. Where none exists and the machine is Debian with root, it installs one from Debian
# trixie (bookworm's docker.io has no buildx) and starts it, as ../shared/TEST-ENVIRONMENT.md
# describes.
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

# cosign signs and verifies attestations with a key pair, offline. Bookworm has none; trixie's
# (2.5) comes in with -t trixie like the engine.
ensure_cosign() {
  command -v cosign >/dev/null && return 0
  if is_debian_root; then
    log "installing cosign from trixie"
    add_trixie_source
    apt_install -t trixie cosign
  else
    log "missing cosign: tests that need it will say so"
  fi
}

ensure_engine
ensure_tools
ensure_cosign
