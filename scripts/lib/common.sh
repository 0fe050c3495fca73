# shellcheck shell=bash
# Shared helpers for the GovShare scripts: logging, paths, prerequisites.

GOVSHARE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
GOVSHARE_RUN="${GOVSHARE_RUN:-$GOVSHARE_ROOT/.run}"
export GOVSHARE_ROOT GOVSHARE_RUN

log() { printf '[govshare] %s\n' "$*" >&2; }
die() { printf '[govshare] ERROR: %s\n' "$*" >&2; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

# need CMD "how to get it": stops with a clear message when a prerequisite is missing.
need() {
  command -v "$1" >/dev/null 2>&1 || die "'$1' is required but not found. $2"
}

# port_in_use PORT: true when something listens on 127.0.0.1:PORT.
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# apt_install PKG...: installs Debian packages when running as root, otherwise fails with the command to run.
apt_install() {
  if is_root && command -v apt-get >/dev/null 2>&1; then
    log "installing with apt: $*"
    if [ -z "${GOVSHARE_APT_UPDATED:-}" ]; then
      DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || die "apt-get update failed"
      GOVSHARE_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null \
      || die "apt-get install $* failed"
  else
    die "missing package(s): $*. Install them, e.g. 'sudo apt-get install $*' (Debian/Ubuntu)."
  fi
}
