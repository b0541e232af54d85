#!/usr/bin/env bash
# build-deb.sh: the Debian packages teiconv, libteiconv0 and libteiconv-dev
# (dpkg-buildpackage -us -uc -b from debian/), checked by lintian (no error
# allowed), moved into debs/ (or $1).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-debs}
dpkg-buildpackage -us -uc -b >"${TMPDIR:-/tmp}/teiconv-deb.log" 2>&1 ||
  { tail -40 "${TMPDIR:-/tmp}/teiconv-deb.log" >&2; echo "build-deb: dpkg-buildpackage failed" >&2; exit 1; }
changes=$(ls -t ../teiconv_*_*.changes | head -1)
lintian --fail-on error "$changes"
mkdir -p "$out"
for f in $(awk '/^Files:/ { on = 1; next } /^[^ ]/ { on = 0 } on { print $5 }' "$changes"); do
  mv "../$f" "$out/"
done
mv "$changes" "$out/"
echo "build-deb: $(ls "$out"/*.deb | wc -l) packages in $out/:"
ls "$out"
