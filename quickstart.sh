#!/bin/sh
# quickstart.sh: the README's two commands on a bare Debian 12 (as root): installs
# what is missing (make, compilers, libraries, test tools; scripts/setup-deps.sh),
# then runs `make demo` (convert examples/ into out/) or `make test` (the suite).
set -eu
cd "$(dirname "$0")"

usage() {
  echo "usage: ./quickstart.sh demo|test" >&2
  echo "  demo  install the build packages, build, convert examples/ into out/" >&2
  echo "  test  install the build and test packages, build, run the whole suite" >&2
  exit 2
}

[ $# -eq 1 ] || usage
case "$1" in
  demo) deps=build ;;
  test) deps=test ;;
  *) usage ;;
esac

# setup-deps.sh is bash, which even a minbase Debian has; it installs make too.
bash scripts/setup-deps.sh "$deps"
exec make "$1"
