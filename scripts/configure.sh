#!/usr/bin/env bash
# configure.sh BUILD [CMAKE FLAGS...]: configures the build folder only when needed:
# no cache yet, other flags than last time, or cmocka installed since a configure
# that did not find it (the unit tests are built only with cmocka).
set -euo pipefail
build=$1
shift
flags="-DCMAKE_BUILD_TYPE=RelWithDebInfo $*"
stamp="$build/teiconv-configure-flags"

reason=""
if [ ! -f "$build/CMakeCache.txt" ]; then
  reason="first configure"
elif [ "$(cat "$stamp" 2>/dev/null)" != "$flags" ]; then
  reason="flags changed"
elif grep -q '^CMOCKA_LIBRARY:FILEPATH=.*NOTFOUND' "$build/CMakeCache.txt" &&
  pkg-config --exists cmocka 2>/dev/null; then
  reason="cmocka installed since the last configure"
fi
[ -z "$reason" ] && exit 0

echo "teiconv: configuring $build ($reason)" >&2
# shellcheck disable=SC2086
cmake -S . -B "$build" $flags
printf '%s\n' "$flags" >"$stamp"
