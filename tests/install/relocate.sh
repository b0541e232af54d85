#!/usr/bin/env bash
# relocate.sh: `cmake --install` into a temporary prefix, the tree copied
# elsewhere (build and source out of sight): the binary converts the seed with
# its own data, and a C program builds through pkg-config and find_package.
set -euo pipefail
. "$(dirname "$0")/../cli/lib.bash"
: "${TEICONV_BUILD_DIR:?}"
SEED="$SRC/examples/wilson-111189.txt"

cmake --install "$TEICONV_BUILD_DIR" --prefix "$TMP/first" >"$TMP/install.log"
mkdir -p "$TMP/elsewhere"
cp -a "$TMP/first" "$TMP/elsewhere/p"
rm -rf "$TMP/first"
P="$TMP/elsewhere/p"
pcdir=$(dirname "$(find "$P" -name teiconv.pc)")
libdir=$(dirname "$pcdir")

# Nothing points back at the source or build trees (TEICONV_DATADIR unset)
unset TEICONV_DATADIR
"$P/bin/teiconv" --version >"$TMP/version"
check "--version names the libraries" grep -q '^libxml2 [0-9.]*, libxslt [0-9.]*, libexslt [0-9.]*$' "$TMP/version"
check "--version: the moved data folder" grep -qx "data folder: $(cd "$P/share/teiconv" && pwd)" "$TMP/version"
for f in "$libdir"/libteiconv.so.* "$P/bin/teiconv"; do
  # data strings only: debug info names the sources, as it should
  if readelf -p .rodata "$f" | grep -qF -e "$SRC" -e "$TEICONV_BUILD_DIR"; then
    fail "$(basename "$f") holds a source or build path"
  else
    pass
  fi
done

rc=0; "$P/bin/teiconv" convert -q -t all -o "$TMP/out" "$SEED" || rc=$?
check "moved install converts the seed (exit 0)" test "$rc" -eq 0
"$TEICONV" convert -q -t all -o "$TMP/ref" "$SEED"
# same_as_build DIR WHAT: DIR holds the build tree's seven files, byte for byte
same_as_build() {
  local n=0 f
  for f in "$TMP"/ref/*; do
    n=$((n + 1))
    check "$2: same bytes as the build tree: $(basename "$f")" cmp -s "$f" "$1/$(basename "$f")"
  done
  check "$2: all six formats and the CSS compared ($n)" test "$n" -eq 7
}
same_as_build "$TMP/out" "moved install"

# a prefix with a space (~/My Tools): libxslt names each import as a URI
# ("My%20Tools"), read as the file it names; the EAD migration's fit table too
S="$TMP/My Tools/p"
mkdir -p "$TMP/My Tools"
cp -a "$P" "$S"
rc=0; "$S/bin/teiconv" convert -q -t all -o "$TMP/space" "$SEED" || rc=$?
check "prefix with a space converts the seed (exit 0)" test "$rc" -eq 0
same_as_build "$TMP/space" "prefix with a space"
"$S/bin/teiconv" convert -q -t ead3 -o "$TMP/space" "$TMP/space/wilson-111189.ead.xml" 2>"$TMP/space.err" || rc=$?
check "prefix with a space: EAD 2002 -> EAD3 (exit 0)" test "$rc" -eq 0
check "prefix with a space: the EAD3 is there" test -s "$TMP/space/wilson-111189.ead3.xml"
rm -rf "$TMP/My Tools"

# pkg-config: the real prefix, and libxml2's flags through Requires
export PKG_CONFIG_PATH="$pcdir"
check "pkg-config prefix is where the tree is" \
  test "$(cd "$(pkg-config --variable=prefix teiconv)" && pwd)" = "$(cd "$P" && pwd)"
# shellcheck disable=SC2046
cc -o "$TMP/embed-pc" "$SRC/tests/install/embed.c" $(pkg-config --cflags --libs teiconv) -Wl,-rpath,"$libdir"
check "pkg-config build runs and makes DC" sh -c '"$1" "$2" >"$3" && grep -q "<dc:title>" "$3"' _ "$TMP/embed-pc" "$SEED" "$TMP/embed-pc.out"
check "  ... with the moved data folder" grep -qF "data folder $(cd "$P/share/teiconv" && pwd)" "$TMP/embed-pc.out"

# CMake: find_package(teiconv) from the moved prefix
cmake -S "$SRC/tests/install" -B "$TMP/cm" -DCMAKE_PREFIX_PATH="$P" \
  -DCMAKE_BUILD_RPATH="$libdir" >"$TMP/cm.log" 2>&1 && cmake --build "$TMP/cm" >>"$TMP/cm.log" 2>&1
check "find_package(teiconv) project builds" test -x "$TMP/cm/embed"
check "CMake build runs and makes DC" sh -c '"$1" "$2" >"$3" && grep -q "<dc:title>" "$3"' _ "$TMP/cm/embed" "$SEED" "$TMP/cm.out"
finish
