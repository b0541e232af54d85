#!/usr/bin/env bash
# check-fresh.sh: the README's two commands on a bare Debian 12: bootstraps a minbase
# bookworm root (only git added) in a temporary folder, puts a clone of HEAD and a copy
# of the reference folder beside it, runs `./quickstart.sh demo` and `./quickstart.sh
# test` inside (chroot, as root), installs the .deb there if one was built, and prints
# the times. The bootstrapped root is cached as a tarball (TC_FRESH_CACHE) for reruns.
#   FRESH_TEST=full (default) runs the whole suite inside; FRESH_TEST=none only demo.
#   FRESH_DEBS=DIR: .debs (dpkg-buildpackage) to install inside and convert the seed with.
set -euo pipefail

SRC=$(cd "$(dirname "$0")/.." && pwd)
REF=${TEICONV_REFERENCE_DIR:-$SRC/../shared}
CACHE=${TC_FRESH_CACHE:-/var/cache/teiconv-fresh}
FRESH_TEST=${FRESH_TEST:-full}
FRESH_DEBS=${FRESH_DEBS:-}
SUITE=bookworm

[ "$(id -u)" -eq 0 ] || { echo "check-fresh: needs root (debootstrap, chroot)" >&2; exit 1; }
[ -d "$REF" ] || { echo "check-fresh: reference folder $REF missing (TEICONV_REFERENCE_DIR)" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "check-fresh: debootstrap missing: scripts/setup-deps.sh fresh" >&2; exit 1; }

# The Debian mirror this machine's apt uses (deb822 or one-line sources)
mirror=$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v security | head -1)
[ -n "$mirror" ] || mirror=$(awk '$1 == "deb" { print $2; exit }' /etc/apt/sources.list 2>/dev/null)
[ -n "$mirror" ] || mirror=http://deb.debian.org/debian

work=$(mktemp -d /var/tmp/teiconv-fresh.XXXXXX)
root="$work/root"
mounted=()
cleanup() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount -l "${mounted[$i]}" 2>/dev/null || true
  done
  rm -rf --one-file-system "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now() { date +%s; }
elapsed() { local s=$(($(now) - $1)); printf '%dm%02ds' $((s / 60)) $((s % 60)); }

# 1. The base: minbase bookworm plus git, from the cache or bootstrapped anew
base="$CACHE/$SUITE-minbase-git.tar"
t0=$(now)
mkdir -p "$root"
if [ -s "$base" ]; then
  tar -C "$root" --numeric-owner -xf "$base"
  echo "check-fresh: base unpacked from $base ($(elapsed "$t0"))"
else
  debootstrap --variant=minbase "$SUITE" "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    { tail -20 "$work/debootstrap.log" >&2; exit 1; }
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  chroot "$root" sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends git >/dev/null'
  chroot "$root" apt-get clean
  mkdir -p "$CACHE"
  tar -C "$root" --numeric-owner -cf "$base.tmp" . && mv "$base.tmp" "$base"
  echo "check-fresh: base bootstrapped from $mirror and cached in $base ($(elapsed "$t0"))"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
# The host's apt settings that make its mirror reachable (no-expiry snapshots)
cp /etc/apt/apt.conf.d/99* "$root/etc/apt/apt.conf.d/" 2>/dev/null || true
# The network's TLS trust, as the host has it: where HTTPS goes through an
# inspecting proxy (this workplace), its CA is part of the network, not of
# teiconv; npm (the axe test's packages) reads it through NODE_EXTRA_CA_CERTS
host_ca=${NODE_EXTRA_CA_CERTS:-${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt}}
node_ca=
if [ -s "$host_ca" ]; then
  cp "$host_ca" "$root/etc/teiconv-network-ca.crt"
  node_ca=/etc/teiconv-network-ca.crt
fi

# 2. The clone (HEAD, as a user would get it) and the reference folder beside it
git clone -q "$SRC" "$root/work/teiconv"
git -C "$root/work/teiconv" checkout -q "$(git -C "$SRC" rev-parse HEAD)"
cp -a "$REF" "$root/work/shared"
chmod -R a-w "$root/work/shared"

for m in proc dev dev/pts; do
  mkdir -p "$root/$m"
  case $m in
    proc) mount -t proc proc "$root/proc" ;;
    *) mount --bind "/$m" "$root/$m" ;;
  esac
  mounted+=("$root/$m")
done

# inside COMMAND: one shell command in the clone, as root, with a plain
# environment (and the network's CA for node, above)
inside() {
  chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 CI="${CI:-}" TERM=dumb ${node_ca:+NODE_EXTRA_CA_CERTS=$node_ca} \
    /bin/bash -c "cd /work/teiconv && $1"
}

# 3. The two commands
echo "check-fresh: inside: git $(inside 'git --version | cut -d" " -f3'), make: $(inside 'command -v make || echo absent')"
t=$(now)
inside './quickstart.sh demo' >"$work/demo.log" 2>&1 || { tail -40 "$work/demo.log" >&2; echo "check-fresh: ./quickstart.sh demo FAILED" >&2; exit 1; }
demo_time=$(elapsed "$t")
n=$(inside 'ls out/*.tei.xml | wc -l')
[ "$n" -ge 1 ] || { echo "check-fresh: demo made no TEI" >&2; exit 1; }
echo "check-fresh: ./quickstart.sh demo passed in $demo_time ($n records converted)"

test_time=skipped
if [ "$FRESH_TEST" = full ]; then
  t=$(now)
  inside './quickstart.sh test' >"$work/test.log" 2>&1 || { tail -60 "$work/test.log" >&2; echo "check-fresh: ./quickstart.sh test FAILED" >&2; exit 1; }
  test_time=$(elapsed "$t")
  grep -E 'tests passed|did NOT run|not run because' "$work/test.log" | sed 's/^/  /'
  echo "check-fresh: ./quickstart.sh test passed in $test_time"
fi

# 4. The Debian packages, installed like a user would, then the seed through them
if [ -n "$FRESH_DEBS" ]; then
  mkdir -p "$root/work/debs"
  cp "$FRESH_DEBS"/*.deb "$root/work/debs/"
  inside 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /work/debs/*.deb >/dev/null &&
    cd /tmp && /usr/bin/teiconv convert -q -t all -o deb-out /work/teiconv/examples/wilson-111189.txt &&
    test -s deb-out/wilson-111189.ead.xml && /usr/bin/teiconv --version' ||
    { echo "check-fresh: the .deb did not install or convert" >&2; exit 1; }
  echo "check-fresh: .deb installed and converted the seed"
fi

echo "check-fresh: passed: demo $demo_time, test $test_time, total $(elapsed "$t0")"
