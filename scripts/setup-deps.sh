#!/usr/bin/env bash
# setup-deps.sh: installs the Debian 12 packages teiconv needs to build, test
# and benchmark, if any is missing (apt, as root). Safe to run repeatedly.
set -euo pipefail

# Build and run time (build-essential brings make and the C compiler; libcurl
# is for `teiconv schemas install` alone)
BUILD_PKGS="build-essential make cmake pkg-config libxml2-dev libxslt1-dev libxml2-utils libcurl4-openssl-dev"
# Test suite: unit tests, reference validators, XSLT checks, the small
# servers and listeners of the network tests (python3), the man pages (groff),
# instruction counts where a test compares costs, not times (valgrind's
# callgrind: the grammar cache's warm run)
TEST_PKGS="libcmocka-dev xsltproc jing python3 groff-base valgrind"
# Output tests: the HTML page in headless Chromium, its print as PDF text
BROWSER_PKGS="chromium poppler-utils"
# The accessibility test (tests/outputs/axe.sh): axe-core driven in that
# Chromium by puppeteer-core, both from the npm registry, installed into a
# cache folder (never into the repository). Node and npm come from Debian
# when no node is installed yet (Debian 12's node 18 runs these versions).
NODE_PKGS="nodejs npm"
NPM_PKGS="puppeteer-core@24.9.0 axe-core@4.10.3"
NODE_DIR=${TEICONV_NODE_DIR:-${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/teiconv/node}
# Benchmark peers and tools (make bench): the per-file pipeline's pandoc,
# GNU time, Saxon-HE and a Java runtime to run it (the JVM peers), jing
# (in TEST_PKGS), valgrind for instruction counts where perf cannot count
BENCH_PKGS="pandoc time libsaxonhe-java default-jre-headless valgrind"
# Scale-out tests (make check-scale): the README's GNU parallel recipe and
# its Slurm job array on a one-node cluster the test starts (munge for auth)
SCALE_PKGS="python3 parallel slurm-wlm munge"

want="$BUILD_PKGS"
case "${1:-build}" in
  build) ;;
  test) want="$want $TEST_PKGS $BROWSER_PKGS" ;;
  bench) want="$want $TEST_PKGS $BENCH_PKGS" ;;
  valgrind) want="$want $TEST_PKGS valgrind" ;;
  lint) want="$want cppcheck clang-tidy clang-format" ;;
  fuzz) want="$want $TEST_PKGS clang libclang-rt-14-dev" ;;
  fresh) want="debootstrap" ;;
  deb) want="$want debhelper dpkg-dev fakeroot lintian" ;;
  scale) want="$want $SCALE_PKGS" ;;
  *) echo "usage: $0 [build|test|bench|valgrind|lint|fuzz|fresh|deb|scale]" >&2; exit 2 ;;
esac

missing=""
for p in $want; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
# node and npm by command: a node from elsewhere (one that brings its own
# npm) is kept, never replaced by Debian's
if [ "${1:-build}" = test ] && ! { command -v node && command -v npm; } >/dev/null 2>&1; then
  missing="$missing $NODE_PKGS"
fi

if [ -n "$missing" ]; then
  echo "teiconv: installing missing packages:$missing" >&2
  if [ "$(id -u)" -ne 0 ]; then
    echo "teiconv: run as root, or install them yourself: apt-get install$missing" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# the npm packages of the accessibility test, once (their versions pinned)
if [ "${1:-build}" = test ]; then
  have=1
  for p in $NPM_PKGS; do
    name=${p%@*} version=${p##*@}
    grep -qs "\"version\": \"$version\"" "$NODE_DIR/node_modules/$name/package.json" || have=0
  done
  if [ "$have" = 0 ]; then
    echo "teiconv: installing $NPM_PKGS into $NODE_DIR (npm)" >&2
    mkdir -p "$NODE_DIR"
    # shellcheck disable=SC2086
    # a registry out of reach (no network, a proxy whose CA node does not
    # trust: NODE_EXTRA_CA_CERTS) fails only the accessibility test, which
    # says so (and fails under CI=true), not the whole setup
    if ! npm install --prefix "$NODE_DIR" --no-save --no-audit --no-fund --ignore-scripts \
      --loglevel=error $NPM_PKGS >/dev/null; then
      echo "teiconv: npm could not install $NPM_PKGS: the accessibility test (tests/outputs/axe.sh) cannot run" >&2
    fi
  fi
fi
