#!/usr/bin/env bash
# check-layers.sh: the include direction of the source tree (README, "Layout
# of the source"). A library file in src/lib/STAGE/ may include only headers
# of the stages below it; the program (src/cli/) only the public header, the
# base helpers and its own headers. Prints each wrong include, exit 1 if any.
#   scripts/check-layers.sh [SOURCE_DIR]
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}

# stage: the stages it may include (itself first)
allowed() {
  case $1 in
    base) echo "base" ;;
    text) echo "text base" ;;
    record) echo "record text base" ;;
    tei) echo "tei record text base" ;;
    xml) echo "xml base" ;;
    validate) echo "validate xml base" ;;
    xslt) echo "xslt xml base" ;;
    convert) echo "convert tei record text validate xslt xml base" ;;
    batch) echo "batch convert tei record text validate xslt xml base" ;;
    schemas) echo "schemas base" ;;
    *) return 1 ;;
  esac
}

bad=0
shopt -s nullglob
for f in "$root"/src/lib/*/*.[ch]; do
  stage=$(basename "$(dirname "$f")")
  if ! ok=$(allowed "$stage"); then
    echo "$f: folder src/lib/$stage is not a stage of the pipeline" >&2
    bad=1
    continue
  fi
  while IFS= read -r line; do
    inc=${line#*\"}
    inc=${inc%%\"*}
    case $inc in
      teiconv.h | lang_table.inc | org_words.inc) continue ;; # generated tables
      */*) dep=${inc%%/*} ;;
      *) echo "$f: #include \"$inc\": name the stage (\"$stage/$inc\")" >&2; bad=1; continue ;;
    esac
    case " $ok " in
      *" $dep "*) ;;
      *) echo "$f: #include \"$inc\": src/lib/$stage may not depend on src/lib/$dep" >&2; bad=1 ;;
    esac
  done < <(grep -E '^[[:space:]]*#[[:space:]]*include[[:space:]]+"' "$f" || true)
done
for f in "$root"/src/cli/*.[ch]; do
  while IFS= read -r line; do
    inc=${line#*\"}
    inc=${inc%%\"*}
    case $inc in
      teiconv.h | base/util.h) ;;
      */*) echo "$f: #include \"$inc\": the program uses only teiconv.h and base/util.h" >&2; bad=1 ;;
      *) [ -f "$root/src/cli/$inc" ] || { echo "$f: #include \"$inc\": not a header of src/cli" >&2; bad=1; } ;;
    esac
  done < <(grep -E '^[[:space:]]*#[[:space:]]*include[[:space:]]+"' "$f" || true)
done
nlib=$(ls "$root"/src/lib/*/*.[ch] | wc -l)
if [ "$nlib" -lt 30 ]; then echo "check-layers: only $nlib library files found under $root/src/lib" >&2; exit 1; fi
[ "$bad" -eq 0 ] && echo "check-layers: $nlib library files and the program include only downward"
exit "$bad"
